/**
 * Where the timeline draws things: pure, so the chart, the drag code and the unit tests agree.
 * Dates are UK calendar days as ISO strings (YYYY-MM-DD) and are counted in whole UTC days, which
 * have no summer time to trip over.
 */

const dayMs = 86_400_000;

/** Days since 1970-01-01 of an ISO calendar day. */
const dayNumber = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / dayMs);

const isoOfDay = (day: number) => new Date(day * dayMs).toISOString().slice(0, 10);

export const addDays = (iso: string, days: number) => isoOfDay(dayNumber(iso) + days);

/** Whole days from one calendar day to another. */
export const daysBetween = (from: string, to: string) => dayNumber(to) - dayNumber(from);

export interface Window {
  start: string;
  end: string;
}

/**
 * A bar's place in the window as percentages, clamped at its edges, with which ends were cut:
 * a phase outside the programme is drawn at the edge with a marker, never pushed off the chart.
 */
export interface Placement {
  left: number;
  width: number;
  cutStart: boolean;
  cutEnd: boolean;
  /** Wholly before or after the window: drawn as a marker at that edge. */
  outside: 'before' | 'after' | null;
}

/** The narrowest a bar is drawn, in percent, so a one-day phase can still be seen and grabbed. */
const minimumWidth = 0.8;

export function placement(window: Window, start: string, end: string): Placement {
  const from = dayNumber(window.start);
  const span = dayNumber(window.end) + 1 - from;
  const a = dayNumber(start) - from;
  const b = dayNumber(end) + 1 - from;
  const outside = b <= 0 ? 'before' : a >= span ? 'after' : null;
  const left = (Math.min(span, Math.max(0, a)) / span) * 100;
  const right = (Math.min(span, Math.max(0, b)) / span) * 100;
  const width = Math.max(minimumWidth, right - left);
  return {
    left: Math.min(left, 100 - width),
    width,
    cutStart: a < 0,
    cutEnd: b > span,
    outside,
  };
}

/**
 * Lanes for one inspection's phases: each phase takes the first lane whose last phase ended
 * before it starts, so overlapping phases sit one above the other and never cover each other.
 * `span` gives the days a phase takes in its lane, when that is more than its own dates.
 */
export function packLanes<T extends { start: string; end: string }>(
  phases: T[],
  span: (phase: T) => { start: string; end: string } = (phase) => phase,
): T[][] {
  const lanes: Array<{ end: number; items: T[] }> = [];
  const ordered = [...phases].sort((x, y) => dayNumber(span(x).start) - dayNumber(span(y).start));
  for (const phase of ordered) {
    const { start, end: last } = span(phase);
    const lane = lanes.find((l) => l.end < dayNumber(start));
    const end = Math.max(dayNumber(last), dayNumber(start));
    if (lane) {
      lane.items.push(phase);
      lane.end = end;
    } else lanes.push({ end, items: [phase] });
  }
  return lanes.map((lane) => lane.items);
}

export type Snap = 'day' | 'week';

/** A drag's distance in days, rounded to whole days or whole weeks. */
export function snapDays(days: number, snap: Snap): number {
  const step = snap === 'week' ? 7 : 1;
  return Math.round(days / step) * step || 0;
}

export type Zoom = 'months' | 'quarters' | 'years';

export interface Tick {
  start: string;
  end: string;
  label: string;
}

const monthNames = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov'];
const monthName = (month: number) => monthNames[month] ?? 'Dec';

/**
 * The ticks across the top at a zoom: calendar months, the programme's quarters (given by the
 * API), or programme years counted from its start.
 */
export function ticks(window: Window, zoom: Zoom, quarters: Tick[]): Tick[] {
  if (zoom === 'quarters') return quarters;
  const out: Tick[] = [];
  if (zoom === 'years') {
    let start = window.start;
    for (let year = 1; dayNumber(start) <= dayNumber(window.end); year++) {
      const [y, m, d] = start.split('-').map(Number) as [number, number, number];
      const next = new Date(Date.UTC(y + 1, m - 1, d)).toISOString().slice(0, 10);
      const end = addDays(next, -1);
      out.push({
        start,
        end: dayNumber(end) > dayNumber(window.end) ? window.end : end,
        label: `Year ${year}`,
      });
      start = next;
    }
    return out;
  }
  const [y, m] = window.start.split('-').map(Number) as [number, number];
  for (let month = m - 1, year = y; ; month++) {
    const first = new Date(Date.UTC(year, month, 1)).toISOString().slice(0, 10);
    if (dayNumber(first) > dayNumber(window.end)) break;
    const last = new Date(Date.UTC(year, month + 1, 0)).toISOString().slice(0, 10);
    const date = new Date(Date.UTC(year, month, 1));
    out.push({
      start: dayNumber(first) < dayNumber(window.start) ? window.start : first,
      end: dayNumber(last) > dayNumber(window.end) ? window.end : last,
      label: `${monthName(date.getUTCMonth())} ${String(date.getUTCFullYear()).slice(2)}`,
    });
  }
  return out;
}

/** How wide the chart's track is drawn at each zoom, so months stay readable. */
export const trackWidthRem: Record<Zoom, number> = { months: 120, quarters: 44, years: 30 };

/** A phase's dates in the programme's baseline: null for a phase added since. */
export interface BaselineDates {
  baselineStart?: string | null;
  baselineEnd?: string | null;
}

/**
 * The span a phase takes in its lane when the baseline is drawn under it: today's dates and the
 * agreed ones together, so that no phase's agreed bar runs under another's.
 */
export function spanWithBaseline(phase: { start: string; end: string } & BaselineDates): {
  start: string;
  end: string;
} {
  if (!phase.baselineStart || !phase.baselineEnd) return { start: phase.start, end: phase.end };
  return {
    start: phase.baselineStart < phase.start ? phase.baselineStart : phase.start,
    end: phase.baselineEnd > phase.end ? phase.baselineEnd : phase.end,
  };
}

/**
 * How a phase stands against the baseline, in days (later positive): where it now starts and
 * ends compared with where it was agreed to. Null for a phase added since.
 */
export function againstBaseline(
  phase: { start: string; end: string } & BaselineDates,
): { startDays: number; endDays: number } | null {
  if (!phase.baselineStart || !phase.baselineEnd) return null;
  return {
    startDays: daysBetween(phase.baselineStart, phase.start),
    endDays: daysBetween(phase.baselineEnd, phase.end),
  };
}
