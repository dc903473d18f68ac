/**
 * My work as a minister's office meets it: after signing in, the Urgent Notification response
 * it owes is there with its due date, the header counts it, and the person chooses their
 * reminders on their account page.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { graphql } from '../support/api.ts';

test.describe.configure({ mode: 'serial' });

const office = {
  email: 'justice-office@example.test',
  name: 'Jo Justice',
  password: 'justice office password',
};
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
const title = 'Respond publicly to the Urgent Notification on HM Prison and Probation Service';
const axe = (page: Page) =>
  new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();

let officePage: Page;

/** A fresh browser, signed in through the sign-in page with no page asked for first. */
async function signIn(browser: Browser, account: typeof office): Promise<Page> {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText(`Signed in as ${account.name}`)).toBeVisible();
  return page;
}

test('the minister’s office lands on its work after signing in, with the Urgent Notification response due in 28 days', async ({
  browser,
  request,
}) => {
  const scene = await graphql(
    request,
    `
      {
        ministers {
          id
          title
        }
        inspectorates {
          id
          shortName
        }
        agencies(first: 5, filter: { kinds: [HMPPS] }) {
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
  const lordChancellor = scene.ministers.find((m: any) => m.title.startsWith('Lord Chancellor')).id;
  const created = await graphql(
    request,
    `
      mutation ($input: CreateAccountInput!) {
        createAccount(input: $input) {
          __typename
        }
      }
    `,
    {
      input: { ...office, roles: [{ role: 'MINISTER_OFFICE', organisationId: lordChancellor }] },
    },
  );
  expect(created.createAccount.__typename).toBe('MutationCreateAccountSuccess');
  const recorded = await graphql(
    request,
    `
      mutation ($input: RecordEscalationInput!) {
        recordEscalation(input: $input) {
          __typename
          ... on MutationRecordEscalationSuccess {
            data {
              responseDueOn
            }
          }
        }
      }
    `,
    {
      input: {
        kind: 'URGENT_NOTIFICATION',
        agencyId: scene.agencies.edges[0].node.id,
        inspectorateId: scene.inspectorates.find((i: any) => i.shortName === 'HMI Prisons').id,
        issuedOn: today,
        summary: 'Victims are not told when prisoners are released on temporary licence.',
      },
    },
  );
  expect(recorded.recordEscalation.data.responseDueOn).toBe(inDays(today, 28));

  officePage = await signIn(browser, office);
  await expect(officePage).toHaveURL(/\/my-work$/);
  await expect(officePage.getByRole('heading', { level: 1 })).toHaveText('My work');
  await expect(
    officePage.getByText(
      'What the Lord Chancellor and Secretary of State for Justice must do next',
    ),
  ).toBeVisible();
  const row = officePage.locator('[data-qa="work"] tbody tr').filter({ hasText: title });
  await expect(row).toContainText(`Due ${longDate(inDays(today, 28))}`);
  // Work is grouped by what to do: the row sits in the group of public responses.
  await expect(
    officePage.locator('[data-qa="work"]').filter({ hasText: title }).locator('caption'),
  ).toContainText('Public response to an Urgent Notification');
  await expect(row).not.toContainText('Overdue');
  await expect(officePage.locator('[data-qa="work-counts"]')).toContainText('1 to do');
  await expect(officePage.locator('[data-qa="my-work-link"]')).toHaveText(
    /^\s*My work\s*\(1 item\)\s*$/,
  );

  expect((await axe(officePage)).violations).toEqual([]);

  await row.getByRole('link', { name: title }).click();
  await expect(officePage).toHaveURL(/\/track\/escalations#escalation-/);
  // The count follows the person across the service, on the public pages too.
  await officePage.goto('/ratings');
  await expect(officePage.locator('[data-qa="my-work-link"]')).toHaveText(/My work\s*\(1 item\)/);
});

test('the person chooses which reminders they get, on their account page', async () => {
  await officePage.goto('/my-work');
  await officePage.getByRole('link', { name: 'Choose which reminders you get' }).click();
  await expect(officePage).toHaveURL(/\/account#reminders$/);
  const reminders = officePage.getByRole('group', { name: 'Remind me' });
  for (const offset of [
    '30 days before the due date',
    '7 days before the due date',
    '1 day before the due date',
    'On the first day it is overdue',
  ]) {
    await expect(reminders.getByLabel(offset)).toBeChecked();
  }
  await reminders.getByLabel('7 days before the due date').uncheck();
  await officePage.getByLabel('In this service only').check();
  await officePage.getByRole('button', { name: 'Save reminders' }).click();
  await expect(officePage.getByRole('alert').filter({ hasText: 'Success' })).toContainText(
    'Your choice of reminders is saved.',
  );
  await expect(reminders.getByLabel('7 days before the due date')).not.toBeChecked();
  await expect(reminders.getByLabel('1 day before the due date')).toBeChecked();
  await expect(officePage.getByLabel('In this service only')).toBeChecked();
  expect((await axe(officePage)).violations).toEqual([]);
});

test('an administrator, who works for no one organisation, is told so on an empty page that passes axe', async ({
  page,
}) => {
  await page.goto('/my-work');
  await expect(page.getByText('Your roles are not held in any one organisation')).toBeVisible();
  await expect(page.locator('[data-qa="nothing-to-do"]')).toBeVisible();
  await expect(page.locator('[data-qa="my-work-link"]')).toHaveText(/My work\s*\(0 items\)/);
  expect((await axe(page)).violations).toEqual([]);
});
