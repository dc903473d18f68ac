import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { dateInput, dateValue, fillDate } from '../support/dates.ts';

test.describe.configure({ mode: 'serial' });

// The API counts days in UTC, so "today" is the UTC date.
const today = new Date().toISOString().slice(0, 10);
const inDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const longDate = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${iso}T00:00:00Z`));

const reportTitle = 'Victims’ Commissioner annual report: keeping victims informed';
const dueOn = longDate(inDays(today, 56));

test('a recommendation in the Victims’ Commissioner’s annual report falls due 56 days later for each addressee, and one answers it', async ({
  page,
}) => {
  await page.goto('/track/recommendations');
  await expect(page.getByRole('heading', { level: 1, name: 'Recommendations' })).toBeVisible();
  await expect(page.locator('#source-hint')).toContainText(
    '56 days after the Victims’ Commissioner’s annual report',
  );
  await expect(page.locator('#source-hint')).toContainText('28 days after an Urgent Notification');

  await page.getByLabel('Victims’ Commissioner’s annual report', { exact: true }).check();
  await page.getByLabel('Title of the report').fill(reportTitle);
  await fillDate(dateInput(page, 'Date published'), today);
  await page.getByLabel('Recommendation number or reference').fill('1');
  await page
    .getByLabel('What it recommends')
    .fill(
      'Every police force should tell victims of their rights under the Victims’ Code at first contact.',
    );
  const addressees = page.getByRole('group', { name: 'Addressed to' });
  await addressees.locator('summary', { hasText: 'Police forces' }).click();
  await addressees.getByLabel('Kent Police', { exact: true }).check();
  await addressees.getByLabel('Essex Police', { exact: true }).check();
  await page.getByRole('button', { name: 'Record the recommendation' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Success' })).toContainText(
    `Recommendation 1 of “${reportTitle}” is recorded: responses are due by ${dueOn}.`,
  );

  await page.goto('/track');
  await expect(page.getByRole('heading', { level: 1, name: 'Deadlines' })).toBeVisible();
  const rows = page.locator('[data-qa="deadlines"] tbody tr').filter({ hasText: reportTitle });
  await expect(rows).toHaveCount(2);
  for (const agency of ['Kent Police', 'Essex Police']) {
    const row = rows.filter({ hasText: agency });
    await expect(row).toContainText(dueOn);
    await expect(row).not.toContainText('Overdue');
  }

  const kent = rows.filter({ hasText: 'Kent Police' }).getByRole('link');
  const responseId = decodeURIComponent(
    new URL((await kent.getAttribute('href'))!, 'http://localhost').hash.slice(1),
  );
  await kent.click();
  await expect(page).toHaveURL(/\/track\/recommendations#response-/);
  const response = page.locator(`[id="${responseId}"]`);
  await expect(response).toContainText('Awaiting answer');
  await response.getByText('Record Kent Police’s answer').click();
  await response.getByLabel('Accepted', { exact: true }).check();
  await response
    .getByLabel('Reasons')
    .fill('Call handlers will give every victim a leaflet on the Victims’ Code.');
  await response.getByLabel('Actions planned').fill('Train all call handlers by the end of March.');
  expect(await dateValue(dateInput(response, 'Date of the response'))).toBe(today);
  await response.getByRole('button', { name: /Save the answer/ }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Success' })).toContainText(
    'Kent Police’s answer to recommendation 1 is recorded.',
  );
  await expect(response).toContainText('Answered');
  await expect(response).toContainText('Accepted on');
  await expect(
    response.getByRole('group', { name: 'Implementation by Kent Police' }),
  ).toBeVisible();

  await page.goto('/track');
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText('Essex Police');
});

test('the tracking pages pass axe', async ({ page }) => {
  for (const url of [
    '/track',
    '/track?overdue=yes',
    '/track/recommendations',
    '/track/escalations',
  ]) {
    await page.goto(url);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(results.violations, url).toEqual([]);
  }
});
