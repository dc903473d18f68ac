/**
 * Each role of the authorisation matrix signs in and sees, on the pages it uses, exactly the
 * actions the API says it may take now: the expected buttons and forms are read from the API's
 * `viewerCan` as that person, not from a second list kept here. The few checks written out
 * (a planner is not offered "Mark as agreed") are the ones users hit before. Then each role
 * walks its part of one plan's journey, from draft to publication, and a refusal that happens
 * after the page was drawn (a role ended) comes back on the same form with what was typed.
 */
import { expect, test, type Browser, type Page, type APIRequestContext } from '@playwright/test';
import { apiUrl, graphql, sessionToken, mutate as mutateThroughApi } from '../support/api.ts';
import { ProgrammesPage } from '../pages/planning-pages.ts';
import { dateInput, fillDate } from '../support/dates.ts';
import { checkedMoveButtons, goOnAfterCheck } from '../support/checks.ts';

// Each test visits many pages as one person; a shared machine makes them slow, not wrong.
test.describe.configure({ mode: 'serial', timeout: 180_000 });

type RoleName = 'planner' | 'lead' | 'editor' | 'approver' | 'pcc' | 'minister';
interface Account {
  email: string;
  name: string;
  password: string;
}
const account = (key: string, name: string): Account => ({
  email: `roles-${key}@example.test`,
  name,
  password: `roles ${key} password`,
});
const people: Record<RoleName, Account> = {
  planner: account('planner', 'Pia Planner'),
  lead: account('lead', 'Lee Lead'),
  editor: account('editor', 'Eve Editor'),
  approver: account('approver', 'Abe Approver'),
  pcc: account('pcc', 'Pat Commissioner'),
  minister: account('minister', 'Min Office'),
};
const racer = account('racer', 'Ray Lead');

const errors = `__typename ... on Error { message }`;
const ids = {
  programme: '',
  plan: '',
  secondPlan: '',
  hmicfrs: '',
  force: '',
  racerLeadRole: '',
  racerUser: '',
};
const forceName = 'Kent Police';
const programmeTitle = 'Roles programme 2031 to 2033';

/** Sets up a record through the API; this journey's records bring their versions back. */
const mutate = (
  request: APIRequestContext,
  name: string,
  input: Record<string, unknown>,
  fields = 'id version',
) => mutateThroughApi(request, name, input, fields);

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

/** A record's `viewerCan` as the person, or null when they may not see the record at all. */
async function recordViewerCan(
  request: Parameters<typeof graphql>[0],
  person: Account,
  field: 'actionPlan' | 'programme',
  id: string,
  selection: string,
) {
  const response = await request.post(apiUrl, {
    data: {
      query: `query($id: ID!) { ${field}(id: $id) { viewerCan { ${selection} } } }`,
      variables: { id },
    },
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${await sessionToken(request, person)}`,
    },
  });
  const body = await response.json();
  // A hidden record is answered as not found; anything else would be a fault in the test.
  if (body.errors) {
    expect(body.errors.map((e: any) => e.extensions?.code)).toEqual(['NOT_FOUND']);
    return null;
  }
  return body.data[field].viewerCan;
}

/** What the API says this person may do: the root abilities, the draft programme and the plans. */
async function viewerCan(request: Parameters<typeof graphql>[0], person: Account) {
  const root = await graphql(
    request,
    `
      {
        viewerCan {
          createProgramme
          recordDirection
          recordRecommendation
          recordEscalation
          importRatings
        }
      }
    `,
    {},
    person,
  );
  const plan = (id: string) =>
    recordViewerCan(request, person, 'actionPlan', id, 'moveTo saveDraft') as Promise<{
      moveTo: string[];
      saveDraft: boolean;
    } | null>;
  return {
    ...root.viewerCan,
    plans: [
      { id: ids.plan, can: await plan(ids.plan) },
      { id: ids.secondPlan, can: await plan(ids.secondPlan) },
    ],
    programme: (await recordViewerCan(
      request,
      person,
      'programme',
      ids.programme,
      'moveTo addInspection',
    )) as { moveTo: string[]; addInspection: boolean } | null,
  };
}

const shown = async (page: Page, locator: ReturnType<Page['getByRole']>, expected: boolean) =>
  expect(locator, `${await page.title()}: ${locator}`).toHaveCount(expected ? 1 : 0);

const moveButtons: Record<string, string> = {
  SUBMITTED: 'Submit to the inspectorate',
  RETURNED: 'Return with comments',
  ACCEPTED: 'Accept the plan',
  LAID: 'Record laying before Parliament',
  PUBLISHED: 'Record publication',
  IN_FOLLOW_UP: 'Move into follow-up',
  CLOSED: 'Close the plan',
};

test('the administrator gives each role an account, and starts a programme and two plans', async ({
  request,
}) => {
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
        agencies(first: 50, filter: { kinds: [POLICE_FORCE] }) {
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
  ids.force = force.id;
  ids.hmicfrs = found.inspectorates.find((i: any) => i.shortName === 'HMICFRS').id;
  const homeSecretary = found.ministers.find((m: any) => m.title === 'Home Secretary').id;
  const roles: Record<RoleName, { role: string; organisationId: string }> = {
    planner: { role: 'INSPECTORATE_PLANNER', organisationId: ids.hmicfrs },
    lead: { role: 'INSPECTORATE_LEAD', organisationId: ids.hmicfrs },
    editor: { role: 'AGENCY_EDITOR', organisationId: force.id },
    approver: { role: 'AGENCY_APPROVER', organisationId: force.id },
    pcc: { role: 'POLICING_BODY_OFFICE', organisationId: force.localPolicingBody.id },
    minister: { role: 'MINISTER_OFFICE', organisationId: homeSecretary },
  };
  for (const [name, role] of Object.entries(roles))
    await mutate(request, 'createAccount', { ...people[name as RoleName], roles: [role] }, 'id');
  const created = await mutate(
    request,
    'createAccount',
    {
      ...racer,
      roles: [roles.lead, { role: 'INSPECTORATE_PLANNER', organisationId: ids.hmicfrs }],
    },
    'id roles { id role }',
  );
  ids.racerUser = created.id;
  ids.racerLeadRole = created.roles.find((r: any) => r.role === 'INSPECTORATE_LEAD').id;

  ids.programme = (
    await mutate(request, 'createProgramme', {
      title: programmeTitle,
      startsOn: '2031-04-01',
      endsOn: '2033-03-31',
    })
  ).id;
  const open = async (title: string) => {
    const escalation = await mutate(
      request,
      'recordEscalation',
      {
        kind: 'ENHANCED_MONITORING',
        agencyId: force.id,
        inspectorateId: ids.hmicfrs,
        issuedOn: '2026-10-01',
        summary: `${forceName}: concerns about how victims are kept informed.`,
      },
      'id',
    );
    const plan = await mutate(request, 'openActionPlan', {
      agencyId: force.id,
      reason: 'ESCALATION',
      escalationId: escalation.id,
      reviewingInspectorateId: ids.hmicfrs,
      title,
      summary: `How ${forceName} will keep victims informed.`,
    });
    return mutate(request, 'saveActionPlanDraft', {
      planId: plan.id,
      expectedVersion: plan.version,
      title,
      summary: `How ${forceName} will keep victims informed.`,
      actions: [
        { description: 'Call every victim back', owner: 'Victim care', targetDate: '2027-06-30' },
      ],
    });
  };
  ids.plan = (await open('Roles plan for victims')).id;
  const second = await open('Roles second plan');
  await mutate(request, 'moveActionPlan', {
    planId: second.id,
    expectedVersion: second.version,
    status: 'SUBMITTED',
  });
  ids.secondPlan = second.id;
});

for (const role of Object.keys(people) as RoleName[]) {
  test(`${role}: the pages offer exactly the actions the API allows`, async ({
    browser,
    request,
  }) => {
    const can = await viewerCan(request, people[role]);
    const page = await signedInAs(browser, people[role]);

    await page.goto('/plan');
    await shown(
      page,
      page.getByRole('button', { name: 'Start a draft programme' }),
      can.createProgramme,
    );
    await page.goto('/plan/directions');
    await shown(
      page,
      page.getByRole('heading', { name: 'Record a direction' }),
      can.recordDirection,
    );
    await page.goto('/track/escalations');
    await shown(
      page,
      page.getByRole('heading', { name: 'Record an escalation' }),
      can.recordEscalation,
    );
    await page.goto('/track/recommendations');
    await shown(
      page,
      page.getByRole('heading', { name: 'Record a recommendation' }),
      can.recordRecommendation,
    );

    if (can.programme) {
      await page.goto(`/plan/programmes/${encodeURIComponent(ids.programme)}`);
      await shown(
        page,
        page.getByRole('button', { name: 'Mark as agreed by the inspectorates' }),
        can.programme.moveTo.includes('AGREED'),
      );
      await shown(
        page,
        page.getByRole('link', { name: 'Add an inspection' }),
        can.programme.addInspection,
      );
    }
    for (const plan of can.plans) {
      const response = await page.goto(`/act/plans/${encodeURIComponent(plan.id)}`);
      if (!plan.can) {
        expect(response?.status()).toBe(404);
        continue;
      }
      for (const [status, button] of Object.entries(moveButtons))
        await shown(
          page,
          page.getByRole('button', { name: button }),
          plan.can.moveTo.includes(status),
        );
      await shown(page, page.getByRole('button', { name: 'Save the draft' }), plan.can.saveDraft);
    }

    // What users met before, written out so that a wrong answer from the API fails here too.
    if (role === 'planner') {
      expect(can.programme?.moveTo).toEqual([]);
      expect(can.recordDirection).toBe(false);
    }
    if (role === 'minister') {
      expect(can.programme).toEqual({ moveTo: [], addInspection: false });
      expect(can.recordDirection).toBe(true);
    }
    if (role === 'editor') {
      expect(can.createProgramme).toBe(false);
      expect(can.plans.map((plan: { can: unknown }) => plan.can)).toEqual([
        { moveTo: [], saveDraft: true },
        { moveTo: [], saveDraft: false },
      ]);
    }
    if (role === 'lead')
      expect(can.plans[1]!.can).toEqual({ moveTo: ['RETURNED', 'ACCEPTED'], saveDraft: false });
    await page.context().close();
  });
}

test('"Start a plan" is offered neither to an inspectorate lead nor to another force’s editor', async ({
  browser,
  request,
}) => {
  const csv = [
    'agency,framework,area,grade,rated_on,rationale',
    'Surrey Police,PEEL,Treatment of victims,Inadequate,2026-09-01,Victims are not kept informed',
    'Essex Police,PEEL,Treatment of victims,Inadequate,2026-09-02,Victims are not kept informed',
  ].join('\n');
  const checked = await mutate(
    request,
    'checkRatingImport',
    { fileName: 'roles.csv', csv: `${csv}\n` },
    'id',
  );
  const accepted = await graphql(
    request,
    `
      mutation ($input: DecideRatingImportInput!) {
        acceptRatingImport(input: $input) {
          __typename
        }
      }
    `,
    // A file just checked is at its first version.
    { input: { importId: checked.id, expectedVersion: 1 } },
  );
  expect(accepted.acceptRatingImport.__typename).toBe('MutationAcceptRatingImportSuccess');
  for (const [person, expected] of [
    [people.editor, false],
    // A lead reviews a plan but does not open it (the agency opens its own draft).
    [people.lead, false],
  ] as const) {
    const owing = await graphql(
      request,
      `
        {
          agenciesOwingActionPlans {
            id
            name
            viewerCan {
              openActionPlan
            }
          }
        }
      `,
      {},
      person,
    );
    const page = await signedInAs(browser, person);
    await page.goto('/act');
    const names = owing.agenciesOwingActionPlans.map((agency: any) => agency.name);
    expect(names).toEqual(expect.arrayContaining(['Surrey Police', 'Essex Police']));
    for (const agency of owing.agenciesOwingActionPlans) {
      expect(agency.viewerCan.openActionPlan).toBe(expected);
      await shown(
        page,
        page.getByRole('link', { name: `Start a plan for ${agency.name}` }),
        agency.viewerCan.openActionPlan,
      );
    }
    await page.context().close();
  }
});

test('an HMICFRS lead records the day a force left the Engage phase; a planner is not offered it', async ({
  browser,
  request,
}) => {
  const summary = `${forceName}: Engage phase for victims’ contact, to end.`;
  await mutate(
    request,
    'recordEscalation',
    {
      kind: 'ENHANCED_MONITORING',
      agencyId: ids.force,
      inspectorateId: ids.hmicfrs,
      issuedOn: '2026-10-01',
      summary,
    },
    'id',
  );
  let page = await signedInAs(browser, people.planner);
  await page.goto('/track/escalations');
  let card = page.locator('[data-qa="escalation"]').filter({ hasText: summary });
  await expect(card).toBeVisible();
  await expect(card.getByRole('button', { name: /Record that it ended/ })).toHaveCount(0);
  await page.context().close();

  page = await signedInAs(browser, people.lead);
  await page.goto('/track/escalations');
  card = page.locator('[data-qa="escalation"]').filter({ hasText: summary });
  await fillDate(dateInput(card, 'Date it ended'), '2026-09-30');
  await card.getByRole('button', { name: /Record that it ended/ }).click();
  const message = 'Date it ended must be the same as or after 1 October 2026, when it was issued';
  await expect(page.locator('.govuk-error-summary')).toContainText(message);
  await expect(card.locator('.govuk-error-message')).toContainText(message);

  await fillDate(dateInput(card, 'Date it ended'), '2026-11-02');
  await card.getByRole('button', { name: /Record that it ended/ }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Success' })).toContainText(
    `The Enhanced monitoring (Engage) on ${forceName} is recorded as ended on 2 November 2026.`,
  );
  await expect(card).toContainText('Ended');
  await expect(card).toContainText('2 November 2026');
  await expect(card.getByRole('button', { name: /Record that it ended/ })).toHaveCount(0);
  await page.context().close();
});

test('each role walks its part of the journey, from a planner’s programme to the PCC’s publication', async ({
  browser,
}) => {
  // A planner starts a programme and may add to it, but not agree it.
  let page = await signedInAs(browser, people.planner);
  const programmes = await ProgrammesPage.open(page);
  await programmes.startProgramme(
    'Roles programme drafted by a planner',
    '2033-04-01',
    '2035-03-31',
  );
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Roles programme drafted by a planner',
  );
  await expect(page.getByRole('link', { name: 'Add an inspection' })).toBeVisible();
  await expect(page.getByRole('button', { name: /Mark as agreed/ })).toHaveCount(0);
  const programmePath = new URL(page.url()).pathname;
  await page.context().close();

  // A lead agrees it.
  page = await signedInAs(browser, people.lead);
  await page.goto(programmePath);
  await page.getByRole('button', { name: 'Mark as agreed by the inspectorates' }).click();
  await page.getByRole('button', { name: /^(Yes, agree the programme|Agree anyway)$/ }).click();
  await expect(page.getByRole('button', { name: 'Publish the programme' })).toBeVisible();
  await page.context().close();

  const planPath = `/act/plans/${encodeURIComponent(ids.plan)}`;
  const step = async (person: Account, button: string, fields: Record<string, string> = {}) => {
    const stepPage = await signedInAs(browser, person);
    await stepPage.goto(planPath);
    const form = stepPage
      .locator('form')
      .filter({ has: stepPage.getByRole('button', { name: button }) });
    for (const [label, value] of Object.entries(fields))
      if (/^\d{4}-\d{2}-\d{2}$/.test(value)) await fillDate(dateInput(form, label), value);
      else await form.getByLabel(label).fill(value);
    await form.getByRole('button', { name: button }).click();
    if (checkedMoveButtons.includes(button)) await goOnAfterCheck(stepPage);
    await expect(stepPage.getByRole('button', { name: button })).toHaveCount(0);
    return stepPage;
  };
  // The editor drafts but may not submit; the approver submits.
  page = await signedInAs(browser, people.editor);
  await page.goto(planPath);
  await page.getByLabel('Title').fill('Roles plan: keeping victims informed');
  await page.getByRole('button', { name: 'Save the draft' }).click();
  await expect(page.getByLabel('Title')).toHaveValue('Roles plan: keeping victims informed');
  await expect(page.getByText(`Waiting for ${forceName} to submit it`)).toBeVisible();
  await page.context().close();
  page = await step(people.approver, 'Submit to the inspectorate');
  await expect(page.getByText('Waiting for HMICFRS to review it')).toBeVisible();
  await page.context().close();
  page = await step(people.lead, 'Accept the plan');
  await expect(page.getByText(/Waiting for the Home Secretary to lay it/)).toBeVisible();
  await page.context().close();
  page = await step(people.minister, 'Record laying before Parliament', {
    'Date laid': '2026-11-20',
    'Paper reference': 'CP 9100',
  });
  await expect(
    page.getByText('Waiting for the force’s local policing body to publish it'),
  ).toBeVisible();
  await page.context().close();
  page = await step(people.pcc, 'Record publication', {
    'Date published': '2026-11-25',
    'Public web address': 'https://www.example.org/kent-plan',
  });
  await expect(page.getByText('Published').first()).toBeVisible();
  await page.context().close();
});

test('a refusal after the page was drawn comes back on the same form, with what was typed', async ({
  browser,
  request,
}) => {
  const page = await signedInAs(browser, racer);
  await page.goto(`/act/plans/${encodeURIComponent(ids.secondPlan)}`);
  const comment = 'Say who calls each victim back, and by when.';
  await page.getByLabel('Comments for the agency').fill(comment);
  // Meanwhile an administrator ends the lead role; the person is still a planner.
  const ended = await graphql(
    request,
    `mutation($id: ID!) { endRole(roleAssignmentId: $id, expectedVersion: 1) { ${errors} ... on MutationEndRoleSuccess { data { id } } } }`,
    { id: ids.racerLeadRole },
  );
  expect(ended.endRole.__typename).toBe('MutationEndRoleSuccess');
  await page.getByRole('button', { name: 'Return with comments' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Roles second plan');
  await expect(page.locator('.govuk-error-summary')).toContainText('Your roles do not let you');
  await expect(page.getByLabel('Comments for the agency')).toHaveValue(comment);
  await page.context().close();
});
