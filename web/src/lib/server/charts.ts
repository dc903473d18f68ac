/**
 * Charts drawn on the server with Observable Plot, sent as SVG: they need no JavaScript in the
 * browser, and every chart sits beside a table with the same figures for people who cannot see it.
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

const font = { fontFamily: 'Helvetica Neue, Helvetica, Arial, sans-serif', fontSize: '14px' };

export function distributionChart(distribution: GradeCount[], noun: string): string {
  return svg(
    Plot.plot({
      document,
      style: font,
      width: 640,
      height: 40 + distribution.length * 36,
      marginLeft: 170,
      marginRight: 40,
      x: { label: `Number of ${noun}`, grid: true, tickFormat: 'd' },
      y: { label: null, domain: distribution.map((d) => d.gradeLabel) },
      marks: [
        Plot.barX(distribution, {
          x: 'count',
          y: 'gradeLabel',
          fill: (d: GradeCount) => gradeColours[d.gradeCode] ?? '#505a5f',
        }),
        Plot.text(distribution, {
          x: 'count',
          y: 'gradeLabel',
          text: (d: GradeCount) => String(d.count),
          dx: 6,
          textAnchor: 'start',
        }),
        Plot.ruleX([0]),
      ],
    }) as unknown as Element,
  );
}

export function regionsChart(
  regions: Array<{ region: string; distribution: GradeCount[] }>,
): string {
  const data = regions.flatMap((r) =>
    r.distribution.filter((d) => d.count > 0).map((d) => ({ ...d, region: r.region })),
  );
  return svg(
    Plot.plot({
      document,
      style: font,
      width: 640,
      height: 40 + regions.length * 32,
      marginLeft: 170,
      x: { label: 'Number of agencies', grid: true, tickFormat: 'd' },
      y: { label: null, domain: regions.map((r) => r.region) },
      color: { domain: Object.keys(gradeColours), range: Object.values(gradeColours) },
      marks: [Plot.barX(data, { x: 'count', y: 'region', fill: 'gradeCode' }), Plot.ruleX([0])],
    }) as unknown as Element,
  );
}

/** One agency's grades over time, on the common scale, best at the top. */
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
  return svg(
    Plot.plot({
      document,
      style: font,
      width: 640,
      height: 260,
      marginLeft: 170,
      marginRight: 30,
      x: { label: null, type: 'utc' },
      y: { label: null, domain: [...scale].sort((a, b) => a.rank - b.rank).map((g) => g.label) },
      marks: [
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
        Plot.gridY({ stroke: '#b1b4b6' }),
      ],
    }) as unknown as Element,
  );
}
