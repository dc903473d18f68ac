import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { graphql, mutate as mutateThroughApi } from '../support/api.ts';

test.describe.configure({ mode: 'serial' });
// The public reads these pages without signing in; the setup below uses the API as the administrator.
test.use({ storageState: { cookies: [], origins: [] } });

// A force no other spec rates or plans for; its rating is dated before the five years the
// ratings spec imports, so the latest grades there are unchanged.
const force = 'Norfolk Constabulary';
const title = 'Norfolk Constabulary plan to keep victims informed';
const draftTitle = 'Norfolk Constabulary draft plan on victim care';
const actions = [
  {
    description: 'Contact every victim within 48 hours of their report',
    owner: 'Head of public protection',
    targetDate: '2031-03-31',
  },
  {
    description: 'Publish monthly victim contact rates',
    owner: 'Performance team',
    // Not before the day the plan is opened (today): a plan's targets lie ahead of it.
    targetDate: '2031-02-28',
  },
  {
    description: 'Rewrite victim contact letters with victims’ groups',
    owner: 'Victim services',
    targetDate: '2031-06-30',
  },
];

/** Runs a mutation and returns its success's data, failing the test on any expected error. */
/** Sets up a record through the API; this journey's records bring their versions and actions back. */
const mutate = (
  request: APIRequestContext,
  name: string,
  input: Record<string, unknown>,
  fields = 'id version actions { id }',
) => mutateThroughApi(request, name, input, fields);

let planId = '';
let draftId = '';

test('a force’s plan is laid, published by its PCC and has progress recorded (set up through the API)', async ({
  request,
}) => {
  const ids = await graphql(
    request,
    `
      query ($search: String!) {
        agencies(filter: { search: $search }) {
          edges {
            node {
              id
              name
            }
          }
        }
        inspectorates {
          id
          shortName
        }
        ratingFrameworks {
          id
          name
          grades {
            id
            label
          }
        }
      }
    `,
    { search: force },
  );
  const agencyId = ids.agencies.edges.find(
    (edge: { node: { name: string } }) => edge.node.name === force,
  ).node.id;
  const hmicfrs = ids.inspectorates.find(
    (i: { shortName: string }) => i.shortName === 'HMICFRS',
  ).id;
  const peel = ids.ratingFrameworks.find((f: { name: string }) => f.name === 'PEEL');
  const rating = await mutate(
    request,
    'recordRating',
    {
      agencyId,
      frameworkId: peel.id,
      areaCode: 'TREATMENT_OF_VICTIMS',
      gradeId: peel.grades.find((g: { label: string }) => g.label === 'Inadequate').id,
      ratedOn: '2020-01-10',
      rationale: 'Victims are not kept informed of their cases.',
    },
    'id',
  );

  const open = (planTitle: string) =>
    mutate(request, 'openActionPlan', {
      agencyId,
      reason: 'RATING',
      ratingId: rating.id,
      reviewingInspectorateId: hmicfrs,
      title: planTitle,
      summary: `How ${force} will keep victims informed and supported.`,
    });
  let plan = await open(title);
  plan = await mutate(request, 'saveActionPlanDraft', {
    planId: plan.id,
    expectedVersion: plan.version,
    title,
    summary: `How ${force} will keep victims informed and supported.`,
    actions,
  });
  const moves: Array<Record<string, unknown>> = [
    { status: 'SUBMITTED' },
    { status: 'ACCEPTED' },
    { status: 'LAID', laidOn: '2026-01-12', paperReference: 'HC 123' },
    {
      status: 'PUBLISHED',
      publishedOn: '2026-01-19',
      publishedUrl: 'https://www.norfolk-pcc.gov.uk/victims-plan',
    },
  ];
  for (const move of moves)
    plan = await mutate(request, 'moveActionPlan', {
      planId: plan.id,
      expectedVersion: plan.version,
      ...move,
    });
  planId = plan.id;

  const [first, , third] = plan.actions as Array<{ id: string }>;
  await mutate(
    request,
    'recordActionProgress',
    {
      actionId: first!.id,
      note: 'Contact within 48 hours reached 72% in September.',
      evidenceUrl: 'https://www.example.org/september',
      status: 'IN_PROGRESS',
    },
    'id',
  );
  await mutate(
    request,
    'recordActionProgress',
    {
      actionId: first!.id,
      note: 'Contact within 48 hours reached 81% in October.',
      evidenceUrl: 'https://www.example.org/october',
    },
    'id',
  );
  await mutate(
    request,
    'recordActionProgress',
    { actionId: third!.id, note: 'New letters in use from 1 November.', status: 'DONE' },
    'id',
  );

  draftId = (await open(draftTitle)).id;
});

test('the public finds the plan in the list of published plans, and never a draft', async ({
  page,
}) => {
  await page.goto('/published-plans');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Published action plans');
  const row = page.locator('[data-qa="published-plans"] tbody tr').filter({ hasText: title });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole('rowheader')).toHaveText(force);
  await expect(row).toContainText('12 January 2026');
  await expect(row).toContainText('HC 123');
  await expect(row).toContainText('19 January 2026');
  await expect(row).toContainText('by Norfolk Police and Crime Commissioner');
  await expect(row).toContainText('1 of 3 actions done');
  await expect(row).toContainText('Published');
  await expect(page.getByText(draftTitle)).toHaveCount(0);

  await page.getByLabel('Kind of agency').selectOption({ label: 'Prisons' });
  await page.getByRole('button', { name: 'Show plans' }).click();
  await expect(page).toHaveURL(/kind=PRISON/);
  await expect(page.getByRole('link', { name: title })).toHaveCount(0);

  await page.getByLabel('Kind of agency').selectOption({ label: 'Police forces' });
  await page.getByRole('button', { name: 'Show plans' }).click();
  await expect(page.locator('[data-qa="plan-count"]')).toContainText('for police forces');
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
});

test('the plan page shows why it was owed, where it was laid and published, and each action’s progress, newest first', async ({
  page,
}) => {
  await page.goto(`/published-plans/${encodeURIComponent(planId)}`);
  await expect(page).toHaveTitle(
    `${title} – Published action plans – Check how agencies treat victims`,
  );
  await expect(page.locator('[data-qa="plan-reason"]')).toContainText(
    "Its victims' rating was inadequate (PEEL) on 10 January 2020.",
  );
  await expect(page.locator('[data-qa="plan-laid"]')).toContainText(
    '12 January 2026, by the Home Secretary',
  );
  await expect(page.locator('[data-qa="plan-facts"]')).toContainText('HC 123');
  await expect(page.locator('[data-qa="plan-published"]')).toContainText(
    '19 January 2026, by Norfolk Police and Crime Commissioner',
  );
  await expect(page.getByRole('link', { name: /Read the plan as published/ })).toHaveAttribute(
    'href',
    'https://www.norfolk-pcc.gov.uk/victims-plan',
  );
  await expect(page.locator('[data-qa="plan-progress"]')).toHaveText('1 of 3 actions done');

  const cards = page.locator('[data-qa="plan-action"]');
  await expect(cards).toHaveCount(3);
  const contact = cards.filter({ hasText: actions[0]!.description });
  await expect(contact.locator('[data-qa="action-status"]')).toHaveText('In progress');
  await expect(contact).toContainText('Head of public protection');
  await expect(contact).toContainText('31 March 2031');
  const updates = contact.locator('[data-qa="action-progress"] tbody tr');
  await expect(updates).toHaveCount(2);
  await expect(updates.nth(0)).toContainText('81% in October');
  await expect(updates.nth(1)).toContainText('72% in September');
  await expect(updates.nth(0).getByRole('link', { name: /Evidence/ })).toHaveAttribute(
    'href',
    'https://www.example.org/october',
  );

  const rates = cards.filter({ hasText: actions[1]!.description });
  await expect(rates.locator('[data-qa="action-status"]')).toContainText('Not started');
  await expect(rates.locator('[data-qa="action-status"]')).not.toContainText('Overdue');
  await expect(rates).toContainText('No progress has been recorded yet.');
  await expect(
    cards.filter({ hasText: actions[2]!.description }).locator('[data-qa="action-status"]'),
  ).toHaveText('Done');

  await page.getByRole('link', { name: 'Print or save as PDF' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.locator('[data-qa="action-progress"]').first()).toContainText('81% in October');
  const print = page.getByRole('button', { name: 'Print this page' });
  await expect(print).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(print).toBeHidden();
  await expect(page.locator('.govuk-service-navigation')).toBeHidden();
  await expect(page.locator('.govuk-footer')).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('a draft plan is not found, exactly as an unknown one', async ({ page }) => {
  for (const path of [
    `/published-plans/${encodeURIComponent(draftId)}`,
    `/published-plans/${encodeURIComponent(draftId)}/print`,
    '/published-plans/not-a-plan',
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expect(page.getByText(draftTitle)).toHaveCount(0);
  }
});

test('the published plans pages pass axe', async ({ page }) => {
  for (const path of [
    '/published-plans',
    '/published-plans?kind=NOT_A_KIND',
    `/published-plans/${encodeURIComponent(planId)}`,
    `/published-plans/${encodeURIComponent(planId)}/print`,
  ]) {
    await page.goto(path);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(results.violations, path).toEqual([]);
  }
});
