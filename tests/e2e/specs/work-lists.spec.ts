/**
 * Deadlines and My work as lists people work from: an agency approver lands on its own
 * organisation's deadlines, widens to everyone's, filters, sorts, searches, pages and exports
 * them; and filters its own work by what to do.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { graphql } from '../support/api.ts';

// Generous: the machine these run on is shared and slow to answer at times.
test.describe.configure({ mode: 'serial', timeout: 120_000 });

const approver = {
  email: 'kent-approver@example.test',
  name: 'Kim Kent',
  password: 'kent approver password',
};
const today = new Date().toISOString().slice(0, 10);
const daysAgo = (days: number) =>
  new Date(Date.parse(`${today}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
const report = 'Work lists test report';

let page: Page;

async function signIn(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const signedIn = await context.newPage();
  await signedIn.goto('/sign-in');
  await signedIn.getByLabel('Email address').fill(approver.email);
  await signedIn.getByLabel('Password').fill(approver.password);
  await signedIn.getByRole('button', { name: 'Sign in' }).click();
  await expect(signedIn.getByText(`Signed in as ${approver.name}`)).toBeVisible();
  return signedIn;
}

const rows = () => page.locator('[data-qa="deadlines"] tbody tr');

test.beforeAll(async ({ request, browser }) => {
  const scene = await graphql(
    request,
    `
      {
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
  const forces: Array<{ id: string; name: string }> = scene.agencies.edges.map((e: any) => e.node);
  const kent = forces.find((f) => f.name === 'Kent Police')!;
  const created = await graphql(
    request,
    `
      mutation ($input: CreateAccountInput!) {
        createAccount(input: $input) {
          __typename
        }
      }
    `,
    { input: { ...approver, roles: [{ role: 'AGENCY_APPROVER', organisationId: kent.id }] } },
  );
  expect(created.createAccount.__typename).toBe('MutationCreateAccountSuccess');
  // One recommendation to thirty forces (more than a page of deadlines), one overdue to Kent.
  for (const [reference, publishedOn, addressees] of [
    ['1', today, forces.slice(0, 30)],
    ['2', daysAgo(60), [kent]],
  ] as const) {
    const recorded = await graphql(
      request,
      `
        mutation ($input: RecordRecommendationInput!) {
          recordRecommendation(input: $input) {
            __typename
          }
        }
      `,
      {
        input: {
          source: 'VICTIMS_COMMISSIONER_ANNUAL_REPORT',
          reportTitle: report,
          publishedOn,
          reference,
          text: 'Tell every victim of their rights under the Victims’ Code.',
          addresseeIds: [...new Set([...addressees.map((f) => f.id), kent.id])],
        },
      },
    );
    expect(recorded.recordRecommendation.__typename).toBe('MutationRecordRecommendationSuccess');
  }
  page = await signIn(browser);
});

test('Deadlines starts with the viewer’s own organisation’s, overdue first', async () => {
  await page.goto('/track');
  await expect(page.getByRole('radio', { name: 'My organisations’' })).toBeChecked();
  await expect(rows()).toHaveCount(2);
  await expect(rows().first()).toContainText('Overdue');
  for (const row of await rows().all()) await expect(row).toContainText('Kent Police');
  await expect(page.locator('[data-qa="deadline-counts"]')).toHaveText('1 overdue, 1 due');
});

test('everyone’s deadlines come a page of 25 at a time, filtered, sorted and searched', async () => {
  await page.getByRole('radio', { name: 'Everyone’s' }).check();
  await page.getByLabel('Response to a recommendation').check();
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(rows()).toHaveCount(25);
  // How many there are depends on what earlier journeys recorded; the pages must add up.
  const range = page.locator('[data-qa="deadline-range"]');
  const total = Number(/of (\d+)/.exec((await range.textContent()) ?? '')?.[1]);
  expect(total).toBeGreaterThan(25);
  expect(total).toBeLessThanOrEqual(50);
  await expect(range).toContainText(`1 to 25 of ${total}`);
  await page.getByRole('link', { name: 'Next page' }).click();
  await expect(rows()).toHaveCount(total - 25);
  await expect(range).toContainText(`26 to ${total} of ${total}`);
  await page.getByRole('link', { name: 'Previous page' }).click();
  await expect(rows()).toHaveCount(25);

  await page.getByLabel('Sort by').selectOption('AGENCY');
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(page).toHaveURL(/sort=AGENCY/);
  const owners = await page
    .locator('[data-qa="deadlines"] tbody tr td:nth-child(2)')
    .allInnerTexts();
  expect(owners).toEqual([...owners].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));

  // Other journeys may have asked Essex and Kent for answers too: only this journey's are counted.
  await page.getByLabel('Search').fill('essex');
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(page).toHaveURL(/q=essex/);
  for (const row of await rows().all()) await expect(row).toContainText('Essex Police');
  await expect(rows().filter({ hasText: report })).toHaveCount(1);

  // The owners to choose from are those left by the other filters: clear the search first.
  await page.getByLabel('Search').fill('');
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(rows()).toHaveCount(25);
  const kent = page.getByLabel('Owner').locator('option', { hasText: /^Kent Police \(\d+\)$/ });
  await page.getByLabel('Owner').selectOption((await kent.getAttribute('value'))!);
  await page.getByLabel('Overdue', { exact: true }).check();
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(page).toHaveURL(/status=OVERDUE/);
  for (const row of await rows().all()) {
    await expect(row).toContainText('Kent Police');
    await expect(row).toContainText('Overdue');
  }
  await expect(rows().filter({ hasText: `Answer recommendation 2 of "${report}"` })).toHaveCount(1);
  await expect(rows().filter({ hasText: `Answer recommendation 1 of "${report}"` })).toHaveCount(0);
});

test('the deadlines shown download as CSV, with the same filter', async () => {
  await page.goto('/track?whose=everyone&kind=RECOMMENDATION_RESPONSE&sort=AGENCY');
  // How many there are depends on what earlier journeys recorded; the file must hold them all.
  const link = page.getByRole('link', { name: /Download these \d+ deadlines as CSV/ });
  const shown = Number(/these (\d+) deadlines/.exec((await link.textContent()) ?? '')?.[1]);
  expect(shown).toBeGreaterThan(25);
  const download = page.waitForEvent('download');
  await link.click();
  const file = await download;
  const csv = await (await file.createReadStream()).toArray();
  const [header, ...lines] = parse(Buffer.concat(csv).toString('utf8')) as string[][];
  expect(header).toEqual(['kind', 'title', 'owner', 'agency', 'dueOn', 'since', 'overdue']);
  expect(lines).toHaveLength(shown);
  expect(new Set(lines.map((line) => line[0]))).toEqual(new Set(['Response to a recommendation']));
  const agencies = lines.map((line) => line[3]!);
  expect(agencies).toEqual([...agencies].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
});

test('My work is grouped by what to do and filters by it', async () => {
  await page.goto('/my-work');
  const group = page.locator('[data-qa="work"][data-kind="RECOMMENDATION_RESPONSE"]');
  await expect(group.locator('caption')).toHaveText('Answer a recommendation (2)');
  await expect(group.locator('tbody tr').first()).toContainText('Overdue');
  await page.getByRole('checkbox', { name: 'Answer a recommendation' }).check();
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(page).toHaveURL(/kind=RECOMMENDATION_RESPONSE/);
  await expect(page.locator('[data-qa="work"]')).toHaveCount(1);
  await expect(page.locator('[data-qa="work"] tbody tr')).toHaveCount(2);
});
