/**
 * The drag and keyboard code is not part of the timeline's first visit: the chart and its
 * links work without it. It is fetched when a pointer first comes over the chart or a bar takes
 * the focus, which is always before a press or a key. A press or a key on a bar that comes
 * before the code has arrived (a touch, or a quick key after the focus) is held, and handled as
 * soon as it has: nothing a planner does is lost.
 */
import type { DragOptions } from './timeline-drag.ts';

const barSelector = '[data-movable]';

/** Keys that move a bar, or that finish a move already held. */
const moveKeys = new Set(['ArrowLeft', 'ArrowRight']);
const finishKeys = new Set(['Enter', 'Escape']);

export function dragLater(chart: HTMLElement, options: DragOptions): () => void {
  let handle: { replay(event: Event): void; destroy(): void } | undefined;
  let loading = false;
  let gone = false;
  const held: Event[] = [];

  const load = () => {
    if (loading) return;
    loading = true;
    void import('./timeline-drag.ts').then(({ dragPhases }) => {
      if (gone) return;
      stopHolding();
      handle = dragPhases(chart, options);
      for (const event of held.splice(0)) handle.replay(event);
    });
  };

  const hold = (event: Event) => {
    const bar = (event.target as Element | null)?.closest?.(barSelector);
    if (event.type === 'pointerover' || event.type === 'focusin') return load();
    if (!bar) return;
    if (event.type === 'pointerdown') {
      if ((event as PointerEvent).button !== 0) return;
      event.preventDefault();
      held.push(event);
    } else if (event.type === 'keydown') {
      const key = (event as KeyboardEvent).key;
      // Enter with no move held follows the bar's link, as without JavaScript.
      const finishing =
        finishKeys.has(key) &&
        (held.length > 0 ||
          (key === 'Escape' && (bar as HTMLElement).dataset.staged !== undefined));
      if (!moveKeys.has(key) && !finishing) return;
      event.preventDefault();
      held.push(event);
    } else {
      // The pointer came up before the code arrived: a tap, which follows the link.
      const id = (event as PointerEvent).pointerId;
      const index = held.findIndex(
        (e) => e.type === 'pointerdown' && (e as PointerEvent).pointerId === id,
      );
      if (index >= 0) held.splice(index, 1);
    }
    load();
  };

  const types = ['pointerover', 'focusin', 'pointerdown', 'pointerup', 'pointercancel', 'keydown'];
  for (const type of types) chart.addEventListener(type, hold);
  const stopHolding = () => {
    for (const type of types) chart.removeEventListener(type, hold);
  };
  return () => {
    gone = true;
    stopHolding();
    handle?.destroy();
  };
}
