/**
 * Checks before what cannot be undone, for action plans: each person who submits, lays,
 * publishes or closes a plan first sees what will be recorded and what is still wrong (an
 * action without an owner, an action still open at closure), and goes on anyway or goes back.
 * The approver's edits go with the submission; a submission that would lose them is refused
 * and says so. Each step is taken by the role that takes it, by keyboard where it matters.
 */
import AxeBuilder from '@axe-core/playwright';
import {
  expect as baseExpect,
  test,
  type APIRequestContext,
  type Browser,
  type Page,
} from '@playwright/test';
import { graphql, mutate as mutateThroughApi } from '../support/api.ts';
import { dateInput, fillDate } from '../support/dates.ts';
import { scriptsReady } from '../support/scripts.ts';

test.describe.configure({ mode: 'serial', timeout: 180_000 });
const expect = baseExpect.configure({ timeout: 20_000 });

const forceName = 'Cleveland Police';
const title = 'Cleveland Police plan to call victims back';
const todayInLondon = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(
  new Date(),
);
const nextYear = String(Number(todayInLondon.slice(0, 4)) + 1);

interface Account {
  email: string;
  name: string;
  password: string;
}
const account = (key: string, name: string): Account => ({
  email: `checks-${key}@example.test`,
  name,
  password: `checks ${key} password`,
});
const people = {
  approver: account('approver', 'Ada Approver'),
  lead: account('lead', 'Lou Lead'),
  minister: account('minister', 'Mo Office'),
  pcc: account('pcc', 'Penny Commissioner'),
};
let planId = '';
const planPath = () => `/act/plans/${encodeURIComponent(planId)}`;

const mutate = (
  request: APIRequestContext,
  name: string,
  input: Record<string, unknown>,
  fields = 'id version',
) => mutateThroughApi(request, name, input, fields);

async function axe(page: Page, what: string) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(results.violations, what).toEqual([]);
}

async function signedInAs(browser: Browser, person: Account): Promise<Page> {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill(person.email);
  await page.getByLabel('Password').fill(person.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText(`Signed in as ${person.name}`)).toBeVisible();
  return page;
}

const banner = (page: Page) => page.getByRole('alert').filter({ hasText: 'Success' });
const check = (page: Page) => page.locator('[data-qa="check-move"]');

async function planVersion(request: APIRequestContext): Promise<number> {
  const data = await graphql(
    request,
    `
      query ($id: ID!) {
        actionPlan(id: $id) {
          version
        }
      }
    `,
    {
      id: planId,
    },
  );
  return data.actionPlan.version;
}

test.beforeAll(
  'a Cleveland plan in draft, its people, one action with no owner',
  async ({ request }) => {
    const found = await graphql(
      request,
      `
        {
          inspectorates {
            id
            shortName
          }
          ministers {
            id
            title
          }
          agencies(first: 50, filter: { kinds: [POLICE_FORCE], search: "Cleveland" }) {
            edges {
              node {
                id
                name
                localPolicingBody {
                  id
                }
              }
            }
          }
        }
      `,
    );
    const force = found.agencies.edges.find((edge: any) => edge.node.name === forceName).node;
    const hmicfrs = found.inspectorates.find((i: any) => i.shortName === 'HMICFRS').id;
    const homeSecretary = found.ministers.find((m: any) => m.title === 'Home Secretary').id;
    const roles = {
      approver: { role: 'AGENCY_APPROVER', organisationId: force.id },
      lead: { role: 'INSPECTORATE_LEAD', organisationId: hmicfrs },
      minister: { role: 'MINISTER_OFFICE', organisationId: homeSecretary },
      pcc: { role: 'POLICING_BODY_OFFICE', organisationId: force.localPolicingBody.id },
    };
    for (const [name, role] of Object.entries(roles))
      await mutate(
        request,
        'createAccount',
        { ...people[name as keyof typeof people], roles: [role] },
        'id',
      );
    const escalation = await mutate(
      request,
      'recordEscalation',
      {
        kind: 'ENHANCED_MONITORING',
        agencyId: force.id,
        inspectorateId: hmicfrs,
        issuedOn: todayInLondon,
        summary: `${forceName}: victims are not called back.`,
      },
      'id',
    );
    const plan = await mutate(request, 'openActionPlan', {
      agencyId: force.id,
      reason: 'ESCALATION',
      escalationId: escalation.id,
      reviewingInspectorateId: hmicfrs,
      title,
      summary: 'How Cleveland Police will call victims back.',
    });
    planId = plan.id;
    await mutate(request, 'saveActionPlanDraft', {
      planId,
      expectedVersion: plan.version,
      title,
      summary: 'How Cleveland Police will call victims back.',
      actions: [
        {
          description: 'Call every victim back',
          owner: 'Victim care',
          targetDate: `${nextYear}-06-30`,
        },
        { description: 'Publish call-back rates', owner: 'TBC', targetDate: `${nextYear}-09-30` },
      ],
    });
  },
);

test('the approver’s edit is saved, the check names the action with no owner, and goes with the submission', async ({
  browser,
}) => {
  const page = await signedInAs(browser, people.approver);
  await page.goto(planPath());
  await page.getByLabel('Owner').first().fill('Chief superintendent, victim care');
  await page.getByRole('button', { name: 'Save and submit to the inspectorate' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Check before you submit the plan to HMICFRS',
  );
  await expect(page.locator('[data-qa="draft-saved"]')).toContainText('not submitted yet');
  await expect(page.locator('[data-qa="still-wrong"]')).toHaveText('Action 2 has no owner.');
  await expect(page.locator('[data-qa="check-answers"]')).toContainText(
    'Owner: Chief superintendent, victim care.',
  );
  await axe(page, 'check before submitting');

  // Going back loses nothing: the edit was saved, and the plan is still a draft.
  await page.getByRole('link', { name: 'No, go back to the plan' }).click();
  await expect(page.getByLabel('Owner').first()).toHaveValue('Chief superintendent, victim care');
  await expect(page.getByRole('button', { name: 'Save the draft' })).toBeVisible();

  await page.getByLabel('Owner').nth(1).fill('Head of performance');
  await page.getByRole('button', { name: 'Save and submit to the inspectorate' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Are you sure you want to submit the plan to HMICFRS?',
  );
  await expect(page.locator('[data-qa="still-wrong"]')).toHaveCount(0);
  // By keyboard: the confirmation is a button reached with Tab and pressed with Enter.
  const yes = page.getByRole('button', { name: 'Yes, submit the plan' });
  await yes.focus();
  await page.keyboard.press('Enter');
  await expect(banner(page)).toContainText('Plan submitted to HMICFRS');
  await page.getByText(/^Version 1, submitted/).click();
  await expect(page.locator('.govuk-details__text')).toContainText(
    'Call every victim back (Chief superintendent, victim care, by 30 June',
  );
  await expect(page.locator('.govuk-details__text')).toContainText('(Head of performance, by');
  await page.context().close();
});

test('a submission that would lose a change made meanwhile is refused, and says so', async ({
  browser,
  request,
}) => {
  // Returned to the agency, so the approver can submit again.
  await mutate(request, 'moveActionPlan', {
    planId,
    expectedVersion: await planVersion(request),
    status: 'RETURNED',
    comment: 'Say how you will measure call-backs.',
  });
  const page = await signedInAs(browser, people.approver);
  await page.goto(planPath());
  await page.getByRole('button', { name: 'Save and submit to the inspectorate' }).click();
  await expect(check(page)).toBeVisible();
  // Someone else saves the draft while the check page is open.
  await mutate(request, 'saveActionPlanDraft', {
    planId,
    expectedVersion: await planVersion(request),
    title,
    summary: 'How Cleveland Police will call victims back, and measure it.',
    actions: [
      {
        description: 'Call every victim back',
        owner: 'Victim care',
        targetDate: `${nextYear}-06-30`,
      },
    ],
  });
  await page.getByRole('button', { name: 'Yes, submit the plan' }).click();
  await expect(page.locator('.govuk-error-summary')).toBeVisible();
  await expect(page.locator('.govuk-error-summary')).toContainText(/changed/i);
  await expect(banner(page)).toHaveCount(0);
  // Nothing was submitted: the plan is still with the agency, with the other person's change.
  await expect(page.getByLabel('Summary')).toHaveValue(
    'How Cleveland Police will call victims back, and measure it.',
  );
  await page.getByRole('button', { name: 'Save and submit to the inspectorate' }).click();
  await page.getByRole('button', { name: 'Yes, submit the plan' }).click();
  await expect(banner(page)).toContainText('Plan submitted to HMICFRS');
  await page.context().close();
});

test('the minister’s office checks the laying, changes the paper, and records it', async ({
  browser,
  request,
}) => {
  await mutate(request, 'moveActionPlan', {
    planId,
    expectedVersion: await planVersion(request),
    status: 'ACCEPTED',
  });
  const page = await signedInAs(browser, people.minister);
  await page.goto(planPath());
  const form = page.locator('form').filter({
    has: page.getByRole('button', { name: 'Record laying before Parliament' }),
  });
  await fillDate(dateInput(form, 'Date laid'), todayInLondon);
  await form.getByLabel('Paper reference').fill('CP 7001');
  await form.getByRole('button', { name: 'Record laying before Parliament' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Are you sure you want to record the laying before Parliament?',
  );
  await expect(page.locator('[data-qa="check-answers"]')).toContainText('CP 7001');
  await expect(page.locator('[data-qa="check-answers"]')).toContainText('Home Secretary');
  await axe(page, 'check before laying');

  // "Change" brings back the form with what was typed.
  await page.getByRole('button', { name: 'Change what you entered' }).click();
  await expect(page.getByLabel('Paper reference')).toHaveValue('CP 7001');
  await expect(dateInput(page, 'Date laid').getByLabel('Year')).toHaveValue(
    todayInLondon.slice(0, 4),
  );
  await page.getByLabel('Paper reference').fill('CP 7002');
  await page.getByRole('button', { name: 'Record laying before Parliament' }).click();
  await expect(page.locator('[data-qa="check-answers"]')).toContainText('CP 7002');
  // Nothing is recorded until the person says yes.
  await expect(page.getByRole('button', { name: 'Yes, record the laying' })).toBeVisible();
  await page.getByRole('button', { name: 'Yes, record the laying' }).click();
  await expect(banner(page)).toContainText('Laying before Parliament recorded');
  await expect(page.locator('.govuk-summary-list').first()).toContainText('(CP 7002)');
  await page.context().close();
});

test('a correction opened before the page’s scripts have run stays open once they run', async ({
  browser,
}) => {
  const page = await signedInAs(browser, people.minister);
  // Hold the page's scripts back, as a slow connection would, until the details is opened.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  // Scripts only: the stylesheet must load, or nothing is drawn to click.
  await page.route('**/_app/immutable/**/*.js', async (route) => {
    await held;
    await route.continue();
  });
  // Module scripts hold DOMContentLoaded back, so wait only for the page's HTML.
  await page.goto(planPath(), { waitUntil: 'commit' });
  await page.getByText('Correct the laying').click();
  const details = page.locator('details').filter({ hasText: 'Correct the laying' });
  await expect(details).toHaveAttribute('open', '');
  release();
  await scriptsReady(page);
  await expect(details).toHaveAttribute('open', '');
  await expect(details.getByLabel('Why it is corrected')).toBeVisible();
  await page.context().close();
});

test('the PCC’s office checks the publication and records it', async ({ browser }) => {
  const page = await signedInAs(browser, people.pcc);
  await page.goto(planPath());
  await fillDate(dateInput(page, 'Date published'), todayInLondon);
  await page.getByLabel('Public web address').fill('https://www.cleveland.pcc.police.uk/plan');
  await page.getByRole('button', { name: 'Record publication' }).click();
  await expect(page.locator('[data-qa="check-answers"]')).toContainText(
    'https://www.cleveland.pcc.police.uk/plan',
  );
  await axe(page, 'check before publishing');
  await page.getByRole('button', { name: 'Yes, record the publication' }).click();
  await expect(banner(page)).toContainText('Publication recorded');
  await page.context().close();
});

test('the inspectorate lead is told the action still open before closing, and closes anyway', async ({
  browser,
  request,
}) => {
  await mutate(request, 'moveActionPlan', {
    planId,
    expectedVersion: await planVersion(request),
    status: 'IN_FOLLOW_UP',
  });
  const page = await signedInAs(browser, people.lead);
  await page.goto(planPath());
  await page.getByRole('button', { name: 'Close the plan' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Check before you close the plan',
  );
  await expect(page.locator('[data-qa="still-wrong"]')).toHaveText(
    'Action 1 is not done or dropped: closing the plan ends its follow-up.',
  );
  await axe(page, 'check before closing');
  await page.getByRole('link', { name: 'No, go back to the plan' }).click();
  await expect(page.getByRole('button', { name: 'Close the plan' })).toBeVisible();

  await page.getByRole('button', { name: 'Close the plan' }).click();
  await page.getByRole('button', { name: 'Close anyway' }).click();
  await expect(banner(page)).toContainText('Plan closed');
  await expect(page.locator('[data-qa="plan-history"]')).toContainText('Closed on');
  await page.context().close();
});
