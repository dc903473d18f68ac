/**
 * Forms and recorded facts people can trust: GOV.UK date inputs with the Design System's
 * messages, a laying date in the future refused, every problem of an inspection at once, the
 * approver's edits carried by the submission, a check before agreeing a programme, and one
 * answer about whether Gwent owes a plan once its plan is published, on every page.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect as baseExpect, test, type APIRequestContext, type Page } from '@playwright/test';
import { graphql, mutate as mutateThroughApi } from '../support/api.ts';
import { dateInput, fillDate } from '../support/dates.ts';
import { scriptsReady } from '../support/scripts.ts';
import { goOnAfterCheck } from '../support/checks.ts';

// Each test walks several pages; on a busy machine that takes longer than the default.
test.describe.configure({ mode: 'serial', timeout: 180_000 });
const expect = baseExpect.configure({ timeout: 20_000 });

const force = 'Gwent Police';
const title = 'Gwent Police plan to keep victims informed';
const todayInLondon = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(
  new Date(),
);
const [year] = todayInLondon.split('-') as [string, string, string];
const nextYear = String(Number(year) + 1);

async function axe(page: Page, what: string) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(results.violations, what).toEqual([]);
}

/** Sets up a record through the API; this journey's records bring their versions back. */
const mutate = (
  request: APIRequestContext,
  name: string,
  input: Record<string, unknown>,
  fields = 'id version',
) => mutateThroughApi(request, name, input, fields);

let planPath = '';

test('Gwent, rated inadequate, owes a plan on every page until its plan is drafted', async ({
  page,
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
  const peel = ids.ratingFrameworks.find((f: { name: string }) => f.name === 'PEEL');
  const rating = await mutate(
    request,
    'recordRating',
    {
      agencyId,
      frameworkId: peel.id,
      areaCode: 'TREATMENT_OF_VICTIMS',
      gradeId: peel.grades.find((g: { label: string }) => g.label === 'Inadequate').id,
      ratedOn: `${year}-01-05`,
      rationale: 'Victims are not told what is happening in their cases.',
    },
    'id',
  );
  await expectOwed(page, true);

  const plan = await mutate(request, 'openActionPlan', {
    agencyId,
    reason: 'RATING',
    ratingId: rating.id,
    reviewingInspectorateId: ids.inspectorates.find(
      (i: { shortName: string }) => i.shortName === 'HMICFRS',
    ).id,
    title,
    summary: 'How Gwent Police will keep victims informed of their cases.',
  });
  planPath = `/act/plans/${encodeURIComponent(plan.id)}`;
  // A plan under way does not end the duty: only a published plan does.
  await expectOwed(page, true);
});

test('the approver’s edits go with the submission, and the check confirms it', async ({ page }) => {
  await page.goto(planPath);
  await page.getByLabel('What will be done').first().fill('Call every victim within 48 hours');
  await page.getByLabel('Owner').first().fill('Head of public protection');
  await fillDate(dateInput(page, 'Target date').first(), `${nextYear}-03-31`);
  await page.getByRole('button', { name: 'Save the draft' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Success' })).toContainText('Draft saved');

  // The owner changes, and the approver submits straight away: the change is not lost.
  await page.getByLabel('Owner').first().fill('Chief superintendent, victim care');
  await page.getByRole('button', { name: 'Save and submit to the inspectorate' }).click();
  await goOnAfterCheck(page);
  await expect(page.getByRole('alert').filter({ hasText: 'Success' })).toContainText(
    'Plan submitted to HMICFRS',
  );
  await page.getByText(/^Version 1, submitted/).click();
  await expect(page.locator('.govuk-details__text')).toContainText(
    'Call every victim within 48 hours (Chief superintendent, victim care, by 31 March',
  );

  // The Accept and Return forms each have their own comment box.
  const accept = page.getByLabel('Comments (optional)');
  await expect(accept).toHaveAttribute('id', 'comment-ACCEPTED');
  await expect(page.getByLabel('Comments for the agency')).toHaveAttribute(
    'id',
    'comment-RETURNED',
  );
  await page.getByRole('button', { name: 'Accept the plan' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Success' })).toContainText(
    'Plan accepted',
  );
});

test('a laying date in the future or not a real date is refused on its field, by keyboard', async ({
  page,
}) => {
  await page.goto(planPath);
  const laying = dateInput(page, 'Date laid');
  await laying.getByLabel('Day').focus();
  await page.keyboard.type('1');
  await page.keyboard.press('Tab');
  await page.keyboard.type('6');
  await page.keyboard.press('Tab');
  await page.keyboard.type(nextYear);
  await page.keyboard.press('Tab');
  await page.keyboard.type('CP 2026');
  await page.keyboard.press('Enter');

  const summary = page.locator('.govuk-error-summary');
  await expect(summary).toContainText('Date laid must be today or in the past');
  await expect(page.locator('#laidOn-error')).toContainText(
    'Date laid must be today or in the past',
  );
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.locator('#laidOn')).toHaveValue('1');
  // The summary's link leads to the field itself.
  await scriptsReady(page);
  await summary.getByRole('link', { name: 'Date laid must be today or in the past' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#laidOn')).toBeFocused();
  await axe(page, 'plan page with a date error');

  await fillDate(dateInput(page, 'Date laid'), `${year}-02-31`);
  await page.getByRole('button', { name: 'Record laying before Parliament' }).click();
  await expect(summary).toContainText('Date laid must be a real date');

  await dateInput(page, 'Date laid').getByLabel('Month').fill('');
  await page.getByRole('button', { name: 'Record laying before Parliament' }).click();
  await expect(summary).toContainText('Date laid must include a month');
  await expect(summary).not.toContainText('Expected type');

  await fillDate(dateInput(page, 'Date laid'), todayInLondon);
  await page.getByRole('button', { name: 'Record laying before Parliament' }).click();
  await goOnAfterCheck(page);
  await expect(page.getByRole('alert').filter({ hasText: 'Success' })).toContainText(
    'Laying before Parliament recorded',
  );
  await expect(page.locator('.govuk-summary-list')).toContainText('(CP 2026)');
  // Laid, not yet published: the duty stands.
  await expectOwed(page, true);
  await page.context().clearCookies();
  await expectOwedInPublic(page, true);
});

test('once its plan is published, Gwent no longer owes one, on every page, public and staff', async ({
  page,
}) => {
  await page.goto(planPath);
  await fillDate(dateInput(page, 'Date published'), todayInLondon);
  await page.getByLabel('Public web address').fill('https://www.gwent.pcc.police.uk/victims-plan');
  await page.getByRole('button', { name: 'Record publication' }).click();
  await goOnAfterCheck(page);
  await expect(page.getByRole('alert').filter({ hasText: 'Success' })).toContainText(
    'Publication recorded',
  );
  await expectOwed(page, false);
  await page.context().clearCookies();
  await expectOwedInPublic(page, false);
});

test('the minister’s office corrects the laying with a reason; the public page shows the corrected paper and when', async ({
  page,
}) => {
  await page.goto(planPath);
  // Opened before the page is hydrated, the details could be drawn closed again.
  await scriptsReady(page);
  await page.getByText('Correct the laying').click();
  await expect(
    page.locator('form[action="?/correct"]').getByLabel('Paper reference').first(),
  ).toBeVisible();
  const correction = page.locator('form[action="?/correct"]');
  await correction.getByLabel('Paper reference').fill('CP 2027');
  await correction.getByRole('button', { name: 'Save the correction' }).click();
  await expect(page.locator('.govuk-error-summary')).toContainText('Say why it is corrected');
  await expect(page.locator('#reason-LAYING-error')).toBeVisible();
  await correction.getByLabel('Why it is corrected').first().fill('The paper number was mistyped.');
  await page.getByRole('button', { name: 'Save the correction' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Success' })).toContainText(
    'Laying corrected',
  );
  await expect(page.locator('[data-qa="plan-history"]')).toContainText('(CP 2026) to ');
  await expect(page.locator('[data-qa="plan-history"]')).toContainText(
    '(CP 2027): The paper number was mistyped.',
  );

  await page.context().clearCookies();
  await page.goto(planPath.replace('/act/plans/', '/published-plans/'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.locator('[data-qa="plan-facts"]')).toContainText('CP 2027');
  await expect(page.locator('[data-qa="plan-facts"]')).not.toContainText('CP 2026');
  await expect(page.locator('[data-qa="laid-corrected"]')).toContainText('corrected on');
  await axe(page, 'public plan page with a correction');
});

test('an inspection with three phases ending before they start: every problem in one summary', async ({
  page,
}) => {
  await page.goto('/plan');
  await page.getByLabel('Title').fill('Programme for the forms checks');
  await fillDate(dateInput(page, 'Start date'), '2034-04-01');
  await page.getByRole('button', { name: 'Start a draft programme' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Success' })).toContainText(
    'Draft programme started',
  );
  await expect(page.locator('.govuk-caption-l')).toHaveText('1 April 2034 to 31 March 2036');
  await page.getByRole('link', { name: 'Add an inspection' }).click();

  const form = page.locator('form');
  await form.getByLabel('Title').fill('Victims of stalking');
  await form.getByLabel('Joint thematic').check();
  await form.getByLabel('Theme').fill('Stalking');
  await form.getByLabel('Scope').fill('How police and CPS support victims of stalking.');
  await form.getByLabel('Lead inspectorate').selectOption({ index: 1 });
  await form
    .getByRole('group', { name: 'Kinds of agency in scope' })
    .getByLabel('Police forces', { exact: true })
    .check();
  const phases: Array<[string, string, string]> = [
    ['Scoping', '2034-09-30', '2034-09-01'],
    ['Fieldwork', '2035-03-26', '2035-03-01'],
    ['Reporting', '2035-06-01', '2035-09-30'],
    ['Publication', '2035-10-14', '2035-10-13'],
  ];
  for (const [phase, start, end] of phases) {
    const group = form.getByRole('group', { name: phase, exact: true });
    await fillDate(dateInput(group, 'Starts'), start);
    await fillDate(dateInput(group, 'Ends'), end);
  }
  await form.getByRole('button', { name: 'Add the inspection' }).click();

  const links = page.locator('.govuk-error-summary a');
  await expect(links).toHaveText([
    'Scoping: planned end must be on or after the planned start.',
    'Fieldwork: planned end must be on or after the planned start.',
    'Publication: planned end must be on or after the planned start.',
  ]);
  for (const link of await links.all()) {
    const href = (await link.getAttribute('href'))!;
    await expect(page.locator(href), href).toHaveCount(1);
  }
  await expect(page.locator('#plannedEnd-FIELDWORK-error')).toBeVisible();
  await axe(page, 'add an inspection with errors');

  // A date that does not exist is a GOV.UK error on its own field, never GraphQL's words.
  await fillDate(dateInput(form.getByRole('group', { name: 'Reporting' }), 'Ends'), '2035-09-31');
  await form.getByRole('button', { name: 'Add the inspection' }).click();
  await expect(page.locator('.govuk-error-summary')).toContainText(
    'Reporting end date must be a real date',
  );
  await expect(page.locator('#plannedEnd-REPORTING-error')).toBeVisible();
});

test('agreeing a programme asks first, names what is still wrong, and confirms', async ({
  page,
}) => {
  await page.goto('/plan');
  await page.getByRole('link', { name: 'Programme for the forms checks' }).click();
  await page.getByRole('button', { name: 'Mark as agreed by the inspectorates' }).click();
  const check = page.locator('[data-qa="confirm-move"]');
  await expect(check).toContainText(/agree the programme/);
  await axe(page, 'check before agreeing');
  await check.getByRole('link', { name: 'No, go back' }).click();
  await expect(
    page.getByRole('button', { name: 'Mark as agreed by the inspectorates' }),
  ).toBeVisible();
  await expect(page.locator('[data-qa="status-history"]')).not.toContainText('Agreed');

  await page.getByRole('button', { name: 'Mark as agreed by the inspectorates' }).click();
  await page.getByRole('button', { name: /^(Yes, agree the programme|Agree anyway)$/ }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Success' })).toContainText(
    'Programme agreed',
  );
});

/** Whether Gwent owes a plan, as /rate (tag and count) and its agency page say. */
async function expectOwed(page: Page, owed: boolean) {
  await page.goto('/rate?kind=POLICE_FORCE');
  const row = page.locator('[data-qa="ratings-table"] tbody tr').filter({ hasText: force });
  const tagged = page
    .locator('[data-qa="ratings-table"] tbody tr')
    .filter({ hasText: 'Owes an action plan' });
  const count = await tagged.count();
  await expect(page.locator('[data-qa="owing-summary"]')).toContainText(
    `${count} owe${count === 1 ? 's' : ''} an action plan`,
  );
  if (owed) await expect(row).toContainText('Owes an action plan');
  else await expect(row).not.toContainText('Owes an action plan');
  await page.goto((await row.getByRole('link', { name: force }).getAttribute('href'))!);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(force);
  await expect(page.locator('[data-qa="action-plan-owed"]')).toHaveCount(owed ? 1 : 0);
}

/** Whether Gwent owes a plan, as the public's pages say: its agency page and its ratings page. */
async function expectOwedInPublic(page: Page, owed: boolean) {
  await page.goto('/agencies?search=Gwent%20Police');
  await page.getByRole('link', { name: force, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(force);
  await expect(page.locator('[data-qa="action-plan-owed"]')).toHaveCount(owed ? 1 : 0);
  await page.goto('/ratings?kind=POLICE_FORCE');
  await page.getByRole('link', { name: force, exact: true }).first().click();
  await expect(page.locator('[data-qa="action-plan-owed"]')).toHaveCount(owed ? 1 : 0);
}
