/**
 * An inspectorate planner staffs an inspection's fieldwork and records its inspectorate's
 * capacity for the quarter from the inspection page, and the over-capacity warning appears
 * once the staffing exceeds it.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { graphql } from '../support/api.ts';

// Generous: the machine these run on is shared and slow to answer at times.
test.describe.configure({ mode: 'serial', timeout: 120_000 });

const planner = {
  email: 'hmicfrs-planner@example.test',
  name: 'Pat Planner',
  password: 'hmicfrs planner password',
};
const title = 'Victims of stalking: staffing test';
let inspectionId = '';
let page: Page;

async function signIn(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const signedIn = await context.newPage();
  await signedIn.goto('/sign-in');
  await signedIn.getByLabel('Email address').fill(planner.email);
  await signedIn.getByLabel('Password').fill(planner.password);
  await signedIn.getByRole('button', { name: 'Sign in' }).click();
  await expect(signedIn.getByText(`Signed in as ${planner.name}`)).toBeVisible();
  return signedIn;
}

async function mutate(request: any, name: string, input: Record<string, unknown>) {
  const type = `${name[0]!.toUpperCase()}${name.slice(1)}`;
  const data = await graphql(
    request,
    `mutation ($input: ${type}Input!) { ${name}(input: $input) { __typename ... on Error { message } ... on Mutation${type}Success { data { id } } } }`,
    { input },
  );
  expect(data[name].__typename, JSON.stringify(data)).toBe(`Mutation${type}Success`);
  return data[name].data;
}

test.beforeAll(async ({ request, browser }) => {
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
  const inspectorate = (name: string) =>
    scene.inspectorates.find((i: { shortName: string }) => i.shortName === name).id;
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
      input: {
        ...planner,
        roles: [{ role: 'INSPECTORATE_PLANNER', organisationId: inspectorate('HMICFRS') }],
      },
    },
  );
  expect(created.createAccount.__typename).toBe('MutationCreateAccountSuccess');
  const programme = await mutate(request, 'createProgramme', {
    title: 'Programme 2031 to 2033: staffing test',
    startsOn: '2031-04-01',
    endsOn: '2033-03-31',
  });
  const inspection = await mutate(request, 'addInspection', {
    programmeId: programme.id,
    title,
    kind: 'JOINT_THEMATIC',
    victimsThematic: true,
    theme: 'Stalking',
    scopeStatement: 'How police and prosecutors keep victims of stalking safe and informed.',
    leadInspectorateId: inspectorate('HMICFRS'),
    partnerInspectorateIds: [inspectorate('HMCPSI')],
    agencyKindsInScope: ['POLICE_FORCE'],
    localityIds: [scene.agencies.edges[0].node.id],
    phases: [
      { kind: 'SCOPING', plannedStart: '2031-04-01', plannedEnd: '2031-04-04' },
      { kind: 'FIELDWORK', plannedStart: '2031-04-07', plannedEnd: '2031-05-30' },
      { kind: 'REPORTING', plannedStart: '2031-06-02', plannedEnd: '2031-06-27' },
      { kind: 'PUBLICATION', plannedStart: '2031-06-30', plannedEnd: '2031-06-30' },
    ],
  });
  inspectionId = inspection.id;
  page = await signIn(browser);
});

test('a planner records capacity and staffing, and staffing beyond the capacity is warned of', async () => {
  await page.goto(`/plan/inspections/${encodeURIComponent(inspectionId)}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  const capacity = page.locator('[data-qa="capacity"]');
  await expect(capacity.getByRole('row', { name: /Apr to Jun 2031/ })).toContainText('Not set');

  const form = page.locator('[data-qa="capacity-form"]');
  await form.getByLabel('Inspectorate').selectOption({ label: 'HMICFRS' });
  await form.getByLabel('Quarter').selectOption({ label: 'Apr to Jun 2031' });
  await form.getByLabel('Inspector-weeks it can give').fill('6');
  await form.getByRole('button', { name: 'Save the capacity' }).click();
  await expect(page.getByRole('alert')).toContainText('The capacity is saved.');
  await expect(page.getByRole('alert')).toContainText('No inspectorate is planned beyond');
  await expect(capacity.getByRole('row', { name: /Apr to Jun 2031/ })).toContainText('6');

  // A bad number is refused beside its box, and nothing is saved.
  const fieldwork = page.locator('[data-qa="staffing-FIELDWORK"]');
  await fieldwork.getByLabel('HMICFRS inspector-weeks').fill('-2');
  await fieldwork.getByRole('button', { name: /Save the staffing/ }).click();
  await expect(page.locator('.govuk-error-summary')).toContainText('cannot be negative');

  await fieldwork.getByLabel('HMICFRS inspector-weeks').fill('9');
  await fieldwork.getByLabel('HMCPSI inspector-weeks').fill('3');
  await fieldwork.getByRole('button', { name: /Save the staffing/ }).click();
  await expect(page.getByRole('alert')).toContainText('The staffing is saved.');
  await expect(page.getByRole('alert')).toContainText(
    'An inspectorate is now planned beyond its capacity',
  );
  await expect(
    page.getByText(
      /HMICFRS is planned for 9 inspector-weeks in Apr to Jun 2031, over its capacity of 6/,
    ),
  ).toBeVisible();
  await expect(page.locator('[data-qa="phases"]')).toContainText('HMICFRS 9, HMCPSI 3');

  // Raising the capacity clears the warning.
  await form.getByLabel('Quarter').selectOption({ label: 'Apr to Jun 2031' });
  await form.getByLabel('Inspector-weeks it can give').fill('10');
  await form.getByRole('button', { name: 'Save the capacity' }).click();
  await expect(page.getByRole('alert')).toContainText('No inspectorate is planned beyond');
  await expect(page.getByText(/over its capacity/)).toHaveCount(0);
});

test('a planner changes the inspection’s details and partners while the programme is a draft', async () => {
  await page.goto(`/plan/inspections/${encodeURIComponent(inspectionId)}`);
  await page
    .getByRole('link', { name: 'Change the title, scope, inspectorates or localities' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Change the inspection');
  await expect(page.getByLabel('Title')).toHaveValue(title);
  await page.getByLabel('Scope').fill('Too short');
  await page.getByRole('button', { name: 'Save the changes' }).click();
  await expect(page.locator('.govuk-error-summary')).toContainText('at least 10 characters');
  await page
    .getByLabel('Scope')
    .fill('How police, prosecutors and probation keep victims of stalking safe and informed.');
  await page.getByLabel('HM Inspectorate of Probation').check();
  await page.getByRole('button', { name: 'Save the changes' }).click();
  await expect(page.getByRole('alert')).toContainText('The inspection’s details are saved.');
  await expect(page.locator('.govuk-summary-list')).toContainText('probation keep victims');
  await expect(page.locator('.govuk-summary-list')).toContainText('HMCPSI, HMI Probation');
  // The new partner can now be staffed.
  await expect(
    page.locator('[data-qa="staffing-FIELDWORK"]').getByLabel('HMI Probation inspector-weeks'),
  ).toBeVisible();
});
