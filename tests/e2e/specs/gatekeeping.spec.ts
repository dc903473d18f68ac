/**
 * Gatekeeping, as HMICFRS's planner and lead meet it: the planner records Ofsted's proposed
 * inspection of a force (an empty form names every problem at once), the lead decides it as
 * gatekeeper with reasons; the force's burden then shows three visits in 12 months, Ofsted's
 * among them, and planning a fourth fieldwork warns, naming Ofsted. An administrator sees the
 * warning numbers as a form; a wrong number is refused beside its box.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { graphql, mutate } from '../support/api.ts';
import { ProgrammePage } from '../pages/planning-pages.ts';
import { ProposalPage, ProposedInspectionsPage } from '../pages/gatekeeping-pages.ts';

test.describe.configure({ mode: 'serial', timeout: 120_000 });

const force = 'Northumbria Police';
const ofsted = "Ofsted – Office for Standards in Education, Children's Services and Skills";
const proposalTitle = 'Joint targeted area inspection: Northumbria';
const draftTitle = 'Gatekeeping programme 2026 to 2028';
const todayInLondon = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(
  new Date(),
);
let forceId = '';
let draftPath = '';

interface Account {
  email: string;
  name: string;
  password: string;
}
const account = (key: string, name: string): Account => ({
  email: `gatekeeping-${key}@example.test`,
  name,
  password: `gatekeeping ${key} password`,
});
const planner = account('planner', 'Pat Planner');
const lead = account('lead', 'Lee Gatekeeper');

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

async function screenshotsAxeClean(page: Page, name: string) {
  for (const width of [1280, 320]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `test-results/${name}-${width}.png`, fullPage: true });
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test.beforeAll(async ({ request }) => {
  const { agencies, inspectorates } = await graphql(
    request,
    `
      {
        agencies(first: 200) {
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
      }
    `,
  );
  forceId = agencies.edges.find((e: any) => e.node.name === force).node.id;
  const hmicfrs = inspectorates.find((i: any) => i.shortName === 'HMICFRS').id;
  for (const [person, role] of [
    [planner, 'INSPECTORATE_PLANNER'],
    [lead, 'INSPECTORATE_LEAD'],
  ] as const)
    await mutate(
      request,
      'createAccount',
      { ...person, roles: [{ role, organisationId: hmicfrs }] },
      'id',
    );
  // Two HMICFRS fieldworks at the force in the 12 months to today, in an agreed programme.
  const agreed = await mutate(
    request,
    'createProgramme',
    { title: 'Gatekeeping programme 2025 to 2027', startsOn: '2025-04-01', endsOn: '2027-03-31' },
    'id version',
  );
  for (const [title, start, end] of [
    ['PEEL Northumbria', '2026-02-09', '2026-02-27'],
    ['Custody Northumbria', '2026-06-08', '2026-06-19'],
  ] as const)
    await mutate(request, 'addInspection', {
      programmeId: agreed.id,
      title,
      kind: 'CORE',
      victimsThematic: false,
      theme: 'Police effectiveness',
      scopeStatement: `How ${force} investigates crime and supports victims.`,
      leadInspectorateId: hmicfrs,
      partnerInspectorateIds: [],
      agencyKindsInScope: ['POLICE_FORCE'],
      localityIds: [forceId],
      phases: [
        { kind: 'SCOPING', plannedStart: '2025-10-06', plannedEnd: '2025-12-19' },
        { kind: 'FIELDWORK', plannedStart: start, plannedEnd: end },
        { kind: 'REPORTING', plannedStart: '2026-10-05', plannedEnd: '2026-12-18' },
        { kind: 'PUBLICATION', plannedStart: '2027-02-16', plannedEnd: '2027-02-16' },
      ],
    });
  await mutate(request, 'changeProgrammeStatus', {
    programmeId: agreed.id,
    status: 'AGREED',
    expectedVersion: agreed.version,
  });
  const draft = await mutate(request, 'createProgramme', {
    title: draftTitle,
    startsOn: '2026-04-01',
    endsOn: '2028-03-31',
  });
  draftPath = `/plan/programmes/${encodeURIComponent(draft.id)}`;
});

test('the planner records Ofsted’s proposed inspection; an empty form names every problem', async ({
  browser,
}) => {
  const page = await signedInAs(browser, planner);
  const list = await ProposedInspectionsPage.open(page);
  const form = await list.startRecording();
  await form.submit();
  await expect(form.errorSummary()).toContainText('Select the inspecting body');
  await expect(form.errorSummary()).toContainText('Give the inspection’s title');
  await expect(form.errorSummary()).toContainText('Say what the inspection would cover');
  await expect(form.errorSummary()).toContainText('Enter the date the proposal came');
  await expect(form.errorSummary()).toContainText('Select the agencies it would inspect');
  await screenshotsAxeClean(page, 'gatekeeping-record-errors');

  await form.fill({
    body: ofsted,
    title: proposalTitle,
    covers: 'The multi-agency response to children at risk of exploitation, the police among them.',
    proposedOn: '2026-08-20',
    fieldwork: ['2026-10-05', '2026-10-09'],
    agencies: [force],
  });
  await form.submit();
  await ProposedInspectionsPage.verifyOnPage(page);
  await expect(page.getByRole('alert')).toContainText('The proposed inspection is recorded');
  await expect(list.rowFor(proposalTitle)).toContainText('Awaiting HMICFRS');
  await screenshotsAxeClean(page, 'gatekeeping-list');
  // The planner records; the lead decides.
  await list.rowFor(proposalTitle).getByRole('link').click();
  await ProposalPage.verifyOnPage(page, proposalTitle);
  await expect(page.getByRole('button', { name: 'Record the decision' })).toHaveCount(0);
  await page.context().close();
});

test('the lead decides as gatekeeper, with reasons', async ({ browser }) => {
  const page = await signedInAs(browser, lead);
  // The proposal waits in the lead's My work, and its link leads to the decision.
  await page.goto('/my-work');
  const waiting = page.locator('[data-qa="work"][data-kind="GATEKEEPING_DECISION"]');
  await expect(waiting).toContainText(`Decide on Ofsted’s proposed inspection "${proposalTitle}"`);
  await screenshotsAxeClean(page, 'gatekeeping-my-work');
  await waiting.getByRole('link').first().click();
  const proposal = await ProposalPage.verifyOnPage(page, proposalTitle);
  // What the gatekeeper weighs: which visit in 12 months it would be.
  await expect(page.locator('[data-qa="burden-at-fieldwork"]')).toContainText(
    `${force}: its 3rd visit in the 12 months to 5 October 2026`,
  );
  await proposal.decide('Notice not to carry it out in that manner', '', 'Too close to PEEL.');
  await expect(proposal.errorSummary()).toContainText('Enter the date of the decision');
  await expect(proposal.errorSummary()).toContainText(
    'Say the manner the inspection must not be carried out in',
  );
  await proposal.decide(
    'No objection',
    todayInLondon,
    'Four months after custody fieldwork: not an unreasonable burden on the force.',
  );
  await expect(page.getByRole('alert')).toContainText('The decision is recorded: no objection.');
  await expect(proposal.decision()).toContainText('No objection');
  await expect(proposal.decision()).toContainText('not an unreasonable burden');
  await screenshotsAxeClean(page, 'gatekeeping-decided');
  await page.goto('/my-work');
  await expect(page.locator('[data-kind="GATEKEEPING_DECISION"]')).toHaveCount(0);
  await page.context().close();
});

test('the force’s burden shows three visits, Ofsted’s among them; a fourth fieldwork warns', async ({
  browser,
}) => {
  const page = await signedInAs(browser, planner);
  await page.goto(`/agencies/${encodeURIComponent(forceId)}`);
  await expect(page.locator('[data-qa="burden-summary"]')).toContainText(
    `3 fieldwork visits to ${force} in the 12 months to`,
  );
  const ofstedRow = page.locator('[data-qa="burden-visits"] tbody tr', { hasText: proposalTitle });
  await expect(ofstedRow).toContainText('Ofsted');
  await expect(ofstedRow).toContainText('Other inspecting body');
  await screenshotsAxeClean(page, 'gatekeeping-burden-agency');

  await page.goto('/plan/burden');
  const row = page.locator('[data-qa="forces-burden"] tr', { hasText: force });
  await expect(row.locator('td').first()).toHaveText('3');

  await page.goto(draftPath);
  const programme = await ProgrammePage.verifyOnPage(page, draftTitle);
  await programme.addInspection({
    title: 'Stalking Northumbria',
    victimsThematic: false,
    theme: 'Stalking and harassment',
    scope: 'How the police and the CPS respond to stalking, and support victims.',
    lead: 'HM Inspectorate of Constabulary and Fire & Rescue Services',
    partners: ['HM Crown Prosecution Service Inspectorate'],
    kinds: ['Police forces'],
    localities: [{ group: 'Police forces', name: force }],
    fieldwork: ['2027-01-11', '2027-01-22'],
  });
  await ProgrammePage.verifyOnPage(page, draftTitle);
  await expect(programme.warnings()).toContainText(
    `Fieldwork for "Stalking Northumbria" (HMICFRS) from 11 January 2027 would be ${force}'s 4th visit in 12 months`,
  );
  await expect(programme.warnings()).toContainText(
    `Ofsted's "${proposalTitle}" from 5 October 2026`,
  );
  await page.context().close();
});

test('an administrator sees the warning numbers as a form; a wrong one is refused', async ({
  page,
}) => {
  await page.goto('/plan/burden');
  await page.getByRole('link', { name: 'When planning warns of the burden' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Inspection burden warnings' }),
  ).toBeVisible();
  await expect(page.getByLabel('Police forces', { exact: true })).toHaveValue('4');
  await page.getByLabel('Youth offending teams', { exact: true }).fill('one');
  await page.getByLabel('Prisons', { exact: true }).fill('1');
  await page.getByRole('button', { name: 'Save the warnings' }).click();
  await expect(page.locator('.govuk-error-summary')).toContainText('Give a whole number of visits');
  await screenshotsAxeClean(page, 'burden-thresholds-errors');
  // A whole number out of range is the API's to refuse, beside its box.
  await page.getByLabel('Youth offending teams', { exact: true }).fill('3');
  await page.getByRole('button', { name: 'Save the warnings' }).click();
  await expect(page.locator('.govuk-error-summary')).toContainText(
    'Give a number of visits of 2 or more',
  );
  await expect(page.getByLabel('Prisons', { exact: true })).toHaveValue('1');
  // Saved as they were, so other journeys' warnings stand.
  await page.getByLabel('Prisons', { exact: true }).fill('3');
  await page.getByRole('button', { name: 'Save the warnings' }).click();
  await expect(page.getByRole('alert')).toContainText('The burden warnings are saved.');
});

test('an administrator keeps the list of other inspecting bodies; an empty form names every box', async ({
  page,
}) => {
  await page.goto('/plan/gatekeeping');
  await page.getByRole('link', { name: 'The other inspecting bodies' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Other inspecting bodies' }),
  ).toBeVisible();
  await expect(page.locator('[data-qa="other-bodies"]')).toContainText('Estyn');
  await page.getByRole('button', { name: 'Save the body' }).click();
  const summary = page.locator('.govuk-error-summary');
  await expect(summary).toContainText('Give the body’s name');
  await expect(summary).toContainText('Give a short name');
  await expect(summary).toContainText('Say where it inspects: England, Wales');
  await screenshotsAxeClean(page, 'gatekeeping-bodies-errors');
});
