import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlAgainst, type Execute } from '../support/graphql.ts';
import { referenceIds } from '../support/ids.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

let db: TestDatabase;
let execute: Execute;
let stop: () => Promise<void>;
let ids: Awaited<ReturnType<typeof referenceIds>>;

beforeAll(async () => {
  db = await createTestDatabase();
  ({ execute, stop } = await graphqlAgainst(db.prisma));
  ids = await referenceIds(execute);
});
afterAll(async () => {
  await stop?.();
  await db?.close();
});

const errorFields = `... on Error { __typename message } ... on InputError { issues { field message } }`;
const programmeFields = `id title status version startsOn endsOn
  inspections { id title status version phases { id kind plannedStart plannedEnd version staffingVersion } }
  warnings { kind message inspectionIds phaseIds }
  directionChecks { met shortfalls direction { reference } periods { counted } }
  statusHistory { fromStatus toStatus changedBy reason }`;

async function mutate(name: string, input: Record<string, unknown>, fields = 'id') {
  const mutation = `mutation($input: ${name[0]!.toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { __typename ${errorFields} ... on Mutation${name[0]!.toUpperCase()}${name.slice(1)}Success { data { ${fields} } } } }`;
  const { data, errors } = await execute(mutation, { input });
  expect(errors, JSON.stringify(errors)).toBeUndefined();
  return data![name];
}

const programmeOf = async (id: string) =>
  (await execute(`query($id: ID!) { programme(id: $id) { ${programmeFields} } }`, { id })).data!
    .programme;

const phases = (fieldworkStart: string, fieldworkEnd: string) => [
  { kind: 'SCOPING', plannedStart: '2026-09-01', plannedEnd: '2026-10-30' },
  { kind: 'FIELDWORK', plannedStart: fieldworkStart, plannedEnd: fieldworkEnd },
  { kind: 'REPORTING', plannedStart: '2027-06-01', plannedEnd: '2027-09-30' },
  { kind: 'PUBLICATION', plannedStart: '2027-10-14', plannedEnd: '2027-10-14' },
];

const victimsThematic = (
  title: string,
  localities: string[],
  fieldwork: [string, string] = ['2027-03-01', '2027-03-26'],
) => ({
  title,
  kind: 'JOINT_THEMATIC',
  victimsThematic: true,
  theme: "Victims' experience of the criminal justice system",
  scopeStatement:
    'How police, the CPS, HMCTS and HMPPS keep victims informed and supported from report to release.',
  leadInspectorateId: ids.inspectorate.HMICFRS,
  partnerInspectorateIds: [ids.inspectorate.HMCPSI, ids.inspectorate['HMI Probation']],
  agencyKindsInScope: ['POLICE_FORCE', 'CPS_AREA', 'HMCTS', 'HMPPS'],
  localityIds: localities.map((name) => ids.agency[name]),
  phases: phases(...fieldwork),
});

describe('planning a programme, as a new planner would', () => {
  let programme: any;

  it('refuses a programme that does not run two years, naming the field', async () => {
    const result = await mutate('createProgramme', {
      title: 'Joint inspection programme 2026 to 2028',
      startsOn: '2026-04-01',
      endsOn: '2027-03-31',
    });
    expect(result).toMatchObject({
      __typename: 'InputError',
      issues: [
        {
          field: ['input', 'endsOn'],
          message:
            'A programme runs for two years: one starting on 1 April 2026 ends on 31 March 2028.',
        },
      ],
    });
    expect(await db.prisma.programme.count()).toBe(0);
  });

  it('creates a draft programme for 2026 to 2028', async () => {
    const result = await mutate(
      'createProgramme',
      {
        title: 'Joint inspection programme 2026 to 2028',
        startsOn: '2026-04-01',
        endsOn: '2028-03-31',
      },
      programmeFields,
    );
    expect(result.__typename).toBe('MutationCreateProgrammeSuccess');
    programme = result.data;
    expect(programme).toMatchObject({
      status: 'DRAFT',
      version: 1,
      statusHistory: [{ fromStatus: null, toStatus: 'DRAFT', changedBy: 'Test planner' }],
    });
  });

  it('records a direction requiring two victims’ thematics, and reports it unmet', async () => {
    const result = await mutate(
      'recordDirection',
      {
        reference: 'VPA-2026-01',
        title: "Direction on victims' thematic inspections",
        kind: 'VICTIMS_THEMATICS',
        draftedOn: '2026-01-15',
        status: 'GIVEN',
        inForceFrom: '2026-04-01',
        agreements: [
          'Home Secretary',
          'Lord Chancellor and Secretary of State for Justice',
          'Attorney General',
        ].map((title) => ({ ministerId: ids.minister[title], agreedOn: '2026-01-15' })),
        minimumThematics: 2,
        period: 'PER_PROGRAMME',
        agencyKindsRequired: ['POLICE_FORCE', 'CPS_AREA'],
        requirement:
          "Each programme shall include at least two joint thematic inspections of victims' experiences across police and CPS.",
      },
      'reference givenBy { title }',
    );
    expect(result.data.givenBy).toHaveLength(3);
    const checks = (await programmeOf(programme.id)).directionChecks;
    expect(checks).toEqual([
      {
        met: false,
        direction: { reference: 'VPA-2026-01' },
        periods: [{ counted: [] }],
        shortfalls: [
          "The programme has 0 of the 2 victims' thematics covering police forces, CPS areas required: 2 more needed.",
        ],
      },
    ]);
  });

  it('adds a victims’ thematic visiting four police forces and a CPS area', async () => {
    const result = await mutate(
      'addInspection',
      {
        programmeId: programme.id,
        ...victimsThematic('Victims’ journey', [
          'Kent Police',
          'Essex Police',
          'Gwent Police',
          'Cumbria Constabulary',
          'CPS South East',
        ]),
      },
      'title victimsThematic localities { name } partnerInspectorates { shortName } leadInspectorate { shortName } phases { kind plannedStart }',
    );
    expect(result.__typename).toBe('MutationAddInspectionSuccess');
    expect(result.data.localities.map((l: any) => l.name)).toEqual([
      'CPS South East',
      'Cumbria Constabulary',
      'Essex Police',
      'Gwent Police',
      'Kent Police',
    ]);
    expect(result.data.phases.map((p: any) => p.kind)).toEqual([
      'SCOPING',
      'FIELDWORK',
      'REPORTING',
      'PUBLICATION',
    ]);
    const checks = (await programmeOf(programme.id)).directionChecks;
    expect(checks[0]).toMatchObject({ met: false, periods: [{ counted: ['Victims’ journey'] }] });
  });

  it('warns of a clash when a second inspection visits one of those forces in the same weeks', async () => {
    const custody = await mutate(
      'addInspection',
      {
        programmeId: programme.id,
        title: 'Custody suites',
        kind: 'JOINT_THEMATIC',
        victimsThematic: false,
        theme: 'Police custody',
        scopeStatement: 'Conditions and treatment of detainees in police custody suites.',
        leadInspectorateId: ids.inspectorate['HMI Prisons'],
        partnerInspectorateIds: [ids.inspectorate.HMICFRS],
        agencyKindsInScope: ['POLICE_FORCE'],
        localityIds: [ids.agency['Kent Police'], ids.agency['Surrey Police']],
        phases: phases('2027-03-22', '2027-04-09'),
      },
      'id',
    );
    expect(custody.__typename).toBe('MutationAddInspectionSuccess');
    const { warnings } = await programmeOf(programme.id);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ kind: 'LOCALITY_CLASH' });
    expect(warnings[0].message).toBe(
      'Kent Police is in fieldwork for "Victims’ journey" (1 March 2027 to 26 March 2027) and "Custody suites" (22 March 2027 to 9 April 2027) at the same time, from 22 March 2027 to 26 March 2027.',
    );
    expect(warnings[0].inspectionIds).toContain(custody.data.id);
  });

  it('clears the clash when the second inspection’s fieldwork moves, keeping the old dates in its history', async () => {
    const custody = (await programmeOf(programme.id)).inspections.find(
      (i: any) => i.title === 'Custody suites',
    );
    const fieldwork = custody.phases.find((p: any) => p.kind === 'FIELDWORK');
    const moved = await mutate(
      'reschedulePhase',
      {
        phaseId: fieldwork.id,
        expectedVersion: fieldwork.version,
        plannedStart: '2027-04-12',
        plannedEnd: '2027-04-30',
        reason: 'Avoid Kent’s victims’ fieldwork',
      },
      'plannedStart plannedEnd version history { plannedStart plannedEnd changedBy reason }',
    );
    expect(moved.data).toEqual({
      plannedStart: '2027-04-12',
      plannedEnd: '2027-04-30',
      version: 2,
      history: [
        {
          plannedStart: '2027-03-22',
          plannedEnd: '2027-04-09',
          changedBy: 'Test planner',
          reason: 'Avoid Kent’s victims’ fieldwork',
        },
      ],
    });
    expect((await programmeOf(programme.id)).warnings).toEqual([]);

    const stale = await mutate('reschedulePhase', {
      phaseId: fieldwork.id,
      expectedVersion: fieldwork.version,
      plannedStart: '2027-03-01',
      plannedEnd: '2027-03-05',
    });
    expect(stale).toMatchObject({
      __typename: 'ConflictError',
      message: expect.stringMatching(
        /^Test planner changed this phase at \d\d:\d\d on \d{1,2} \w+ \d{4}, after you opened it: planned end and planned start\. Open it again/,
      ),
    });
    const backwards = await mutate('reschedulePhase', {
      phaseId: fieldwork.id,
      expectedVersion: 2,
      plannedStart: '2027-04-30',
      plannedEnd: '2027-04-12',
    });
    expect(backwards).toMatchObject({
      __typename: 'InputError',
      issues: [{ field: ['input', 'plannedEnd'] }],
    });
    expect(
      (await programmeOf(programme.id)).inspections
        .find((i: any) => i.title === 'Custody suites')
        .phases.find((p: any) => p.kind === 'FIELDWORK'),
    ).toMatchObject({ plannedStart: '2027-04-12', version: 2 });
  });

  it('reports the direction met after another victims’ thematic is added', async () => {
    await mutate('addInspection', {
      programmeId: programme.id,
      ...victimsThematic(
        'Domestic abuse victims',
        ['Kent Police', 'CPS South East'],
        ['2027-05-03', '2027-05-28'],
      ),
    });
    const { directionChecks } = await programmeOf(programme.id);
    expect(directionChecks[0]).toMatchObject({
      met: true,
      shortfalls: [],
      periods: [{ counted: ['Victims’ journey', 'Domestic abuse victims'] }],
    });
  });

  it('refuses scope that reaches judicial decisions without an administration-only statement, writing nothing', async () => {
    const before = await db.prisma.inspection.count();
    const result = await mutate('addInspection', {
      programmeId: programme.id,
      ...victimsThematic('Sentencing', ['Kent Police']),
      scopeStatement:
        "How magistrates' sentencing decisions take account of victim personal statements.",
    });
    expect(result.__typename).toBe('InputError');
    expect(result.issues).toEqual([
      {
        field: ['input', 'administrationOnlyStatement'],
        message: expect.stringMatching(
          /^Inspections may never look at judicial decisions or the exercise of judicial discretion/,
        ),
      },
    ]);
    expect(await db.prisma.inspection.count()).toBe(before);
  });

  it('refuses a core inspection of several agencies, listing every problem', async () => {
    const result = await mutate('addInspection', {
      programmeId: programme.id,
      title: 'PEEL Kent',
      kind: 'CORE',
      victimsThematic: false,
      theme: 'PEEL',
      scopeStatement: 'Police effectiveness, efficiency and legitimacy.',
      leadInspectorateId: ids.inspectorate.HMICFRS,
      partnerInspectorateIds: [ids.inspectorate.HMCPSI],
      agencyKindsInScope: ['POLICE_FORCE'],
      localityIds: [ids.agency['Kent Police'], ids.agency['Essex Police']],
      phases: phases('2027-01-04', '2027-01-29'),
    });
    expect(result.__typename).toBe('InputError');
    expect(result.issues.map((issue: any) => issue.field.at(-1))).toEqual([
      'partnerInspectorateIds',
      'localityIds',
    ]);
  });

  it('warns when an inspectorate is planned beyond its capacity in a quarter', async () => {
    await mutate(
      'setInspectorateCapacity',
      {
        inspectorateId: ids.inspectorate.HMICFRS,
        quarterStart: '2027-01-01',
        inspectorWeeks: 20,
        expectedVersion: 0,
      },
      'quarterStart inspectorWeeks',
    );
    const notAQuarter = await mutate(
      'setInspectorateCapacity',
      {
        inspectorateId: ids.inspectorate.HMICFRS,
        quarterStart: '2027-02-01',
        inspectorWeeks: 20,
        expectedVersion: 0,
      },
      'quarterStart',
    );
    expect(notAQuarter).toMatchObject({
      __typename: 'InputError',
      message:
        'A quarter starts on 1 January, 1 April, 1 July or 1 October: did you mean 2027-01-01?',
    });
    const journey = (await programmeOf(programme.id)).inspections.find(
      (i: any) => i.title === 'Victims’ journey',
    );
    const fieldwork = journey.phases.find((p: any) => p.kind === 'FIELDWORK');
    await mutate('setPhaseStaffing', {
      phaseId: fieldwork.id,
      expectedVersion: fieldwork.staffingVersion,
      staffing: [
        { inspectorateId: ids.inspectorate.HMICFRS, inspectorWeeks: 24 },
        { inspectorateId: ids.inspectorate.HMCPSI, inspectorWeeks: 6 },
      ],
    });
    const { warnings } = await programmeOf(programme.id);
    expect(warnings.map((w: any) => w.message)).toEqual([
      'HMICFRS is planned for 24 inspector-weeks in Jan to Mar 2027, over its capacity of 20.',
    ]);
  });

  it('refuses a stale staffing or capacity, naming who changed it since', async () => {
    const colleague = await graphqlAgainst(db.prisma, new Date('2026-11-25T12:00:00Z'), {
      userId: null,
      name: 'Priya Planner',
      email: 'priya@test.invalid',
      sessionId: null,
      roles: [{ role: 'ADMINISTRATOR' }],
    });
    try {
      const journey = (await programmeOf(programme.id)).inspections.find(
        (i: any) => i.title === 'Victims’ journey',
      );
      const scoping = journey.phases.find((p: any) => p.kind === 'SCOPING');
      const staffing = (weeks: number, expectedVersion: number) => ({
        phaseId: scoping.id,
        expectedVersion,
        staffing: [{ inspectorateId: ids.inspectorate.HMCPSI, inspectorWeeks: weeks }],
      });
      // Both opened the page at the same version; Priya saves first.
      const hers = await colleague.execute(
        `mutation($input: SetPhaseStaffingInput!) { setPhaseStaffing(input: $input) { __typename } }`,
        { input: staffing(3, scoping.staffingVersion) },
      );
      expect(hers.data!.setPhaseStaffing.__typename).toBe('MutationSetPhaseStaffingSuccess');
      const mine = await mutate('setPhaseStaffing', staffing(5, scoping.staffingVersion));
      expect(mine.__typename).toBe('ConflictError');
      expect(mine.message).toMatch(
        /^Priya Planner changed this phase’s staffing at .*: staffing\./,
      );
      // Her staffing stands; nothing of mine was written.
      const rows = await db.prisma.phaseStaffing.findMany({
        where: { phase: { inspection: { title: 'Victims’ journey' }, kind: 'SCOPING' } },
      });
      expect(rows.map((row) => row.inspectorWeeks.toNumber())).toEqual([3]);
      // From the version now current, the same edit goes through.
      const after = await mutate('setPhaseStaffing', staffing(4, scoping.staffingVersion + 1));
      expect(after.__typename).toBe('MutationSetPhaseStaffingSuccess');

      const capacity = (inspectorWeeks: number, expectedVersion: number) => ({
        inspectorateId: ids.inspectorate.HMCPSI,
        quarterStart: '2027-04-01',
        inspectorWeeks,
        expectedVersion,
      });
      const first = await colleague.execute(
        `mutation($input: SetInspectorateCapacityInput!) { setInspectorateCapacity(input: $input) { __typename } }`,
        { input: capacity(12, 0) },
      );
      expect(first.data!.setInspectorateCapacity.__typename).toBe(
        'MutationSetInspectorateCapacitySuccess',
      );
      // I opened the page when none was set: my "first" capacity is stale.
      const stale = await mutate('setInspectorateCapacity', capacity(30, 0), 'version');
      expect(stale.__typename).toBe('ConflictError');
      expect(stale.message).toMatch(/^Priya Planner changed this capacity at /);
      const current = await mutate('setInspectorateCapacity', capacity(30, 1), 'version');
      expect(current).toMatchObject({
        __typename: 'MutationSetInspectorateCapacitySuccess',
        data: { version: 2 },
      });
      expect((await mutate('setInspectorateCapacity', capacity(31, 1), 'version')).message).toMatch(
        /^Test planner changed this capacity at .*: inspector weeks\./,
      );
    } finally {
      await colleague.stop();
    }
  });

  it('cancels an inspection only with a reason, keeps it, and stops counting it towards a direction', async () => {
    const domestic = (await programmeOf(programme.id)).inspections.find(
      (i: any) => i.title === 'Domestic abuse victims',
    );
    const noReason = await mutate('changeInspectionStatus', {
      inspectionId: domestic.id,
      expectedVersion: domestic.version,
      status: 'CANCELLED',
    });
    expect(noReason).toMatchObject({
      __typename: 'InputError',
      issues: [{ field: ['input', 'reason'] }],
    });
    const cancelled = await mutate(
      'changeInspectionStatus',
      {
        inspectionId: domestic.id,
        expectedVersion: domestic.version,
        status: 'CANCELLED',
        reason: 'Merged into the victims’ journey',
      },
      'status cancellationReason statusHistory { fromStatus toStatus reason }',
    );
    expect(cancelled.data).toMatchObject({
      status: 'CANCELLED',
      cancellationReason: 'Merged into the victims’ journey',
      statusHistory: [{ toStatus: 'PLANNED' }, { fromStatus: 'PLANNED', toStatus: 'CANCELLED' }],
    });
    const after = await programmeOf(programme.id);
    expect(after.inspections.map((i: any) => i.title)).toContain('Domestic abuse victims');
    expect(after.directionChecks[0].met).toBe(false);
    const reopen = await mutate('changeInspectionStatus', {
      inspectionId: domestic.id,
      expectedVersion: domestic.version + 1,
      status: 'PLANNED',
    });
    expect(reopen).toMatchObject({
      __typename: 'InvalidStateError',
      message: 'A cancelled inspection cannot be marked planned.',
    });
  });

  it('moves draft → agreed → published, refusing to skip agreement, and then refuses new inspections', async () => {
    const skip = await mutate('changeProgrammeStatus', {
      programmeId: programme.id,
      status: 'PUBLISHED',
      expectedVersion: 1,
    });
    expect(skip).toMatchObject({
      __typename: 'InvalidStateError',
      message: 'A draft programme cannot be made published. The inspectorates must agree it first.',
    });
    await mutate('changeProgrammeStatus', {
      programmeId: programme.id,
      status: 'AGREED',
      expectedVersion: 1,
    });
    const stale = await mutate('changeProgrammeStatus', {
      programmeId: programme.id,
      status: 'PUBLISHED',
      expectedVersion: 1,
    });
    expect(stale.__typename).toBe('ConflictError');
    const published = await mutate(
      'changeProgrammeStatus',
      {
        programmeId: programme.id,
        status: 'PUBLISHED',
        expectedVersion: 2,
        reason: 'Agreed by the four chief inspectors',
      },
      'status version statusHistory { toStatus reason }',
    );
    expect(published.data.statusHistory.map((s: any) => s.toStatus)).toEqual([
      'DRAFT',
      'AGREED',
      'PUBLISHED',
    ]);

    const late = await mutate('addInspection', {
      programmeId: programme.id,
      ...victimsThematic('Late addition', ['Kent Police']),
    });
    expect(late).toMatchObject({
      __typename: 'InvalidStateError',
      message: expect.stringMatching(/Start a revision of it instead/),
    });
  });

  it('revises a published programme; publishing the revision supersedes the original', async () => {
    const revision = await mutate(
      'reviseProgramme',
      { programmeId: programme.id },
      'id title status version inspections { title status phases { kind } } revises { id }',
    );
    expect(revision.data).toMatchObject({
      title: 'Joint inspection programme 2026 to 2028 (revised)',
      status: 'DRAFT',
      revises: { id: programme.id },
    });
    expect(revision.data.inspections.map((i: any) => [i.title, i.status])).toEqual([
      ['Victims’ journey', 'PLANNED'],
      ['Custody suites', 'PLANNED'],
      ['Domestic abuse victims', 'CANCELLED'],
    ]);
    const again = await mutate('reviseProgramme', { programmeId: programme.id });
    expect(again.__typename).toBe('InvalidStateError');

    await mutate('changeProgrammeStatus', {
      programmeId: revision.data.id,
      status: 'AGREED',
      expectedVersion: 1,
    });
    await mutate('changeProgrammeStatus', {
      programmeId: revision.data.id,
      status: 'PUBLISHED',
      expectedVersion: 2,
    });
    const original = await programmeOf(programme.id);
    expect(original.status).toBe('SUPERSEDED');
    expect(original.statusHistory.at(-1)).toMatchObject({
      fromStatus: 'PUBLISHED',
      toStatus: 'SUPERSEDED',
      reason: 'Superseded by "Joint inspection programme 2026 to 2028 (revised)"',
    });
    const fieldwork = original.inspections[0].phases.find((p: any) => p.kind === 'FIELDWORK');
    const frozen = await mutate('reschedulePhase', {
      phaseId: fieldwork.id,
      expectedVersion: fieldwork.version,
      plannedStart: '2027-03-02',
      plannedEnd: '2027-03-27',
    });
    expect(frozen).toMatchObject({
      __typename: 'InvalidStateError',
      message: expect.stringMatching(/superseded/),
    });

    const { data } = await execute(`{ currentProgramme { id isCurrent } }`);
    expect(data!.currentProgramme).toEqual({ id: revision.data.id, isCurrent: true });
  });

  it('recorded every change in the audit trail, with who made it', async () => {
    const events = await db.prisma.auditEvent.groupBy({
      by: ['action'],
      _count: true,
      orderBy: { action: 'asc' },
    });
    expect(Object.fromEntries(events.map((e) => [e.action, e._count]))).toEqual({
      addInspection: 3,
      changeInspectionStatus: 1,
      changeProgrammeStatus: 4,
      createProgramme: 1,
      recordDirection: 1,
      reschedulePhase: 1,
      reviseProgramme: 1,
      setInspectorateCapacity: 3,
      setPhaseStaffing: 3,
    });
    // Everything by the test's planner, but for the colleague's two saves in the stale-edit test.
    expect(await db.prisma.auditEvent.count({ where: { actor: { not: 'Test planner' } } })).toBe(2);
  });
});

describe('bad input to the planning API', () => {
  it('answers a mutation that asks only for the result’s type', async () => {
    const { data, errors } = await execute(
      `mutation { createProgramme(input: { title: "Typename only", startsOn: "2030-04-01", endsOn: "2032-03-31" }) { __typename } }`,
    );
    expect(errors).toBeUndefined();
    expect(data!.createProgramme).toEqual({ __typename: 'MutationCreateProgrammeSuccess' });
  });

  it('answers an unknown or malformed programme id clearly', async () => {
    const missing = Buffer.from('Programme:00000000-0000-4000-8000-000000000000').toString(
      'base64',
    );
    const notFound = await execute(`query($id: ID!) { programme(id: $id) { id } }`, {
      id: missing,
    });
    expect(notFound.errors![0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    const result = await mutate('changeProgrammeStatus', {
      programmeId: 'nonsense',
      status: 'AGREED',
      expectedVersion: 1,
    });
    expect(result).toMatchObject({
      __typename: 'InputError',
      issues: [{ field: ['input', 'programmeId'], message: '"nonsense" is not a programme id.' }],
    });
  });

  it('refuses a date that does not exist rather than rolling it into the next month', async () => {
    const { data, errors } = await execute(
      `mutation($input: CreateProgrammeInput!) { createProgramme(input: $input) { __typename } }`,
      { input: { title: 'Leap', startsOn: '2026-02-30', endsOn: '2028-02-29' } },
    );
    expect(data ?? null).toBeNull();
    expect(errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(errors![0]!.message).toMatch(
      /at "input\.startsOn"; .*"2026-02-30" is not a date in the form YYYY-MM-DD\./,
    );
  });

  it('reports every invalid field of a new programme at once', async () => {
    const result = await mutate('createProgramme', {
      title: ' ',
      startsOn: '2026-04-01',
      endsOn: '2028-03-31',
    });
    expect(result).toMatchObject({
      __typename: 'InputError',
      issues: [
        {
          field: ['input', 'title'],
          message: 'Give the programme a title of at least 3 characters.',
        },
      ],
    });
  });
});
