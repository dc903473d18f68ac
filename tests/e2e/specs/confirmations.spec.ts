/**
 * Confirmations before what acts at once and cannot be taken back: an administrator ending a
 * person's role, and a planner cancelling an inspection (which asks for the reason it keeps).
 * Each says what will happen; "No" leaves everything as it was.
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
import { scriptsReady } from '../support/scripts.ts';

test.describe.configure({ mode: 'serial', timeout: 120_000 });
const expect = baseExpect.configure({ timeout: 20_000 });

const planner = {
  email: 'confirm-planner@example.test',
  name: 'Cal Planner',
  password: 'confirm planner password',
};
const title = 'Victims of fraud: confirmations';
let plannerId = '';
let inspectionId = '';

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

async function signedInAs(browser: Browser, person: typeof planner): Promise<Page> {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill(person.email);
  await page.getByLabel('Password').fill(person.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText(`Signed in as ${person.name}`)).toBeVisible();
  return page;
}

test.beforeAll(async ({ request }) => {
  const scene = await graphql(
    request,
    `
      {
        inspectorates {
          id
          shortName
        }
        agencies(first: 1, filter: { kinds: [POLICE_FORCE] }) {
          edges {
            node {
              id
            }
          }
        }
      }
    `,
  );
  const hmicfrs = scene.inspectorates.find((i: any) => i.shortName === 'HMICFRS').id;
  plannerId = (
    await mutate(
      request,
      'createAccount',
      {
        ...planner,
        roles: [
          { role: 'INSPECTORATE_PLANNER', organisationId: hmicfrs },
          { role: 'INSPECTORATE_LEAD', organisationId: hmicfrs },
        ],
      },
      'id',
    )
  ).id;
  const programme = await mutate(request, 'createProgramme', {
    title: 'Programme 2037 to 2039: confirmations',
    startsOn: '2037-04-01',
    endsOn: '2039-03-31',
  });
  inspectionId = (
    await mutate(request, 'addInspection', {
      programmeId: programme.id,
      title,
      kind: 'JOINT_THEMATIC',
      victimsThematic: true,
      theme: 'Fraud',
      scopeStatement: 'How police and prosecutors support victims of fraud.',
      leadInspectorateId: hmicfrs,
      partnerInspectorateIds: [],
      agencyKindsInScope: ['POLICE_FORCE'],
      localityIds: [scene.agencies.edges[0].node.id],
      phases: [
        { kind: 'SCOPING', plannedStart: '2037-04-01', plannedEnd: '2037-04-04' },
        { kind: 'FIELDWORK', plannedStart: '2037-04-07', plannedEnd: '2037-05-30' },
        { kind: 'REPORTING', plannedStart: '2037-06-02', plannedEnd: '2037-06-27' },
        { kind: 'PUBLICATION', plannedStart: '2037-06-30', plannedEnd: '2037-06-30' },
      ],
    })
  ).id;
});

test('leaving an edited form warns, where scripts run; sending it does not', async ({
  browser,
}) => {
  const page = await signedInAs(browser, planner);
  const edit = `/plan/inspections/${encodeURIComponent(inspectionId)}/edit`;
  const dialogs: string[] = [];
  let answer = false;
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void (answer ? dialog.accept() : dialog.dismiss());
  });
  await page.goto(edit);
  await scriptsReady(page);
  // Unchanged, the page is left without a word.
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  expect(dialogs).toEqual([]);

  await page.goto(edit);
  await scriptsReady(page);
  await page.getByLabel('Title').fill(`${title} (renamed)`);
  await page.locator('.govuk-back-link').click();
  await expect.poll(() => dialogs.length).toBe(1);
  expect(dialogs[0]).toMatch(/^confirm: You have changes that are not saved/);
  // Staying keeps what was typed.
  await expect(page.getByLabel('Title')).toHaveValue(`${title} (renamed)`);
  await expect(page).toHaveURL(/\/edit$/);

  // Sending the form is not leaving it: no warning, and the change is saved.
  await page.getByRole('button', { name: 'Save the changes' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${title} (renamed)`);
  expect(dialogs).toHaveLength(1);

  // Closing the tab with changes asks the browser to warn (beforeunload).
  await page.goto(edit);
  await scriptsReady(page);
  await page.getByLabel('Title').fill(title);
  answer = true;
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => dialogs.length).toBe(2);
  expect(dialogs[1]).toMatch(/^beforeunload/);
  await page.context().close();
});

test('a form that came back with errors counts as unsaved: what was typed is not saved', async ({
  browser,
}) => {
  const page = await signedInAs(browser, planner);
  const edit = `/plan/inspections/${encodeURIComponent(inspectionId)}/edit`;
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.goto(edit);
  await scriptsReady(page);
  await page.getByLabel('Title').fill('');
  await page.getByRole('button', { name: 'Save the changes' }).click();
  await expect(page.locator('.govuk-error-summary')).toBeVisible();
  await scriptsReady(page);
  // Nothing typed since it came back, and still leaving would lose what was sent and refused.
  await page.locator('.govuk-back-link').click();
  await expect.poll(() => dialogs.length).toBe(1);
  expect(dialogs[0]).toMatch(/^confirm: You have changes that are not saved/);
  await expect(page.locator('.govuk-error-summary')).toBeVisible();
  await page.context().close();
});

test('a planner is asked to confirm cancelling an inspection, and for the reason', async ({
  browser,
}) => {
  const page = await signedInAs(browser, planner);
  const path = `/plan/inspections/${encodeURIComponent(inspectionId)}`;
  await page.goto(path);
  await page.getByRole('button', { name: 'Cancel the inspection' }).click();
  const confirm = page.locator('[data-qa="confirm-cancel"]');
  // The inspection was renamed by the test before.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    `Are you sure you want to cancel ${title} (renamed)?`,
  );
  await expect(confirm).toContainText('cannot be undone');
  await axe(page, 'confirm cancelling an inspection');

  // No reason: refused on its field, still on the confirmation, nothing cancelled.
  await page.getByRole('button', { name: 'Yes, cancel the inspection' }).click();
  await expect(page.locator('.govuk-error-summary')).toContainText('Say why the inspection');
  await expect(page.locator('#reason-error')).toBeVisible();
  await expect(confirm).toBeVisible();

  await page.getByRole('link', { name: 'No, keep the inspection' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${title} (renamed)`);
  await expect(page.getByText(/^Cancelled:/)).toHaveCount(0);

  await page.getByRole('button', { name: 'Cancel the inspection' }).click();
  await page
    .getByLabel('Why it is cancelled')
    .fill('The fraud thematic moves to the next programme.');
  await page.getByRole('button', { name: 'Yes, cancel the inspection' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Success' })).toContainText(
    'Inspection cancelled',
  );
  await expect(
    page.getByText('Cancelled: The fraud thematic moves to the next programme.'),
  ).toBeVisible();
  await page.context().close();
});

test('an administrator is asked to confirm ending a role, which names the role and the person', async ({
  page,
}) => {
  await page.goto(`/admin/accounts/${encodeURIComponent(plannerId)}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cal Planner');
  await expect(page.locator('main')).toContainText('Inspectorate lead');
  await page.getByRole('button', { name: /^End role ?: Inspectorate lead,/ }).click();
  const confirm = page.locator('[data-qa="confirm-end-role"]');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(
    'Are you sure you want to end Cal Planner’s role as Inspectorate lead',
  );
  await expect(confirm).toContainText('It ends at once');
  await axe(page, 'confirm ending a role');

  await page.getByRole('link', { name: 'No, keep the role' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cal Planner');
  const lead = page.getByRole('row').filter({ hasText: 'Inspectorate lead' });
  await expect(lead).not.toContainText('ended');

  await page.getByRole('button', { name: /^End role ?: Inspectorate lead,/ }).click();
  await page.getByRole('button', { name: 'Yes, end the role' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Success' })).toContainText('Role ended');
  await expect(lead).toContainText('ended');
  // The other role is untouched.
  await expect(page.getByRole('row').filter({ hasText: 'Inspectorate planner' })).not.toContainText(
    'ended',
  );
});
