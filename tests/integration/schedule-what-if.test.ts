/**
 * What-if rescheduling as a planner uses it: staged moves previewed with the same warnings and
 * direction checks the saved programme gets, then saved all at once or not at all.
 */
import type { Viewer } from '@cjji/api/viewer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlAgainst, type Execute } from '../support/graphql.ts';
import { referenceIds } from '../support/ids.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

let db: TestDatabase;
let admin: Execute;
let planner: Execute;
let otherPlanner: Execute;
const stops: Array<() => Promise<void>> = [];
let ids: Awaited<ReturnType<typeof referenceIds>>;
let programmeId: string;
type PhaseRow = { id: string; kind: string; version: number; plannedStart: string };
const phasesOf: Record<string, PhaseRow[]> = {};

const errorFields = `__typename ... on Error { message } ... on InputError { issues { field message } }`;
const as = (name: string, roles: Viewer['roles']): Viewer => ({
  userId: null,
  name,
  email: 'what-if@example.test',
  sessionId: null,
  roles,
});

const phases = (fieldwork: [string, string]) => [
  { kind: 'SCOPING', plannedStart: '2031-09-01', plannedEnd: '2031-10-30' },
  { kind: 'FIELDWORK', plannedStart: fieldwork[0], plannedEnd: fieldwork[1] },
  { kind: 'REPORTING', plannedStart: '2032-06-01', plannedEnd: '2032-09-30' },
  { kind: 'PUBLICATION', plannedStart: '2032-10-14', plannedEnd: '2032-10-14' },
];

const previewQuery = `query($programmeId: ID!, $changes: [StagedPhaseChangeInput!]!) {
  schedulePreview(programmeId: $programmeId, changes: $changes) {
    warnings { kind message phaseIds }
    directionChecks { met }
  }
}`;
const saveMutation = `mutation($input: ReschedulePhasesInput!) {
  reschedulePhases(input: $input) { ${errorFields} ... on MutationReschedulePhasesSuccess {
    data { inspections { title phases { id plannedStart plannedEnd version } } warnings { kind } } } }
}`;

const fieldwork = (title: string) => phasesOf[title]!.find((p) => p.kind === 'FIELDWORK')!;
const reporting = (title: string) => phasesOf[title]!.find((p) => p.kind === 'REPORTING')!;

async function phasesNow() {
  return db.prisma.inspectionPhase.findMany({
    where: { inspection: { programme: { title: 'What-if programme' } } },
    orderBy: { id: 'asc' },
    select: { id: true, plannedStart: true, plannedEnd: true, version: true },
  });
}

beforeAll(async () => {
  db = await createTestDatabase();
  const adminServer = await graphqlAgainst(db.prisma);
  admin = adminServer.execute;
  stops.push(adminServer.stop);
  ids = await referenceIds(admin);
  const hmicfrs = await db.prisma.inspectorate.findFirstOrThrow({
    where: { shortName: 'HMICFRS' },
  });
  const prisons = await db.prisma.inspectorate.findFirstOrThrow({
    where: { shortName: 'HMI Prisons' },
  });
  for (const [name, roles, set] of [
    ['Pia Planner', [{ role: 'INSPECTORATE_PLANNER', inspectorateId: hmicfrs.id }], 'planner'],
    ['Pat Prisons', [{ role: 'INSPECTORATE_PLANNER', inspectorateId: prisons.id }], 'other'],
  ] as const) {
    const server = await graphqlAgainst(
      db.prisma,
      new Date('2026-11-25T12:00:00Z'),
      as(name, [...roles]),
    );
    stops.push(server.stop);
    if (set === 'planner') planner = server.execute;
    else otherPlanner = server.execute;
  }
  const created = await admin(
    `mutation($input: CreateProgrammeInput!) { createProgramme(input: $input) { ${errorFields} ... on MutationCreateProgrammeSuccess { data { id } } } }`,
    { input: { title: 'What-if programme', startsOn: '2031-04-01', endsOn: '2033-03-31' } },
  );
  programmeId = created.data!.createProgramme.data.id;
  for (const [title, dates] of [
    ['Victims’ journey', ['2032-03-01', '2032-03-26']],
    ['Custody suites', ['2032-04-12', '2032-04-30']],
  ] as const) {
    const added = await admin(
      `mutation($input: AddInspectionInput!) { addInspection(input: $input) { ${errorFields} ... on MutationAddInspectionSuccess { data { id phases { id kind version plannedStart } } } } }`,
      {
        input: {
          programmeId,
          title,
          kind: 'JOINT_THEMATIC',
          victimsThematic: true,
          theme: "Victims' experience of the criminal justice system",
          scopeStatement: 'How police and the CPS keep victims informed and supported.',
          leadInspectorateId: ids.inspectorate.HMICFRS,
          partnerInspectorateIds: [],
          agencyKindsInScope: ['POLICE_FORCE'],
          localityIds: [ids.agency['Kent Police']],
          phases: phases([...dates]),
        },
      },
    );
    expect(added.data!.addInspection.__typename).toBe('MutationAddInspectionSuccess');
    phasesOf[title] = added.data!.addInspection.data.phases;
  }
});
afterAll(async () => {
  for (const stop of stops) await stop();
  await db?.close();
});

describe('previewing staged changes', () => {
  it('shows the clash a staged move would cause, from the saved warnings’ rules, writing nothing', async () => {
    const before = await phasesNow();
    const saved = await planner(previewQuery, { programmeId, changes: [] });
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.schedulePreview.warnings).toEqual([]);

    const moved = await planner(previewQuery, {
      programmeId,
      changes: [
        {
          phaseId: fieldwork('Custody suites').id,
          plannedStart: '2032-03-20',
          plannedEnd: '2032-04-02',
        },
      ],
    });
    expect(moved.errors).toBeUndefined();
    expect(moved.data!.schedulePreview.warnings).toEqual([
      {
        kind: 'LOCALITY_CLASH',
        message:
          'Kent Police is in fieldwork for "Victims’ journey" (1 March 2032 to 26 March 2032) and "Custody suites" (20 March 2032 to 2 April 2032) at the same time, from 20 March 2032 to 26 March 2032.',
        phaseIds: [fieldwork('Victims’ journey').id, fieldwork('Custody suites').id],
      },
    ]);
    const outside = await planner(previewQuery, {
      programmeId,
      changes: [
        {
          phaseId: reporting('Custody suites').id,
          plannedStart: '2033-03-01',
          plannedEnd: '2033-05-30',
        },
      ],
    });
    // Reporting moved past publication: outside the programme, and out of order.
    expect(outside.data!.schedulePreview.warnings.map((w: { kind: string }) => w.kind)).toEqual([
      'OUTSIDE_PROGRAMME',
      'PHASE_ORDER',
    ]);
    expect(await phasesNow()).toEqual(before);
    // The saved programme still has no warnings: the preview is the planner's alone.
    const programme = await admin(`query($id: ID!) { programme(id: $id) { warnings { kind } } }`, {
      id: programmeId,
    });
    expect(programme.data!.programme.warnings).toEqual([]);
  });

  it('refuses a planner of another inspectorate, and every bad date at once', async () => {
    const refused = await otherPlanner(previewQuery, {
      programmeId,
      changes: [
        {
          phaseId: fieldwork('Custody suites').id,
          plannedStart: '2032-03-20',
          plannedEnd: '2032-04-02',
        },
      ],
    });
    expect(refused.data?.schedulePreview ?? null).toBeNull();
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const bad = await planner(previewQuery, {
      programmeId,
      changes: [
        {
          phaseId: fieldwork('Custody suites').id,
          plannedStart: '2032-03-20',
          plannedEnd: '2032-03-02',
        },
        {
          phaseId: reporting('Custody suites').id,
          plannedStart: '2032-06-20',
          plannedEnd: '2032-06-02',
        },
      ],
    });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.message).toBe(
      'The planned end must be on or after the planned start. The planned end must be on or after the planned start.',
    );
  });
});

describe('saving staged changes at once', () => {
  it('writes nothing when one phase is stale, naming that phase', async () => {
    const before = await phasesNow();
    const audits = await db.prisma.auditEvent.count();
    const result = await planner(saveMutation, {
      input: {
        programmeId,
        changes: [
          {
            phaseId: fieldwork('Victims’ journey').id,
            expectedVersion: fieldwork('Victims’ journey').version,
            plannedStart: '2032-02-01',
            plannedEnd: '2032-02-20',
          },
          {
            phaseId: fieldwork('Custody suites').id,
            expectedVersion: fieldwork('Custody suites').version + 5,
            plannedStart: '2032-05-01',
            plannedEnd: '2032-05-20',
          },
        ],
      },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!.reschedulePhases).toMatchObject({
      __typename: 'ConflictError',
      message: expect.stringContaining('fieldwork of “Custody suites”'),
    });
    expect(await phasesNow()).toEqual(before);
    expect(await db.prisma.auditEvent.count()).toBe(audits);
  });

  it('refuses a planner of another inspectorate, writing nothing', async () => {
    const before = await phasesNow();
    const result = await otherPlanner(saveMutation, {
      input: {
        programmeId,
        changes: [
          {
            phaseId: fieldwork('Custody suites').id,
            expectedVersion: fieldwork('Custody suites').version,
            plannedStart: '2032-05-01',
            plannedEnd: '2032-05-20',
          },
        ],
      },
    });
    expect(result.data?.reschedulePhases ?? null).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await phasesNow()).toEqual(before);
  });

  it('saves three changes in one go, each phase versioned, its history kept and audited', async () => {
    const changes = [
      ['Victims’ journey', fieldwork('Victims’ journey'), '2032-02-02', '2032-02-27'],
      ['Custody suites', fieldwork('Custody suites'), '2032-05-03', '2032-05-21'],
      ['Custody suites', reporting('Custody suites'), '2032-06-07', '2032-10-01'],
    ] as const;
    const result = await planner(saveMutation, {
      input: {
        programmeId,
        reason: 'Tried on the timeline',
        changes: changes.map(([, phase, plannedStart, plannedEnd]) => ({
          phaseId: phase.id,
          expectedVersion: phase.version,
          plannedStart,
          plannedEnd,
        })),
      },
    });
    expect(result.errors).toBeUndefined();
    const saved = result.data!.reschedulePhases;
    expect(saved.__typename).toBe('MutationReschedulePhasesSuccess');
    for (const [title, phase, plannedStart, plannedEnd] of changes) {
      const now = saved.data.inspections
        .find((i: { title: string }) => i.title === title)
        .phases.find((p: { id: string }) => p.id === phase.id);
      expect(now).toEqual({ id: phase.id, plannedStart, plannedEnd, version: phase.version + 1 });
    }
    const audited = await db.prisma.auditEvent.findMany({
      where: { action: 'reschedulePhases', actor: 'Pia Planner' },
    });
    expect(audited).toHaveLength(3);
    const history = await db.prisma.phaseDateChange.findMany({
      where: { reason: 'Tried on the timeline' },
    });
    expect(history).toHaveLength(3);
    expect(history.every((h) => h.changedBy === 'Pia Planner')).toBe(true);
  });
});
