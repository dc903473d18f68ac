/**
 * The charts as rendered SVG: whole-number ticks for counts, every label whole, a year under the
 * rating history, and a narrow drawing for phones with its labels above the bars.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import {
  countTicks,
  distributionChart,
  labelWidth,
  regionsChart,
  trendChart,
} from '../../web/src/lib/server/charts.ts';

const grades = (counts: number[]) =>
  ['OUTSTANDING', 'GOOD', 'ADEQUATE', 'REQUIRES_IMPROVEMENT', 'INADEQUATE'].map((code, i) => ({
    gradeCode: code,
    gradeLabel: ['Outstanding', 'Good', 'Adequate', 'Requires improvement', 'Inadequate'][i]!,
    count: counts[i] ?? 0,
  }));

function drawings(html: string) {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const [wide, narrow] = ['wide', 'narrow'].map((size) =>
    document.querySelector(`.app-chart-pair__${size} svg`)!,
  );
  return { wide: wide!, narrow: narrow! };
}

const axisTexts = (svg: Element, axis: 'x' | 'y') =>
  [...svg.querySelectorAll(`g[aria-label="${axis}-axis tick label"] text`)].map((t) =>
    t.textContent!.trim(),
  );

/** Where a label's left edge falls: its anchor less its width when it ends at the anchor. */
function leftEdges(svg: Element): Array<{ label: string; left: number }> {
  const group = svg.querySelector('g[aria-label="y-axis tick label"]')!;
  const groupX = Number(
    /translate\(([-\d.]+)/.exec(group.getAttribute('transform') ?? '')?.[1] ?? 0,
  );
  return [...group.querySelectorAll('text')].map((text) => {
    const x = Number(/translate\(([-\d.]+)/.exec(text.getAttribute('transform') ?? '')?.[1] ?? 0);
    return { label: text.textContent!, left: groupX + x - labelWidth(text.textContent!) };
  });
}

const regions = [
  { region: 'North East', distribution: grades([0, 1, 0, 0, 0]) },
  { region: 'Yorkshire and the Humber', distribution: grades([0, 0, 1, 1, 0]) },
  { region: 'London', distribution: grades([0, 0, 0, 0, 1]) },
];

describe('count ticks', () => {
  it('are whole numbers, each once, from 0 past the largest count', () => {
    expect(countTicks(1)).toEqual([0, 1]);
    expect(countTicks(2)).toEqual([0, 1, 2]);
    expect(countTicks(0)).toEqual([0, 1]);
    expect(countTicks(43)).toEqual([0, 10, 20, 30, 40, 50]);
    expect(countTicks(7, 4)).toEqual([0, 2, 4, 6, 8]);
  });
});

describe('the regional comparison', () => {
  const { wide, narrow } = drawings(regionsChart(regions));

  it('reads 0, 1, 2 along its axis, not fractions rounded to repeats', () => {
    expect(axisTexts(wide, 'x')).toEqual(['0', '1', '2']);
    expect(axisTexts(narrow, 'x')).toEqual(['0', '1', '2']);
  });

  it('leaves room for the longest region on the wide drawing', () => {
    const edges = leftEdges(wide);
    expect(edges.map((e) => e.label)).toContain('Yorkshire and the Humber');
    for (const edge of edges) expect(edge.left, edge.label).toBeGreaterThanOrEqual(0);
  });

  it('is drawn 320 wide for phones, with each region written above its bar', () => {
    expect(narrow.getAttribute('width')).toBe('320');
    expect(narrow.querySelector('g[aria-label="y-axis tick label"]')).toBeNull();
    const labels = [...narrow.querySelectorAll('g[aria-label="text"] text')].map(
      (t) => t.textContent,
    );
    expect(labels).toEqual(['North East', 'Yorkshire and the Humber', 'London']);
    expect(labelWidth('Yorkshire and the Humber') + 10).toBeLessThan(320 - 40);
  });

  it('is hidden from screen readers, the table beside it carrying the figures', () => {
    expect(wide.getAttribute('aria-hidden')).toBe('true');
  });
});

describe('the grade distribution', () => {
  it('counts in whole numbers and labels every grade in full', () => {
    const { wide } = drawings(distributionChart(grades([0, 3, 1, 0, 2]), 'police forces'));
    expect(axisTexts(wide, 'x')).toEqual(['0', '1', '2', '3']);
    expect(axisTexts(wide, 'y')).toContain('Requires improvement');
    for (const edge of leftEdges(wide)) expect(edge.left, edge.label).toBeGreaterThanOrEqual(0);
  });
});

describe('an agency’s rating history', () => {
  const scale = grades([]).map((g, i) => ({ label: g.gradeLabel, rank: i + 1 }));
  const rating = (ratedOn: string, code: string, label: string, rank: number) => ({
    ratedOn,
    grade: { commonGrade: { code, label, rank } },
  });
  const history = [
    rating('2021-09-01', 'GOOD', 'Good', 2),
    rating('2023-03-15', 'REQUIRES_IMPROVEMENT', 'Requires improvement', 4),
    rating('2025-10-01', 'INADEQUATE', 'Inadequate', 5),
  ];

  it('shows each year under the chart, inside the drawing', () => {
    const { wide, narrow } = drawings(trendChart(history, scale));
    expect(axisTexts(wide, 'x')).toEqual(['2021', '2022', '2023', '2024', '2025', '2026']);
    expect(axisTexts(narrow, 'x')).toEqual(['2021', '2023', '2025']);
    const height = Number(wide.getAttribute('height'));
    const axis = wide.querySelector('g[aria-label="x-axis tick label"]')!;
    const y = Number(
      /translate\([-\d.]+,\s*([-\d.]+)/.exec(axis.getAttribute('transform') ?? '')?.[1],
    );
    expect(y + 14).toBeLessThanOrEqual(height);
    for (const edge of leftEdges(wide)) expect(edge.left, edge.label).toBeGreaterThanOrEqual(0);
  });

  it('always labels the year of the latest rating, even on a phone', () => {
    const recent = [
      rating('2023-03-15', 'GOOD', 'Good', 2),
      rating('2026-02-01', 'REQUIRES_IMPROVEMENT', 'Requires improvement', 4),
    ];
    const { narrow } = drawings(trendChart(recent, scale));
    expect(axisTexts(narrow, 'x')).toEqual(['2024', '2026']);
    // A grade's name wraps a word a line, rather than taking half a phone's width.
    const wrapped = [...narrow.querySelectorAll('g[aria-label="y-axis tick label"] tspan')];
    expect(wrapped.map((line) => line.textContent)).toEqual(['Requires', 'improvement']);
  });
});
