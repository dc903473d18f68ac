/**
 * The ratings charts as a browser draws them, on a desktop and on a phone: counts tick in whole
 * numbers, no label runs outside the drawing, and each chart has its table beside it.
 */
import { expect, test, type Page } from '@playwright/test';
import { graphql } from '../support/api.ts';

// Generous: the machine these run on is shared and slow to answer at times.
test.describe.configure({ mode: 'serial', timeout: 120_000 });

test.beforeAll(async ({ request }) => {
  const scene = await graphql(
    request,
    `
      {
        ratingFrameworks {
          id
          name
          grades {
            id
            label
          }
        }
        agencies(first: 60, filter: { kinds: [POLICE_FORCE] }) {
          edges {
            node {
              id
              name
            }
          }
        }
      }
    `,
  );
  const peel = scene.ratingFrameworks.find((f: { name: string }) => f.name === 'PEEL');
  const grade = (label: string) => peel.grades.find((g: { label: string }) => g.label === label).id;
  const force = (name: string) =>
    scene.agencies.edges.find((e: { node: { name: string } }) => e.node.name === name).node.id;
  // South Yorkshire twice, so that its page draws its history.
  for (const [name, label, ratedOn] of [
    ['West Yorkshire Police', 'Good', '2026-03-02'],
    ['South Yorkshire Police', 'Good', '2023-05-10'],
    ['South Yorkshire Police', 'Inadequate', '2026-03-02'],
    ['Kent Police', 'Adequate', '2026-03-02'],
  ] as const) {
    const recorded = await graphql(
      request,
      `
        mutation ($input: RecordRatingInput!) {
          recordRating(input: $input) {
            __typename
            ... on Error {
              message
            }
          }
        }
      `,
      {
        input: {
          agencyId: force(name),
          frameworkId: peel.id,
          areaCode: 'TREATMENT_OF_VICTIMS',
          gradeId: grade(label),
          ratedOn,
          rationale: 'Victims are kept informed at most stages.',
        },
      },
    );
    expect(recorded.recordRating.__typename, JSON.stringify(recorded)).toBe(
      'MutationRecordRatingSuccess',
    );
  }
});

/** The chart the page shows at this width: its tick labels and whether any text leaves it. */
async function shownChart(page: Page, figure: string) {
  return page
    .locator(figure)
    .first()
    .evaluate((element) => {
      const svg = [...element.querySelectorAll('svg')].find(
        (s) => s.getBoundingClientRect().width > 0,
      )!;
      const box = svg.getBoundingClientRect();
      const ticks = [...svg.querySelectorAll('g[aria-label="x-axis tick label"] text')].map(
        (t) => t.textContent,
      );
      const outside = [...svg.querySelectorAll('text')]
        .filter((t) => {
          const r = t.getBoundingClientRect();
          return (
            r.width > 0 &&
            (r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.bottom > box.bottom + 0.5)
          );
        })
        .map((t) => t.textContent);
      const texts = [...svg.querySelectorAll('text')].map((t) => t.textContent);
      // Text drawn at least 10 px high on screen, so it can be read.
      const smallest = Math.min(
        ...[...svg.querySelectorAll('text')]
          .map((t) => t.getBoundingClientRect().height)
          .filter((h) => h > 0),
      );
      return { width: box.width, right: box.right, ticks, outside, texts, smallest };
    });
}

for (const [device, width] of [
  ['a desktop', 1280],
  ['a phone', 320],
] as const) {
  test(`the regional comparison reads right on ${device}`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/rate?kind=POLICE_FORCE');
    const chart = await shownChart(page, 'figure:has([data-qa="regions"])');
    expect(chart.width).toBeLessThanOrEqual(width);
    expect(chart.ticks).toEqual(['0', '1', '2']);
    expect(chart.texts).toContain('Yorkshire and the Humber');
    expect(chart.outside).toEqual([]);
    expect(chart.smallest).toBeGreaterThanOrEqual(10);
    await expect(page.locator('[data-qa="regions"]')).toContainText('Yorkshire and the Humber');
    // The chart shown fits the screen. (The regional table beside it is wider than a phone on
    // /rate and is left to scroll: not this test's concern.)
    expect(chart.right).toBeLessThanOrEqual(width);
  });
  test(`the grade distribution and an agency’s history read right on ${device}`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/ratings?kind=POLICE_FORCE');
    const distribution = await shownChart(page, 'figure:has([data-qa="distribution"])');
    expect(distribution.ticks.every((tick) => /^\d+$/.test(tick!))).toBe(true);
    expect(new Set(distribution.ticks).size).toBe(distribution.ticks.length);
    expect(distribution.texts).toContain('Requires improvement');
    expect(distribution.outside).toEqual([]);
    expect(distribution.smallest).toBeGreaterThanOrEqual(10);

    await page.getByRole('link', { name: 'South Yorkshire Police' }).first().click();
    const history = await shownChart(page, 'figure:has([data-qa="rating-history"])');
    expect(history.ticks).toContain('2026');
    expect(history.outside).toEqual([]);
    expect(history.smallest).toBeGreaterThanOrEqual(10);
  });
}
