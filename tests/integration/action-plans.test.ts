import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlAgainst, type Execute } from '../support/graphql.ts';
import { referenceIds } from '../support/ids.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

let db: TestDatabase;
let execute: Execute;
let at: (iso: string) => Execute;
const stops: Array<() => Promise<void>> = [];
let ids: Awaited<ReturnType<typeof referenceIds>>;

beforeAll(async () => {
  db = await createTestDatabase();
  const servers = new Map<string, Execute>();
  at = (iso) => {
    // A server whose clock reads the given day, for deadlines that turn overdue.
    return async (query, variables) => {
      if (!servers.has(iso)) {
        const server = await graphqlAgainst(db.prisma, new Date(`${iso}T12:00:00Z`));
        servers.set(iso, server.execute);
        stops.push(server.stop);
      }
      return servers.get(iso)!(query, variables);
    };
  };
  execute = at('2026-11-25');
  ids = await referenceIds(execute);
});
afterAll(async () => {
  for (const stop of stops) await stop();
  await db?.close();
});

const errors = `__typename ... on Error { message } ... on InputError { issues { field message } }`;
const planFields = `id status version responsibleMinister { title } laidOn paperReference publishedOn publishedUrl publishedBy { name }
  history { fromStatus toStatus comment } versions { number actions { description } } actions { id description progress { note evidenceUrl } } nextMoves`;

async function mutate(
  name: string,
  input: Record<string, unknown>,
  fields = planFields,
  run: Execute = execute,
) {
  const type = `${name[0]!.toUpperCase()}${name.slice(1)}`;
  const { data, errors: graphqlErrors } = await run(
    `mutation($input: ${type}Input!) { ${name}(input: $input) { ${errors} ... on Mutation${type}Success { data { ${fields} } } } }`,
    { input },
  );
  expect(graphqlErrors, JSON.stringify(graphqlErrors)).toBeUndefined();
  return data![name];
}

async function rateInadequate(agencyName: string) {
  const peel = await db.prisma.ratingFramework.findFirstOrThrow({
    where: { name: 'PEEL' },
    include: { grades: true },
  });
  const agency = await db.prisma.agency.findUniqueOrThrow({ where: { name: agencyName } });
  return db.prisma.rating.create({
    data: {
      agencyId: agency.id,
      frameworkId: peel.id,
      areaCode: 'TREATMENT_OF_VICTIMS',
      gradeId: peel.grades.find((g) => g.label === 'Inadequate')!.id,
      ratedOn: new Date('2026-09-01'),
      rationale: 'Victims are not kept informed.',
      recordedBy: 'Test',
    },
  });
}

describe('an action plan from an inadequate rating to publication', () => {
  let plan: any;

  it('shows a force rated inadequate as owing a plan, in the deadlines list', async () => {
    await rateInadequate('Kent Police');
    const { data } = await execute(`{ deadlines { kind owner agencyName since } }`);
    expect(data!.deadlines).toContainEqual({
      kind: 'ACTION_PLAN_OWED',
      owner: 'Kent Police',
      agencyName: 'Kent Police',
      since: '2026-09-01',
    });
  });

  it('is drafted by the force, with the Home Secretary named to lay it, and submitted', async () => {
    const rating = await db.prisma.rating.findFirstOrThrow({
      where: { agency: { name: 'Kent Police' } },
    });
    const opened = await mutate('openActionPlan', {
      agencyId: ids.agency['Kent Police'],
      reason: 'RATING',
      ratingId: Buffer.from(`Rating:${rating.id}`).toString('base64'),
      reviewingInspectorateId: ids.inspectorate.HMICFRS,
      title: 'Kent Police victims’ action plan',
      summary: 'How Kent Police will keep victims informed and supported.',
    });
    plan = opened.data;
    expect(plan).toMatchObject({
      status: 'DRAFT',
      responsibleMinister: { title: 'Home Secretary' },
      nextMoves: ['SUBMITTED'],
    });

    const empty = await mutate('moveActionPlan', {
      planId: plan.id,
      expectedVersion: plan.version,
      status: 'SUBMITTED',
    });
    expect(empty).toMatchObject({
      __typename: 'InputError',
      issues: [{ field: ['input', 'actions'] }],
    });

    plan = (
      await mutate('saveActionPlanDraft', {
        planId: plan.id,
        expectedVersion: plan.version,
        title: 'Kent Police victims’ action plan',
        summary: 'How Kent Police will keep victims informed and supported.',
        actions: [
          {
            description: 'Contact every victim within 48 hours',
            owner: 'Head of public protection',
            targetDate: '2027-03-31',
          },
        ],
      })
    ).data;
    plan = (
      await mutate('moveActionPlan', {
        planId: plan.id,
        expectedVersion: plan.version,
        status: 'SUBMITTED',
      })
    ).data;
    expect(plan.status).toBe('SUBMITTED');
    const { data } = await execute(`{ deadlines { kind owner } }`);
    expect(data!.deadlines).toContainEqual({ kind: 'ACTION_PLAN_TO_REVIEW', owner: 'HMICFRS' });
    expect(
      data!.deadlines.filter(
        (d: any) => d.kind === 'ACTION_PLAN_OWED' && d.owner === 'Kent Police',
      ),
    ).toEqual([]);
  });

  it('refuses to lay a plan that was never accepted, changing nothing', async () => {
    const result = await mutate('moveActionPlan', {
      planId: plan.id,
      expectedVersion: plan.version,
      status: 'LAID',
      laidOn: '2026-12-01',
      paperReference: 'CP 1',
    });
    expect(result).toMatchObject({
      __typename: 'InvalidStateError',
      message:
        'The plan is submitted, so it cannot be laid before Parliament. Only a plan the inspectorate has accepted can be laid before Parliament.',
    });
    expect(
      await db.prisma.actionPlan.findFirstOrThrow({ select: { status: true, version: true } }),
    ).toEqual({ status: 'SUBMITTED', version: plan.version });
  });

  it('is returned once with comments, keeps its earlier version, and is resubmitted and accepted', async () => {
    const noComment = await mutate('moveActionPlan', {
      planId: plan.id,
      expectedVersion: plan.version,
      status: 'RETURNED',
    });
    expect(noComment.__typename).toBe('InputError');
    plan = (
      await mutate('moveActionPlan', {
        planId: plan.id,
        expectedVersion: plan.version,
        status: 'RETURNED',
        comment: 'Add how you will measure contact rates.',
      })
    ).data;
    plan = (
      await mutate('saveActionPlanDraft', {
        planId: plan.id,
        expectedVersion: plan.version,
        title: 'Kent Police victims’ action plan',
        summary: 'How Kent Police will keep victims informed and supported.',
        actions: [
          {
            description: 'Contact every victim within 48 hours',
            owner: 'Head of public protection',
            targetDate: '2027-03-31',
          },
          {
            description: 'Publish monthly contact rates',
            owner: 'Performance team',
            targetDate: '2027-01-31',
          },
        ],
      })
    ).data;
    plan = (
      await mutate('moveActionPlan', {
        planId: plan.id,
        expectedVersion: plan.version,
        status: 'SUBMITTED',
      })
    ).data;
    plan = (
      await mutate('moveActionPlan', {
        planId: plan.id,
        expectedVersion: plan.version,
        status: 'ACCEPTED',
        comment: 'Robust.',
      })
    ).data;
    expect(plan.history.map((h: any) => [h.toStatus, h.comment])).toEqual([
      ['DRAFT', null],
      ['SUBMITTED', null],
      ['RETURNED', 'Add how you will measure contact rates.'],
      ['SUBMITTED', null],
      ['ACCEPTED', 'Robust.'],
    ]);
    expect(plan.versions.map((v: any) => [v.number, v.actions.length])).toEqual([
      [2, 2],
      [1, 1],
    ]);
  });

  it('is laid by the Home Secretary’s office with the date and paper', async () => {
    const { data } = await execute(`{ deadlines { kind owner } }`);
    expect(data!.deadlines).toContainEqual({ kind: 'ACTION_PLAN_TO_LAY', owner: 'Home Secretary' });
    plan = (
      await mutate('moveActionPlan', {
        planId: plan.id,
        expectedVersion: plan.version,
        status: 'LAID',
        laidOn: '2026-11-20',
        paperReference: 'CP 1234',
      })
    ).data;
    expect(plan).toMatchObject({
      status: 'LAID',
      laidOn: '2026-11-20',
      paperReference: 'CP 1234',
      nextMoves: ['PUBLISHED'],
    });
  });

  it('cannot be edited in place once laid', async () => {
    const result = await mutate('saveActionPlanDraft', {
      planId: plan.id,
      expectedVersion: plan.version,
      title: 'Changed',
      summary: 'A changed summary after laying.',
      actions: [],
    });
    expect(result).toMatchObject({
      __typename: 'InvalidStateError',
      message:
        'The plan is laid before Parliament, so it cannot be changed. Record progress against its actions instead.',
    });
  });

  it('cannot be published by another force’s local policing body', async () => {
    const essexBody = await db.prisma.localPolicingBody.findUniqueOrThrow({
      where: { name: 'Essex Police, Fire and Crime Commissioner' },
    });
    const result = await mutate('moveActionPlan', {
      planId: plan.id,
      expectedVersion: plan.version,
      status: 'PUBLISHED',
      publishedOn: '2026-11-24',
      publishedUrl: 'https://www.example.org/kent-plan',
      localPolicingBodyId: Buffer.from(`LocalPolicingBody:${essexBody.id}`).toString('base64'),
    });
    expect(result).toMatchObject({
      __typename: 'InvalidStateError',
      message:
        'Only Kent Police and Crime Commissioner, the local policing body for Kent Police, can publish its plan.',
    });
    expect((await db.prisma.actionPlan.findFirstOrThrow()).status).toBe('LAID');
  });

  it('is published by the force’s PCC, and progress is recorded against its actions', async () => {
    const kentBody = await db.prisma.localPolicingBody.findUniqueOrThrow({
      where: { name: 'Kent Police and Crime Commissioner' },
    });
    plan = (
      await mutate('moveActionPlan', {
        planId: plan.id,
        expectedVersion: plan.version,
        status: 'PUBLISHED',
        publishedOn: '2026-11-24',
        publishedUrl: 'https://www.example.org/kent-plan',
        localPolicingBodyId: Buffer.from(`LocalPolicingBody:${kentBody.id}`).toString('base64'),
      })
    ).data;
    expect(plan).toMatchObject({
      status: 'PUBLISHED',
      publishedBy: { name: 'Kent Police and Crime Commissioner' },
      publishedUrl: 'https://www.example.org/kent-plan',
    });

    const progress = await mutate(
      'recordActionProgress',
      {
        actionId: plan.actions[0].id,
        note: 'Contact within 48 hours reached 81% in October.',
        evidenceUrl: 'https://www.example.org/october',
        status: 'IN_PROGRESS',
      },
      'status progress { note evidenceUrl }',
    );
    expect(progress.data).toEqual({
      status: 'IN_PROGRESS',
      progress: [
        {
          note: 'Contact within 48 hours reached 81% in October.',
          evidenceUrl: 'https://www.example.org/october',
        },
      ],
    });

    const published = await execute(
      `{ actionPlans(statuses: [PUBLISHED]) { title publishedOn actions { description progress { note } } } }`,
    );
    expect(published.data!.actionPlans).toEqual([
      {
        title: 'Kent Police victims’ action plan',
        publishedOn: '2026-11-24',
        actions: [
          {
            description: 'Contact every victim within 48 hours',
            progress: [{ note: 'Contact within 48 hours reached 81% in October.' }],
          },
          { description: 'Publish monthly contact rates', progress: [] },
        ],
      },
    ]);
  });
});

describe('what the public reads of a published plan', () => {
  it('is the plan and its progress: not who moved it, the review comments, the versions or who recorded progress', async () => {
    const query = `query($id: ID!) { actionPlan(id: $id) { status history { by comment } versions { number submittedBy } actions { progress { note recordedBy } } } }`;
    const published = await db.prisma.actionPlan.findFirstOrThrow({
      where: { status: 'PUBLISHED' },
    });
    const planId = Buffer.from(`ActionPlan:${published.id}`).toString('base64');
    const reader = async (viewer: Parameters<typeof graphqlAgainst>[2]) => {
      const server = await graphqlAgainst(db.prisma, new Date('2026-11-25T12:00:00Z'), viewer);
      stops.push(server.stop);
      const { data, errors } = await server.execute(query, { id: planId });
      expect(errors).toBeUndefined();
      return data!.actionPlan;
    };
    const publicView = await reader(null);
    expect(publicView.status).toBe('PUBLISHED');
    expect(publicView.history).toEqual([]);
    expect(publicView.versions).toEqual([]);
    expect(publicView.actions[0].progress).toEqual([
      { note: 'Contact within 48 hours reached 81% in October.', recordedBy: null },
    ]);

    // Another force's editor has no part in this plan's review either.
    const essex = await db.prisma.agency.findUniqueOrThrow({ where: { name: 'Essex Police' } });
    const outsider = await reader({
      userId: null,
      name: 'Essex editor',
      email: 'editor@essex.test',
      sessionId: null,
      roles: [{ role: 'AGENCY_EDITOR', agencyId: essex.id }],
    });
    expect(outsider.history).toEqual([]);
    expect(outsider.versions).toEqual([]);

    // Those who took part still read the whole conversation.
    const kent = await db.prisma.agency.findUniqueOrThrow({ where: { name: 'Kent Police' } });
    const party = await reader({
      userId: null,
      name: 'Kent editor',
      email: 'editor@kent.test',
      sessionId: null,
      roles: [{ role: 'AGENCY_EDITOR', agencyId: kent.id }],
    });
    expect(party.history.some((event: { comment: string | null }) => event.comment)).toBe(true);
    expect(party.versions.length).toBeGreaterThan(1);
    expect(party.actions[0].progress[0].recordedBy).toBe('Test planner');
  });
});

describe('statutory deadlines', () => {
  it('gives addressees of the Victims’ Commissioner’s annual report 56 days, overdue the day after', async () => {
    const result = await mutate(
      'recordRecommendation',
      {
        source: 'VICTIMS_COMMISSIONER_ANNUAL_REPORT',
        reportTitle: "Victims' Commissioner annual report 2025 to 2026",
        publishedOn: '2026-11-25',
        reference: '4',
        text: 'Agencies should tell victims of their right to review decisions.',
        addresseeIds: [ids.agency['Essex Police'], ids.agency['CPS East of England']],
      },
      'responses { id version dueOn overdue agency { name } }',
    );
    const responses = result.data.responses;
    expect(responses.map((r: any) => [r.agency.name, r.dueOn, r.overdue]).sort()).toEqual([
      ['CPS East of England', '2027-01-20', false],
      ['Essex Police', '2027-01-20', false],
    ]);

    const onTheDay = await at('2027-01-20')(`{ deadlines(overdueOnly: true) { title } }`);
    expect(onTheDay.data!.deadlines).toEqual([]);
    const dayAfter = await at('2027-01-21')(
      `{ deadlines(owner: "Essex Police") { kind dueOn overdue } }`,
    );
    expect(dayAfter.data!.deadlines).toContainEqual({
      kind: 'RECOMMENDATION_RESPONSE',
      dueOn: '2027-01-20',
      overdue: true,
    });

    const essex = responses.find((r: any) => r.agency.name === 'Essex Police');
    const answered = await mutate(
      'respondToRecommendation',
      {
        responseId: essex.id,
        expectedVersion: essex.version,
        answer: 'ACCEPTED',
        reasons: 'We agree victims must know.',
        plannedActions: 'Add the right to review to every letter.',
        respondedOn: '2026-11-25',
      },
      'answer overdue',
    );
    expect(answered.data).toEqual({ answer: 'ACCEPTED', overdue: false });
    const afterAnswer = await at('2027-01-21')(`{ deadlines(owner: "Essex Police") { kind } }`);
    expect(afterAnswer.data!.deadlines).toEqual([]);
  });

  it('gives the Secretary of State 28 days to answer an Urgent Notification publicly, overdue the day after', async () => {
    await db.prisma.agency.create({
      data: { name: 'HMP Example', kindCode: 'PRISON', country: 'ENGLAND' },
    });
    const prison = (
      await execute(`{ agencies(filter: { search: "HMP Example" }) { edges { node { id } } } }`)
    ).data!.agencies.edges[0].node.id;
    const notice = await mutate(
      'recordEscalation',
      {
        kind: 'URGENT_NOTIFICATION',
        agencyId: prison,
        inspectorateId: ids.inspectorate['HMI Prisons'],
        issuedOn: '2026-11-25',
        summary: 'Victims’ contact scheme has collapsed at the prison.',
      },
      'id responseDueOn overdue',
    );
    expect(notice.data).toMatchObject({ responseDueOn: '2026-12-23', overdue: false });
    const late = await at('2026-12-24')(`{ deadlines(overdueOnly: true) { kind owner dueOn } }`);
    expect(late.data!.deadlines).toContainEqual({
      kind: 'URGENT_NOTIFICATION_RESPONSE',
      owner: 'Lord Chancellor and Secretary of State for Justice',
      dueOn: '2026-12-23',
    });
  });

  it('works the list out once per request, however many times a query asks for it', async () => {
    db.statements.reset();
    await execute(`{ deadlines { kind } }`);
    const single = db.statements.count;
    db.statements.reset();
    await execute(`{ owners: deadlines { owner } deadlines(overdueOnly: true) { kind } }`);
    expect(db.statements.count).toBe(single);
  });
});
