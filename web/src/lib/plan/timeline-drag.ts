/**
 * Direct manipulation of the timeline's bars, added over links that work without JavaScript:
 * drag a bar to move it, drag an end to resize it, or focus it and use the arrow keys (a day,
 * with Shift a week; Alt changes the end only), Enter to stage the move, Escape to undo it.
 *
 * One set of listeners on the chart, not one per bar; while a drag is under way only the bars
 * being moved are touched, once per animation frame (a move slides them with a transform, which
 * needs no layout or repaint), and Svelte redraws nothing until the move is staged. Staging waits
 * until the bar has been drawn where it was dropped, so the page answers the pointer or the key
 * at once and redraws the staged changes just after: that keeps a slow phone responsive.
 */
import {
  addDays,
  daysBetween,
  placement,
  snapDays,
  type Snap,
  type Window,
} from './timeline-layout.ts';

export type Follow = 'phase' | 'later' | 'inspection';

export interface MovedPhase {
  phaseId: string;
  plannedStart: string;
  plannedEnd: string;
}

export interface DragOptions {
  window: Window;
  snap: () => Snap;
  follow: () => Follow;
  /** Called once a move is finished (pointer up, or Enter): the new dates of every phase moved. */
  stage: (moves: MovedPhase[]) => void;
  /** Escape on a bar with nothing pending: take back its staged change. */
  unstage: (phaseId: string) => void;
  announce: (words: string) => void;
  describe: (phaseId: string, start: string, end: string) => string;
}

type Edge = 'move' | 'start' | 'end';

interface Moving {
  el: HTMLElement;
  id: string;
  start: string;
  end: string;
}

interface Gesture {
  edge: Edge;
  /** The bar grabbed or focused; the others follow it. */
  leader: string;
  bars: Moving[];
  days: number;
  /** Pointer drags only. */
  pointerId?: number;
  originX?: number;
  dayWidth?: number;
}

const barSelector = '[data-movable]';

function barsToMove(bar: HTMLElement, edge: Edge, follow: Follow): Moving[] {
  const read = (el: HTMLElement): Moving => ({
    el,
    id: el.dataset.phaseId!,
    start: el.dataset.start!,
    end: el.dataset.end!,
  });
  const self = read(bar);
  if (edge === 'start' || follow === 'phase') return [self];
  const row = bar.closest('[data-inspection-id]');
  const siblings = [...(row?.querySelectorAll<HTMLElement>(barSelector) ?? [])].map(read);
  if (follow === 'inspection' && edge === 'move') return siblings;
  // The later phases follow: those starting on or after this one's start, itself included.
  return siblings.filter(
    (other) => other.id === self.id || daysBetween(self.start, other.start) > 0,
  );
}

function shifted(bar: Moving, edge: Edge, days: number, leader: string) {
  if (edge === 'start') {
    const start = addDays(bar.start, days);
    return { start: daysBetween(start, bar.end) < 0 ? bar.end : start, end: bar.end };
  }
  if (edge === 'end' && bar.id === leader) {
    const end = addDays(bar.end, days);
    return { start: bar.start, end: daysBetween(bar.start, end) < 0 ? bar.start : end };
  }
  return { start: addDays(bar.start, days), end: addDays(bar.end, days) };
}

export function dragPhases(chart: HTMLElement, options: DragOptions) {
  let gesture: Gesture | null = null;
  let frame = 0;
  let suppressClick = false;

  const draw = (g: Gesture, leader: string) => {
    for (const bar of g.bars) {
      const dates = shifted(bar, g.edge, g.days, leader);
      const place = placement(options.window, dates.start, dates.end);
      bar.el.style.left = `${place.left}%`;
      bar.el.style.width = `${place.width}%`;
      bar.el.style.transform = '';
    }
  };

  /** While a pointer drags whole bars: slide them, without laying anything out again. */
  const slide = (g: Gesture) => {
    const x = `translateX(${g.days * g.dayWidth!}px)`;
    for (const bar of g.bars) bar.el.style.transform = x;
  };

  /** After the next paint: the bars are drawn where they were dropped before Svelte redraws. */
  const afterPaint = (work: () => void) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = work;
      channel.port2.postMessage(null);
    });

  const finish = (g: Gesture, leader: string, keep: boolean) => {
    gesture = null;
    cancelAnimationFrame(frame);
    if (!keep || g.days === 0) {
      const moved = g.days !== 0;
      g.days = 0;
      draw(g, leader);
      if (moved) options.announce('Move undone.');
      return;
    }
    draw(g, leader);
    const moves = g.bars.map((bar) => {
      const dates = shifted(bar, g.edge, g.days, leader);
      // A next gesture that starts before Svelte redraws starts from where the bar now is.
      bar.el.dataset.start = dates.start;
      bar.el.dataset.end = dates.end;
      return { phaseId: bar.id, plannedStart: dates.start, plannedEnd: dates.end };
    });
    const { stage, announce, describe } = options;
    afterPaint(() => {
      stage(moves);
      const lead = moves.find((m) => m.phaseId === leader) ?? moves[0]!;
      const others = moves.length > 1 ? ` and ${moves.length - 1} later phases with it` : '';
      announce(
        `Staged, not yet saved: ${describe(lead.phaseId, lead.plannedStart, lead.plannedEnd)}${others}.`,
      );
    });
  };

  const onPointerDown = (event: PointerEvent) => {
    if (event.button !== 0 || gesture) return;
    const target = event.target as HTMLElement;
    const bar = target.closest<HTMLElement>(barSelector);
    if (!bar) return;
    const lane = bar.parentElement!;
    const days = daysBetween(options.window.start, options.window.end) + 1;
    const edge = (target.dataset.edge as Edge | undefined) ?? 'move';
    gesture = {
      edge,
      leader: bar.dataset.phaseId!,
      bars: barsToMove(bar, edge, options.follow()),
      days: 0,
      pointerId: event.pointerId,
      originX: event.clientX,
      dayWidth: lane.getBoundingClientRect().width / days,
    };
    // No focus or class change here: either would restyle the chart before the first move.
    try {
      bar.setPointerCapture(event.pointerId);
    } catch {
      // A press held until this code arrived may no longer be capturable; its moves still count.
    }
    event.preventDefault();
  };

  const onPointerMove = (event: PointerEvent) => {
    const g = gesture;
    if (!g || g.pointerId !== event.pointerId) return;
    const days = snapDays((event.clientX - g.originX!) / g.dayWidth!, options.snap());
    if (days === g.days) return;
    g.days = days;
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => (g.edge === 'move' ? slide(g) : draw(g, g.leader)));
  };

  const onPointerUp = (event: PointerEvent) => {
    const g = gesture;
    if (!g || g.pointerId !== event.pointerId) return;
    // A drag that moved is not also a click on the link underneath.
    suppressClick = g.days !== 0;
    finish(g, g.leader, event.type === 'pointerup');
  };

  const onClick = (event: MouseEvent) => {
    if (!suppressClick) return;
    suppressClick = false;
    event.preventDefault();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const bar = (event.target as HTMLElement).closest<HTMLElement>(barSelector);
    if (!bar) return;
    const step = event.shiftKey ? 7 : 1;
    const direction = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (direction) {
      event.preventDefault();
      const edge: Edge = event.altKey ? 'end' : 'move';
      if (!gesture || gesture.pointerId !== undefined || gesture.edge !== edge)
        gesture = {
          edge,
          leader: bar.dataset.phaseId!,
          bars: barsToMove(bar, edge, options.follow()),
          days: 0,
        };
      gesture.days += direction * step;
      const leader = bar.dataset.phaseId!;
      draw(gesture, leader);
      const self = gesture.bars.find((b) => b.id === leader)!;
      const dates = shifted(self, gesture.edge, gesture.days, leader);
      options.announce(
        `${options.describe(leader, dates.start, dates.end)}. Enter to stage, Escape to undo.`,
      );
      return;
    }
    if (event.key === 'Enter' && gesture && gesture.pointerId === undefined) {
      event.preventDefault();
      finish(gesture, bar.dataset.phaseId!, true);
      return;
    }
    if (event.key === 'Escape') {
      if (gesture) {
        event.preventDefault();
        finish(gesture, bar.dataset.phaseId!, false);
      } else if (bar.dataset.staged !== undefined) {
        event.preventDefault();
        options.unstage(bar.dataset.phaseId!);
      }
    }
  };

  const onFocusOut = (event: FocusEvent) => {
    // A keyboard move left without Enter is put back, never staged by accident.
    const g = gesture;
    if (g && g.pointerId === undefined && !chart.contains(event.relatedTarget as Node | null))
      finish(g, g.bars[0]!.id, false);
  };

  chart.addEventListener('pointerdown', onPointerDown);
  chart.addEventListener('pointermove', onPointerMove);
  chart.addEventListener('pointerup', onPointerUp);
  chart.addEventListener('pointercancel', onPointerUp);
  chart.addEventListener('click', onClick, true);
  chart.addEventListener('keydown', onKeyDown);
  chart.addEventListener('focusout', onFocusOut);
  return {
    /** A press or key that came before this code had loaded: handled as if it came now. */
    replay(event: Event) {
      if (event.type === 'pointerdown') onPointerDown(event as PointerEvent);
      else if (event.type === 'keydown') onKeyDown(event as KeyboardEvent);
    },
    destroy() {
      chart.removeEventListener('pointerdown', onPointerDown);
      chart.removeEventListener('pointermove', onPointerMove);
      chart.removeEventListener('pointerup', onPointerUp);
      chart.removeEventListener('pointercancel', onPointerUp);
      chart.removeEventListener('click', onClick, true);
      chart.removeEventListener('keydown', onKeyDown);
      chart.removeEventListener('focusout', onFocusOut);
    },
  };
}
