/**
 * "My work" as each kind of organisation sees it: only what its roles make it answer for,
 * dated items first with the overdue marked, each with the page to deal with it, in the same
 * number of SQL statements however much there is.
 */
import type { RoleGrant, Viewer } from '@cjji/api/viewer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlAgainst, type Execute } from '../support/graphql.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';
import { myWorkQuery } from '@cjji/contract/my-work';

const today = new Date('2026-11-25T10:00:00Z');
const date = (iso: string) => new Date(`${iso}T00:00:00Z`);

let db: TestDatabase;
const stops: Array<() => Promise<void>> = [];
const ids: Record<string, string> = {};

async function as(roles: RoleGrant[], userId: string | null = null): Promise<Execute> {
  const viewer: Viewer = {
    userId,
    name: 'Test person',
    email: 'person@example.test',
    sessionId: null,
    roles,
  };
  const server = await graphqlAgainst(db.prisma, today, viewer);
  stops.push(server.stop);
  return server.execute;
}

// The query the My work page sends.
const workQuery = myWorkQuery;
async function workOf(execute: Execute) {
  const { data, errors } = await execute(workQuery);
  expect(errors).toBeUndefined();
  return data!.myWork!;
}

async function plan(
  agency: string,
  status: 'DRAFT' | 'RETURNED' | 'SUBMITTED' | 'ACCEPTED' | 'LAID',
  title: string,
) {
  const found = await db.prisma.agency.findUniqueOrThrow({
    where: { name: agency },
    include: { kind: true },
  });
  return db.prisma.actionPlan.create({
    data: {
      agencyId: found.id,
      title,
      reason: 'INSPECTION_FINDINGS',
      reviewingInspectorateId: ids.HMICFRS!,
      summary: 'How victims will be kept informed.',
      status,
      responsibleMinisterId: found.kind.responsibleMinisterId,
    },
  });
}

async function recommendation(agency: string, publishedOn: string, reference: string) {
  const days = 56;
  const dueOn = new Date(date(publishedOn).getTime() + days * 86_400_000);
  return db.prisma.recommendation.create({
    data: {
      source: 'VICTIMS_COMMISSIONER_ANNUAL_REPORT',
      reportTitle: 'Annual report',
      publishedOn: date(publishedOn),
      reference,
      text: 'Tell victims of their rights.',
      recordedBy: 'Test',
      addressees: { create: [{ agencyId: ids[agency]!, dueOn }] },
    },
  });
}

async function inspectionWithFieldwork(
  title: string,
  lead: string,
  partner: string,
  fieldworkStarts: string,
) {
  const programme =
    (await db.prisma.programme.findFirst()) ??
    (await db.prisma.programme.create({
      data: {
        title: 'Programme 2026 to 2028',
        startsOn: date('2026-04-01'),
        endsOn: date('2028-03-31'),
        status: 'AGREED',
      },
    }));
  return db.prisma.inspection.create({
    data: {
      programmeId: programme.id,
      title,
      kind: 'JOINT_THEMATIC',
      theme: 'Victims',
      scopeStatement: 'How agencies keep victims informed.',
      leadInspectorateId: ids[lead]!,
      partners: { create: [{ inspectorateId: ids[partner]! }] },
      phases: {
        create: [
          {
            kind: 'SCOPING',
            plannedStart: date('2026-10-01'),
            plannedEnd: date('2026-11-30'),
            actualStart: date('2026-10-01'),
          },
          {
            kind: 'FIELDWORK',
            plannedStart: date(fieldworkStarts),
            plannedEnd: date('2027-03-31'),
          },
        ],
      },
    },
  });
}

beforeAll(async () => {
  db = await createTestDatabase();
  for (const inspectorate of await db.prisma.inspectorate.findMany())
    ids[inspectorate.shortName] = inspectorate.id;
  for (const minister of await db.prisma.minister.findMany()) ids[minister.title] = minister.id;
  for (const agency of await db.prisma.agency.findMany()) ids[agency.name] = agency.id;
  for (const body of await db.prisma.localPolicingBody.findMany()) ids[body.name] = body.id;

  await plan('Kent Police', 'DRAFT', 'Kent victims’ plan');
  await plan('Cumbria Constabulary', 'SUBMITTED', 'Cumbria victims’ plan');
  await plan('Durham Constabulary', 'ACCEPTED', 'Durham victims’ plan');
  await plan('Essex Police', 'LAID', 'Essex victims’ plan');
  await recommendation('Kent Police', '2026-10-01', '1'); // due 26 November 2026: tomorrow
  await recommendation('Kent Police', '2026-09-01', '2'); // due 27 October 2026: overdue
  const hmpps = await db.prisma.agency.findUniqueOrThrow({
    where: { name: 'HM Prison and Probation Service' },
  });
  await db.prisma.escalation.create({
    data: {
      kind: 'URGENT_NOTIFICATION',
      agencyId: hmpps.id,
      inspectorateId: ids['HMI Prisons']!,
      issuedOn: date('2026-11-25'),
      responseDueOn: date('2026-12-23'),
      summary: 'Victims’ contact scheme has collapsed.',
      recordedBy: 'Test',
    },
  });
  await inspectionWithFieldwork(
    'Victims’ journey through the courts',
    'HMICFRS',
    'HMCPSI',
    '2026-12-10',
  );
  await inspectionWithFieldwork('Next year’s thematic', 'HMICFRS', 'HMCPSI', '2027-02-01');
});
afterAll(async () => {
  for (const stop of stops) await stop();
  await db?.close();
});

describe('my work', () => {
  it('lists an agency editor’s recommendations to answer (the overdue first) and the drafts to finish', async () => {
    const work = await workOf(await as([{ role: 'AGENCY_EDITOR', agencyId: ids['Kent Police'] }]));
    expect(work.items.map((item) => [item.kind, item.dueOn, item.overdue])).toEqual([
      ['RECOMMENDATION_RESPONSE', '2026-10-27', true],
      ['RECOMMENDATION_RESPONSE', '2026-11-26', false],
      ['ACTION_PLAN_TO_DRAFT', null, false],
    ]);
    expect(work).toMatchObject({ count: 3, overdueCount: 1 });
    expect(work.items[2]).toMatchObject({
      title: 'Finish drafting "Kent victims’ plan"',
      organisationName: 'Kent Police',
      path: expect.stringMatching(/^\/act\/plans\//),
    });
    expect(work.items[0]!.path).toMatch(/^\/track\/recommendations#response-/);
  });

  it('gives the agency’s approvers its drafts to submit', async () => {
    const work = await workOf(
      await as([{ role: 'AGENCY_APPROVER', agencyId: ids['Kent Police'] }]),
    );
    expect(work.items.at(-1)).toMatchObject({
      kind: 'ACTION_PLAN_TO_SUBMIT',
      title: 'Submit "Kent victims’ plan"',
    });
  });

  it('gives an inspectorate the plans submitted to it and the phases of its inspections starting within 30 days', async () => {
    const lead = await workOf(
      await as([{ role: 'INSPECTORATE_PLANNER', inspectorateId: ids.HMICFRS }]),
    );
    expect(lead.items.map((item) => [item.kind, item.title, item.dueOn])).toEqual([
      ['PHASE_STARTING', 'Fieldwork of "Victims’ journey through the courts" starts', '2026-12-10'],
      ['ACTION_PLAN_TO_REVIEW', 'Review "Cumbria victims’ plan"', null],
    ]);
    expect(lead.items[0]).toMatchObject({
      organisationName: 'HMICFRS',
      path: expect.stringMatching(/^\/plan\/inspections\//),
    });
    const partner = await workOf(
      await as([{ role: 'INSPECTORATE_LEAD', inspectorateId: ids.HMCPSI }]),
    );
    expect(partner.items.map((item) => [item.kind, item.organisationName])).toEqual([
      ['PHASE_STARTING', 'HMCPSI'],
    ]);
  });

  it('gives a partner no phase of another inspectorate’s draft programme, nor its publication', async () => {
    const draft = await db.prisma.programme.create({
      data: {
        title: 'HMI Probation’s draft',
        startsOn: date('2027-04-01'),
        endsOn: date('2029-03-31'),
      },
    });
    await db.prisma.inspection.create({
      data: {
        programmeId: draft.id,
        title: 'Drafted thematic',
        kind: 'JOINT_THEMATIC',
        theme: 'Victims',
        scopeStatement: 'How agencies keep victims informed.',
        leadInspectorateId: ids['HMI Probation']!,
        partners: { create: [{ inspectorateId: ids['HMI Prisons']! }] },
        phases: {
          create: [
            {
              kind: 'PUBLICATION',
              plannedStart: date('2026-12-01'),
              plannedEnd: date('2026-12-02'),
            },
          ],
        },
      },
    });
    const agreed = await db.prisma.inspection.findFirstOrThrow({
      where: { title: 'Victims’ journey through the courts' },
    });
    await db.prisma.inspectionPhase.create({
      data: {
        inspectionId: agreed.id,
        kind: 'PUBLICATION',
        plannedStart: date('2026-12-05'),
        plannedEnd: date('2026-12-06'),
      },
    });
    const partner = await workOf(
      await as([{ role: 'INSPECTORATE_LEAD', inspectorateId: ids['HMI Prisons'] }]),
    );
    expect(partner.items.filter((item) => item.kind === 'PHASE_STARTING')).toEqual([]);
    const lead = await workOf(
      await as([{ role: 'INSPECTORATE_LEAD', inspectorateId: ids['HMI Probation'] }]),
    );
    expect(lead.items.map((item) => item.title)).toContain(
      'Publication of "Drafted thematic" starts',
    );
    const hmcpsi = await workOf(
      await as([{ role: 'INSPECTORATE_LEAD', inspectorateId: ids.HMCPSI }]),
    );
    expect(hmcpsi.items.map((item) => item.title)).not.toContain(
      'Publication of "Victims’ journey through the courts" starts',
    );
    await db.prisma.inspectionPhase.deleteMany({ where: { kind: 'PUBLICATION' } });
    await db.prisma.inspection.deleteMany({ where: { programmeId: draft.id } });
    await db.prisma.programme.delete({ where: { id: draft.id } });
  });

  it('gives a minister’s office the plans to lay and the Urgent Notifications to answer, and a PCC office its force’s plans to publish', async () => {
    const homeOffice = await workOf(
      await as([{ role: 'MINISTER_OFFICE', ministerId: ids['Home Secretary'] }]),
    );
    expect(homeOffice.items.map((item) => [item.kind, item.title])).toEqual([
      ['ACTION_PLAN_TO_LAY', 'Lay "Durham victims’ plan" before Parliament'],
    ]);
    const justice = await workOf(
      await as([
        {
          role: 'MINISTER_OFFICE',
          ministerId: ids['Lord Chancellor and Secretary of State for Justice'],
        },
      ]),
    );
    expect(justice.items).toEqual([
      expect.objectContaining({
        kind: 'URGENT_NOTIFICATION_RESPONSE',
        dueOn: '2026-12-23',
        overdue: false,
        agencyName: 'HM Prison and Probation Service',
      }),
    ]);
    const essex = await workOf(
      await as([
        {
          role: 'POLICING_BODY_OFFICE',
          localPolicingBodyId: ids['Essex Police, Fire and Crime Commissioner'],
        },
      ]),
    );
    expect(essex.items.map((item) => [item.kind, item.organisationName])).toEqual([
      ['ACTION_PLAN_TO_PUBLISH', 'Essex Police, Fire and Crime Commissioner'],
    ]);
    const kentPcc = await workOf(
      await as([
        {
          role: 'POLICING_BODY_OFFICE',
          localPolicingBodyId: ids['Kent Police and Crime Commissioner'],
        },
      ]),
    );
    expect(kentPcc.count).toBe(0);
  });

  it('is empty for an administrator, who works for no one organisation, and refused without sign-in', async () => {
    expect((await workOf(await as([{ role: 'ADMINISTRATOR' }]))).items).toEqual([]);
    const server = await graphqlAgainst(db.prisma, today, null);
    stops.push(server.stop);
    const refused = await server.execute(`{ myWork { count } }`);
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('costs the same number of SQL statements with more than twice the work', async () => {
    const user = await db.prisma.user.create({
      data: { email: 'many.roles@example.test', name: 'Many Roles', createdBy: 'Test' },
    });
    const everyRole = await as(
      [
        { role: 'AGENCY_APPROVER', agencyId: ids['Kent Police'] },
        { role: 'INSPECTORATE_PLANNER', inspectorateId: ids.HMICFRS },
        { role: 'MINISTER_OFFICE', ministerId: ids['Home Secretary'] },
        {
          role: 'MINISTER_OFFICE',
          ministerId: ids['Lord Chancellor and Secretary of State for Justice'],
        },
        {
          role: 'POLICING_BODY_OFFICE',
          localPolicingBodyId: ids['Essex Police, Fire and Crime Commissioner'],
        },
      ],
      user.id,
    );
    await workOf(everyRole);
    db.statements.reset();
    const before = await workOf(everyRole);
    const statements = db.statements.count;

    for (let n = 0; n < 2; n++) {
      await plan('Kent Police', 'RETURNED', `Kent plan ${n}`);
      await plan('Cumbria Constabulary', 'SUBMITTED', `Cumbria plan ${n}`);
      await plan('Durham Constabulary', 'ACCEPTED', `Durham plan ${n}`);
      await plan('Essex Police', 'LAID', `Essex plan ${n}`);
      await recommendation('Kent Police', '2026-10-15', `3.${n}`);
      await recommendation('Kent Police', '2026-08-15', `4.${n}`);
      await inspectionWithFieldwork(`Another thematic ${n}`, 'HMICFRS', 'HMCPSI', '2026-12-20');
    }
    await db.prisma.reminder.createMany({
      data: [0, 1, 2].map((n) => ({
        userId: user.id,
        deadlineKey: `TEST:${n}`,
        offset: 'ONE_DAY_BEFORE' as const,
        title: 'Test',
        dueOn: date('2026-11-26'),
        subjectId: 'x',
        path: '/my-work',
        remindedOn: date('2026-11-25'),
        subject: `Reminder ${n}`,
        body: 'Body',
        byEmail: false,
      })),
    });
    db.statements.reset();
    const after = await workOf(everyRole);
    // Each round adds a plan to submit, review, lay and publish, two responses and a phase.
    expect(after.count).toBe(before.count + 2 * 7);
    expect(after.reminders).toHaveLength(3);
    expect(db.statements.count).toBe(statements);
    console.log(
      `myWork for a person with five roles: ${statements} SQL statements, for ${before.count} items and for ${after.count}`,
    );
  });
});
