import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

test.describe.configure({ mode: 'serial' });

const forces = (
  parse(
    readFileSync(join(import.meta.dirname, '../../../prisma/reference-data/police-forces.csv')),
    { columns: true },
  ) as Array<{ name: string }>
)
  .map((f) => f.name)
  .sort();
const grades = ['Outstanding', 'Good', 'Adequate', 'Requires improvement', 'Inadequate'];

/** Five years of PEEL-style grades for all 43 forces; a force's grade moves one step a year. */
function peelFile(): Buffer {
  const rows = ['agency,framework,area,grade,rated_on,rationale'];
  for (const year of [2021, 2022, 2023, 2024, 2025]) {
    forces.forEach((force, index) =>
      rows.push(
        `"${force}",PEEL,Treatment of victims,${grades[(index + year) % 5]},${year}-03-1${index % 9},"Graded in ${year}"`,
      ),
    );
  }
  return Buffer.from(`${rows.join('\n')}\n`);
}

async function upload(page: Page, name: string, buffer: Buffer) {
  await page.goto('/rate/import');
  await page.getByLabel('CSV file').setInputFiles({ name, mimeType: 'text/csv', buffer });
  await page.getByRole('button', { name: 'Check the file' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check the ratings');
}

test('a file with a bad grade, an unknown force and a duplicate row is reported row by row and saves nothing until accepted', async ({
  page,
}) => {
  await upload(
    page,
    'corrections.csv',
    Buffer.from(
      [
        'agency,framework,area,grade,rated_on,rationale',
        'Kent Police,PEEL,Treatment of victims,Brilliant,2020-03-14,Victims kept informed',
        'Gotham City Police,PEEL,Treatment of victims,Good,2020-03-14,Victims kept informed',
        'Essex Police,PEEL,Treatment of victims,Good,2020-03-14,Victims kept informed',
        'Essex Police,PEEL,Treatment of victims,Good,2020-03-14,Victims kept informed',
      ].join('\n'),
    ),
  );
  const problems = page.locator('[data-qa="import-problems"] tbody tr');
  await expect(problems).toHaveCount(3);
  await expect(problems.nth(0)).toContainText('2');
  await expect(problems.nth(0)).toContainText('"Brilliant" is not a grade of PEEL');
  await expect(problems.nth(1)).toContainText('There is no agency called "Gotham City Police".');
  await expect(problems.nth(2)).toContainText('It repeats line 4');

  await page.goto('/agencies?search=Essex%20Police');
  await page.getByRole('link', { name: 'Essex Police' }).click();
  await expect(page.locator('[data-qa="not-rated"]')).toHaveText(
    'Essex Police has not yet been rated on how it treats victims.',
  );

  await page.goBack();
  await page.goBack();
  await page.getByRole('button', { name: 'Save 1 good row' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ratings imported');
});

test('a new user imports five years of grades for all 43 forces and compares them', async ({
  page,
}) => {
  await upload(page, 'peel.csv', peelFile());
  await expect(page.locator('[data-qa="import-summary"]')).toContainText(
    /Rows ready to save\s*215/,
  );
  await page.getByRole('button', { name: 'Save 215 good rows' }).click();
  await expect(page.locator('.govuk-panel')).toContainText('215 ratings saved');

  await page.getByRole('link', { name: 'See the ratings' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('How agencies treat victims');
  const distribution = page.locator('[data-qa="distribution"] tbody tr');
  await expect(distribution).toHaveCount(5);
  const counts = await distribution.locator('td').allInnerTexts();
  expect(counts.map(Number).reduce((a, b) => a + b, 0)).toBe(43);
  await expect(page.locator('figure svg').first()).toBeVisible();

  await page.getByLabel('Regions to compare').selectOption('Wales');
  await page.getByLabel('Second region').selectOption('North East');
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(page.locator('[data-qa="regions"] tbody tr')).toHaveCount(2);
  await expect(page.locator('[data-qa="ratings-table"] tbody tr')).toHaveCount(7);

  await page.goto('/rate?kind=POLICE_FORCE&sort=GRADE');
  const owing = page
    .locator('[data-qa="ratings-table"] tbody tr')
    .filter({ hasText: 'Owes an action plan' });
  const owingCount = await owing.count();
  expect(owingCount).toBeGreaterThan(0);
  await expect(page.locator('[data-qa="owing-summary"]')).toContainText(`${owingCount} owe`);

  await owing.first().getByRole('link').click();
  await expect(page.locator('[data-qa="action-plan-owed"]')).toContainText(
    /has been requires improvement or below since \d{1,2} \w+ \d{4}, [\s\S]+ must produce an action plan/,
  );
  await expect(page.locator('[data-qa="rating-history"] tbody tr')).toHaveCount(5);
});

test('the open data download of ratings imports without change', async ({ page, request }) => {
  const csv = await (await request.get('/open-data/ratings.csv')).text();
  const [header, ...rows] = csv.trim().split('\n');
  expect(header).toBe(
    'agency,agency_kind,region,framework,framework_version,area,grade,common_grade,rated_on,rationale',
  );
  expect(rows.length).toBeGreaterThanOrEqual(216);
  const json = await (await request.get('/open-data/ratings.json')).json();
  expect(json).toHaveLength(rows.length);
  expect(Object.keys(json[0])).toEqual(header!.split(','));

  // Imported back into the same service, every row is read and recognised as already recorded.
  await upload(page, 'ratings-download.csv', Buffer.from(csv));
  await expect(page.locator('[data-qa="import-summary"]')).toContainText(
    /Rows ready to save\s*0\b/,
  );
  const problems = await page
    .locator('[data-qa="import-problems"] tbody tr td:nth-child(3)')
    .allInnerTexts();
  expect(problems).toHaveLength(rows.length);
  // Other specs rate agencies on other frameworks (the public site spec a probation region), so any framework.
  for (const problem of problems)
    expect(problem).toMatch(
      /^.+ already has an? .+ rating for treatment of victims on that date\.$/,
    );
});

test('the ratings pages pass axe', async ({ page }) => {
  for (const path of [
    '/rate',
    '/rate?region=Wales&region=London&fell=yes',
    '/rate/import',
    '/open-data',
  ]) {
    await page.goto(path);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(results.violations, path).toEqual([]);
  }
});
