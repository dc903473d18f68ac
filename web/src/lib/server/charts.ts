/**
 * Charts drawn on the server with Observable Plot, sent as SVG: they need no JavaScript in the
 * browser, and every chart sits beside a table with the same figures for people who cannot see it.
 *
 * Each chart is drawn twice, wide (640 px) and narrow (320 px), and the stylesheet shows the one
 * that fits (app.scss, `.app-chart-pair`): an SVG scaled down to a phone shrinks its text until
 * nothing is readable. Counts get whole-number ticks only, and the space for labels is measured
 * from the longest label, so none is cut; on the narrow drawing labels sit above their bars.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { gradeColours, type GradeCount } from '../graphql/ratings.ts';

const { document } = parseHTML('<!doctype html><html><body></body></html>');

const svg = (chart: Element) => {
  // The table beside each chart carries the figures; the picture is hidden from screen readers.
  chart.setAttribute('aria-hidden', 'true');
  chart.setAttribute('focusable', 'false');
  return chart.outerHTML;
};

const pair = (wide: Element, narrow: Element) =>
  `<div class="app-chart-pair"><div class="app-chart-pair__wide">${svg(wide)}</div>` +
  `<div class="app-chart-pair__narrow">${svg(narrow)}</div></div>`;

const fontSize = 14;
const font = {
  fontFamily: 'Helvetica Neue, Helvetica, Arial, sans-serif',
  fontSize: `${fontSize}px`,
};

const wideWidth = 640;
const narrowWidth = 320;

/**
 * A generous estimate of a label's width in pixels at the chart's font size: Helvetica averages
 * about 0.55 em a character, capitals and w/m wider. Over-estimating costs a little space; under-
 * estimating cuts the label, so the estimate errs wide.
 */
export function labelWidth(label: string): number {
  let ems = 0;
  for (const character of label)
    ems += /[A-Z]|[mwMW]/.test(character) ? 0.72 : /[ilj.,'’ ]/.test(character) ? 0.3 : 0.58;
  return Math.ceil(ems * fontSize);
}

/** Where a narrow chart's axis labels wrap, in ems: past any one word of a grade's name. */
const wrapEms = 6;

/** Whole-number ticks from 0 to at least `max`, about `most` of them at most. */
export function countTicks(max: number, most = 6): number[] {
  const top = Math.max(1, Math.ceil(max));
  const step =
    [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000].find((s) => top / s <= most) ??
    Math.ceil(top / most);
  const ticks: number[] = [];
  for (let tick = 0; tick < top + step; tick += step) ticks.push(tick);
  return ticks;
}

const countAxis = (max: number, label: string, width: number) => {
  const ticks = countTicks(max, width < 400 ? 4 : 6);
  return {
    label,
    grid: true,
    ticks,
    tickFormat: (n: number) => String(n),
    domain: [0, ticks.at(-1)!],
    labelAnchor: 'left' as const,
    labelArrow: 'none' as const,
  };
};

interface Bars<Datum> {
  data: Datum[];
  /** The row each bar belongs to, top to bottom. */
  rows: string[];
  row: keyof Datum & string;
  count: keyof Datum & string;
  fill: (keyof Datum & string) | ((d: Datum) => string);
  axisLabel: string;
  /** The largest total of a row. */
  max: number;
  /** Count labels at the end of each bar (single-series charts). */
  valueLabels?: boolean;
  color?: { domain: string[]; range: string[] };
}

/** Horizontal bars: labels to the left on the wide drawing, above the bar on the narrow one. */
function barChart<Datum extends Record<string, unknown>>(bars: Bars<Datum>, width: number) {
  const narrow = width < 400;
  const longest = Math.max(...bars.rows.map(labelWidth), 0);
  const marginLeft = narrow ? 10 : Math.min(width / 2, longest + 16);
  const rowHeight = narrow ? 52 : 34;
  const valueMarks = bars.valueLabels
    ? [
        Plot.text(bars.data, {
          x: bars.count,
          y: bars.row,
          text: (d: Datum) => String(d[bars.count]),
          dx: 6,
          textAnchor: 'start',
        }),
      ]
    : [];
  const labelMarks = narrow
    ? [
        Plot.text(bars.rows, {
          x: 0,
          y: (d: string) => d,
          text: (d: string) => d,
          textAnchor: 'start',
          // Above the bar: half a row up, clear of the bar's top.
          dy: -rowHeight / 2 + 4,
          fontWeight: 'bold',
        }),
      ]
    : [];
  return Plot.plot({
    document,
    style: font,
    width,
    height: 50 + bars.rows.length * rowHeight,
    marginLeft,
    marginRight: 40,
    marginBottom: 40,
    x: countAxis(bars.max, bars.axisLabel, width),
    y: narrow
      ? {
          label: null,
          domain: bars.rows,
          axis: null,
          paddingInner: 0.55,
          paddingOuter: 0.5,
          align: 1,
        }
      : { label: null, domain: bars.rows, tickSize: 0 },
    ...(bars.color ? { color: bars.color } : {}),
    marks: [
      Plot.barX(bars.data, { x: bars.count, y: bars.row, fill: bars.fill }),
      ...valueMarks,
      ...labelMarks,
      Plot.ruleX([0]),
    ],
  }) as unknown as Element;
}

export function distributionChart(distribution: GradeCount[], noun: string): string {
  const bars = {
    data: distribution as unknown as Array<GradeCount & Record<string, unknown>>,
    rows: distribution.map((d) => d.gradeLabel),
    row: 'gradeLabel' as const,
    count: 'count' as const,
    fill: (d: GradeCount) => gradeColours[d.gradeCode] ?? '#505a5f',
    axisLabel: `Number of ${noun}`,
    max: Math.max(0, ...distribution.map((d) => d.count)),
    valueLabels: true,
  };
  return pair(barChart(bars, wideWidth), barChart(bars, narrowWidth));
}

export function regionsChart(
  regions: Array<{ region: string; distribution: GradeCount[] }>,
): string {
  const data = regions.flatMap((r) =>
    r.distribution.filter((d) => d.count > 0).map((d) => ({ ...d, region: r.region })),
  );
  const bars = {
    data: data as Array<(typeof data)[number] & Record<string, unknown>>,
    rows: regions.map((r) => r.region),
    row: 'region' as const,
    count: 'count' as const,
    fill: 'gradeCode' as const,
    axisLabel: 'Number of agencies',
    max: Math.max(0, ...regions.map((r) => r.distribution.reduce((sum, d) => sum + d.count, 0))),
    color: { domain: Object.keys(gradeColours), range: Object.values(gradeColours) },
  };
  return pair(barChart(bars, wideWidth), barChart(bars, narrowWidth));
}

/** One agency's grades over time, on the common scale, best at the top, a tick for each year. */
export function trendChart(
  history: Array<{
    ratedOn: string;
    grade: { commonGrade: { code: string; label: string; rank: number } };
  }>,
  scale: Array<{ label: string; rank: number }>,
): string {
  const points = history.map((r) => ({
    date: new Date(`${r.ratedOn}T00:00:00Z`),
    label: r.grade.commonGrade.label,
    code: r.grade.commonGrade.code,
  }));
  const labels = [...scale].sort((a, b) => a.rank - b.rank).map((g) => g.label);
  const years = points.map((p) => p.date.getUTCFullYear());
  const first = Math.min(...years);
  const last = Math.max(...years);
  const draw = (width: number) => {
    const narrow = width < 400;
    // From 1 January of the first year to the end of the last, so each year is a whole span.
    const every = Math.max(1, Math.ceil((last - first + 1) / (narrow ? 3 : 6)));
    // Counted back from the latest year, so that the year of the latest rating always has its
    // label, however few years a phone has room for.
    // With room for every year, the end of the last one is marked too.
    const ticks: Date[] = every === 1 ? [new Date(Date.UTC(last + 1, 0, 1))] : [];
    for (let year = last; year >= first; year -= every)
      ticks.unshift(new Date(Date.UTC(year, 0, 1)));
    // On a phone a grade's name ("Requires improvement") would take half the width: it wraps,
    // a word a line, and the margin fits the longest word instead.
    const lines = narrow ? labels.flatMap((label) => label.split(' ')) : labels;
    return Plot.plot({
      document,
      style: font,
      width,
      height: 270,
      // A few pixels spare on a phone, for fonts wider than the estimate.
      marginLeft: Math.min(width / 2, Math.max(...lines.map(labelWidth)) + (narrow ? 24 : 16)),
      marginRight: 24,
      marginBottom: 40,
      x: {
        label: null,
        type: 'utc',
        domain: [new Date(Date.UTC(first, 0, 1)), new Date(Date.UTC(last + 1, 0, 1))],
        ticks,
        tickFormat: (d: Date) => String(d.getUTCFullYear()),
      },
      y: { label: null, domain: labels, tickSize: 0, ...(narrow ? { axis: null } : {}) },
      marks: [
        ...(narrow ? [Plot.axisY({ tickSize: 0, lineWidth: wrapEms })] : []),
        Plot.gridY({ stroke: '#b1b4b6' }),
        Plot.line(points, {
          x: 'date',
          y: 'label',
          stroke: '#505a5f',
          strokeWidth: 2,
          curve: 'step-after',
        }),
        Plot.dot(points, {
          x: 'date',
          y: 'label',
          r: 6,
          fill: (d: { code: string }) => gradeColours[d.code] ?? '#505a5f',
        }),
      ],
    }) as unknown as Element;
  };
  return pair(draw(wideWidth), draw(narrowWidth));
}
