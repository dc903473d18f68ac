/**
 * The baseline (the plan as agreed, or as last published) and what changed since; the annual
 * review of each programme year, planned against done, and who may publish and read it.
 */
import type { Viewer } from '@cjji/api/viewer';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlAgainst, type Execute } from '../support/graphql.ts';
import { referenceIds } from '../support/ids.ts';
import { seedProgramme } from '../support/seed-programme.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

let db: TestDatabase;
let execute: Execute;
const stops: Array<() => Promise<void>> = [];
let ids: Awaited<ReturnType<typeof referenceIds>>;
const now = new Date('2027-06-30T12:00:00Z');
const missing = Buffer.from('Programme:00000000-0000-4000-8000-000000000000').toString('base64');

const as = async (roles: Viewer['roles'] | null) => {
  const server = await graphqlAgainst(
    db.prisma,
    now,
    roles && { userId: null, name: 'Test person', email: 't@test.invalid', sessionId: null, roles },
  );
  stops.push(server.stop);
  return server.execute;
};

beforeAll(async () => {
  db = await createTestDatabase();
  execute = await as([{ role: 'ADMINISTRATOR' }]);
  ids = await referenceIds(execute);
});
afterAll(async () => {
  for (const stop of stops) await stop();
  await db?.close();
});

const errorFields = `... on Error { __typename message } ... on InputError { issues { field message } }`;
async function mutate(name: string, input: Record<string, unknown>, fields = 'id', run = execute) {
  const type = `${name[0]!.toUpperCase()}${name.slice(1)}`;
  const { data, errors } = await run(
    `mutation($input: ${type}Input!) { ${name}(input: $input) { __typename ${errorFields} ... on Mutation${type}Success { data { ${fields} } } } }`,
    { input },
  );
  expect(errors, JSON.stringify(errors)).toBeUndefined();
  return data![name];
}

const changesQuery = `query($id: ID!) { programme(id: $id) { status version
  baseline { capturedOn capturedBy backfilled }
  changesSinceBaseline { kind inspectionTitle phaseKind baselineStart baselineEnd currentStart currentEnd days message }
  inspections { id title version phases { id kind plannedStart plannedEnd version baselineStart baselineEnd } } } }`;
const programmeOf = async (id: string) => (await execute(changesQuery, { id })).data!.programme;

const reviewQuery = `query($id: ID!, $year: Int!, $asPublished: Boolean) {
  annualReview(programmeId: $id, year: $year, asPublished: $asPublished) {
    year startsOn endsOn asPublished publishedVersion viewerCan { publish }
    publications { version publishedBy }
    totals { planned started published onTime late overdue notYetDue cancelled }
    entries { title status plannedAsAgreed plannedStart startedOn startDaysLate plannedReport
      reportedOn reportDaysLate plannedPublication publishedOn publicationDaysLate outcome
      outcomeDays cancellationReason } } }`;

const inspection = (
  programmeId: string,
  title: string,
  [scoping, fieldwork, reporting, publication]: string[],
) => ({
  programmeId,
  title,
  kind: 'JOINT_THEMATIC',
  victimsThematic: true,
  theme: "Victims' experience of the criminal justice system",
  scopeStatement: 'How police and the CPS keep victims informed from report to trial.',
  leadInspectorateId: ids.inspectorate.HMICFRS,
  partnerInspectorateIds: [ids.inspectorate.HMCPSI],
  agencyKindsInScope: ['POLICE_FORCE', 'CPS_AREA'],
  localityIds: [ids.agency['Kent Police']],
  phases: [
    { kind: 'SCOPING', plannedStart: scoping, plannedEnd: scoping },
    { kind: 'FIELDWORK', plannedStart: fieldwork, plannedEnd: fieldwork },
    { kind: 'REPORTING', plannedStart: fieldwork, plannedEnd: reporting },
    { kind: 'PUBLICATION', plannedStart: publication, plannedEnd: publication },
  ],
});

describe('the baseline and what changed since', () => {
  let programmeId: string;
  const phase = async (title: string, kind: string) => {
    const p = await programmeOf(programmeId);
    const found = p.inspections.find((i: any) => i.title === title);
    return { inspection: found, phase: found.phases.find((ph: any) => ph.kind === kind) };
  };
  const move = async (status: string) => {
    const { version } = await programmeOf(programmeId);
    const result = await mutate('changeProgrammeStatus', {
      programmeId,
      status,
      expectedVersion: version,
    });
    expect(result.__typename).toBe('MutationChangeProgrammeStatusSuccess');
  };

  it('has no baseline and lists no changes while a first draft', async () => {
    const created = await mutate('createProgramme', {
      title: 'Joint inspection programme 2026 to 2028',
      startsOn: '2026-04-01',
      endsOn: '2028-03-31',
    });
    programmeId = created.data.id;
    for (const [title, dates] of [
      ['Rape thematic', ['2026-05-04', '2026-07-06', '2026-12-18', '2027-02-15']],
      ['Custody thematic', ['2026-09-01', '2027-03-01', '2027-06-30', '2027-10-14']],
      ['Witness care thematic', ['2027-01-04', '2027-04-05', '2027-05-28', '2027-06-14']],
    ] as const) {
      const added = await mutate('addInspection', inspection(programmeId, title, [...dates]));
      expect(added.__typename).toBe('MutationAddInspectionSuccess');
    }
    const programme = await programmeOf(programmeId);
    expect(programme.baseline).toBeNull();
    expect(programme.changesSinceBaseline).toEqual([]);
    expect(programme.inspections[0].phases[0]).toMatchObject({ baselineStart: null });
  });

  it('captures the baseline when the programme is agreed, in the same move', async () => {
    await move('AGREED');
    const programme = await programmeOf(programmeId);
    expect(programme.baseline).toEqual({
      capturedOn: 'AGREED',
      capturedBy: 'Test person',
      backfilled: false,
    });
    const { phase: fieldwork } = await phase('Rape thematic', 'FIELDWORK');
    expect(fieldwork).toMatchObject({ baselineStart: '2026-07-06', baselineEnd: '2026-07-06' });
    expect(programme.changesSinceBaseline).toEqual([]);
    // Agreed is not yet public: its review is not published before the programme.
    const early = await mutate(
      'publishAnnualReview',
      { programmeId, year: 1, expectedVersion: 0 },
      'year',
    );
    expect(early).toMatchObject({
      __typename: 'InvalidStateError',
      message:
        'Publish the programme first: its annual review is published after the programme itself.',
    });
    expect(await db.prisma.annualReview.count()).toBe(0);
  });

  it('keeps the baseline as agreed when a phase is rescheduled, and lists the slip in days', async () => {
    const { phase: reporting } = await phase('Custody thematic', 'REPORTING');
    const result = await mutate('reschedulePhase', {
      phaseId: reporting.id,
      expectedVersion: reporting.version,
      plannedStart: '2027-03-01',
      plannedEnd: '2027-07-14',
      reason: 'Fieldwork found more cases to read.',
    });
    expect(result.__typename).toBe('MutationReschedulePhaseSuccess');
    const after = await phase('Custody thematic', 'REPORTING');
    expect(after.phase).toMatchObject({
      plannedEnd: '2027-07-14',
      baselineStart: '2027-03-01',
      baselineEnd: '2027-06-30',
    });
    const { phase: scoping } = await phase('Witness care thematic', 'SCOPING');
    await mutate('reschedulePhase', {
      phaseId: scoping.id,
      expectedVersion: scoping.version,
      plannedStart: '2026-12-28',
      plannedEnd: '2026-12-28',
    });
    expect((await programmeOf(programmeId)).changesSinceBaseline).toEqual([
      {
        kind: 'SLIPPED',
        inspectionTitle: 'Custody thematic',
        phaseKind: 'REPORTING',
        baselineStart: '2027-03-01',
        baselineEnd: '2027-06-30',
        currentStart: '2027-03-01',
        currentEnd: '2027-07-14',
        days: 14,
        message: 'Reporting slipped 14 days: now ends 14 July 2027.',
      },
      {
        kind: 'MOVED',
        inspectionTitle: 'Witness care thematic',
        phaseKind: 'SCOPING',
        baselineStart: '2027-01-04',
        baselineEnd: '2027-01-04',
        currentStart: '2026-12-28',
        currentEnd: '2026-12-28',
        days: -7,
        message: 'Scoping moved 7 days earlier.',
      },
    ]);
  });

  it('refuses any change to a baseline row, even from the database itself', async () => {
    await expect(
      db.prisma.baselinePhase.updateMany({ data: { plannedEnd: new Date('2030-01-01') } }),
    ).rejects.toThrow(/kept as it was/);
    await expect(db.prisma.programmeBaseline.deleteMany()).rejects.toThrow(/kept as it was/);
    await expect(db.prisma.$executeRawUnsafe('TRUNCATE "BaselinePhase" CASCADE')).rejects.toThrow(
      /kept as it was/,
    );
  });

  it('lists an inspection cancelled since, with its reason, and one added after the baseline', async () => {
    const { inspection: witness } = await phase('Witness care thematic', 'SCOPING');
    const noReason = await mutate('changeInspectionStatus', {
      inspectionId: witness.id,
      expectedVersion: witness.version,
      status: 'CANCELLED',
    });
    expect(noReason).toMatchObject({
      __typename: 'InputError',
      issues: [
        {
          field: ['input', 'reason'],
          message: 'Say why the inspection is cancelled: the reason is kept with the programme.',
        },
      ],
    });
    await mutate('changeInspectionStatus', {
      inspectionId: witness.id,
      expectedVersion: witness.version,
      status: 'CANCELLED',
      reason: 'Its inspectors moved to the rape thematic.',
    });
    await move('DRAFT');
    await mutate(
      'addInspection',
      inspection(programmeId, 'Youth justice thematic', [
        '2027-05-03',
        '2027-09-06',
        '2027-12-17',
        '2028-02-14',
      ]),
    );
    const programme = await programmeOf(programmeId);
    expect(programme.baseline.capturedOn).toBe('AGREED');
    expect(
      programme.changesSinceBaseline.map((c: any) => [c.kind, c.inspectionTitle, c.message]),
    ).toEqual([
      ['SLIPPED', 'Custody thematic', 'Reporting slipped 14 days: now ends 14 July 2027.'],
      [
        'CANCELLED',
        'Witness care thematic',
        'Cancelled: Its inspectors moved to the rape thematic.',
      ],
      ['ADDED', 'Youth justice thematic', 'Added after the baseline.'],
    ]);
    const youth = programme.inspections.find((i: any) => i.title === 'Youth justice thematic');
    expect(youth.phases.map((p: any) => p.baselineStart)).toEqual([null, null, null, null]);
  });

  it('takes the plan agreed again, and then as published, as the baseline', async () => {
    await move('AGREED');
    await move('PUBLISHED');
    const programme = await programmeOf(programmeId);
    expect(programme.baseline.capturedOn).toBe('PUBLISHED');
    expect(programme.changesSinceBaseline).toEqual([]);
    expect(await db.prisma.programmeBaseline.count({ where: { programmeId: rawId() } })).toBe(3);
  });

  const rawId = () => Buffer.from(programmeId, 'base64').toString().split(':')[1]!;

  describe('the annual review', () => {
    it('shows year 1 planned against done, as agreed in the baseline', async () => {
      // Year 1 (April 2026 to March 2027): the rape thematic started a week late and published
      // ten days late; the custody thematic runs into year 2, started but not yet reported.
      const rape = await phase('Rape thematic', 'SCOPING');
      await mutate('reschedulePhase', {
        phaseId: rape.phase.id,
        expectedVersion: rape.phase.version,
        plannedStart: '2026-05-04',
        plannedEnd: '2026-05-04',
        actualStart: '2026-05-11',
      });
      const publication = await phase('Rape thematic', 'PUBLICATION');
      await mutate('reschedulePhase', {
        phaseId: publication.phase.id,
        expectedVersion: publication.phase.version,
        plannedStart: '2027-02-15',
        plannedEnd: '2027-02-15',
        actualStart: '2027-02-25',
      });
      const review = (await execute(reviewQuery, { id: programmeId, year: 1 })).data!.annualReview;
      expect(review).toMatchObject({
        year: 1,
        startsOn: '2026-04-01',
        endsOn: '2027-03-31',
        asPublished: false,
        publishedVersion: 0,
        viewerCan: { publish: true },
        totals: { planned: 3, started: 1, published: 1, late: 1, overdue: 0, cancelled: 1 },
      });
      expect(review.entries.map((e: any) => [e.title, e.outcome, e.outcomeDays])).toEqual([
        ['Rape thematic', 'LATE', 10],
        ['Custody thematic', 'NOT_YET_DUE', null],
        ['Witness care thematic', 'CANCELLED', null],
      ]);
      expect(review.entries[0]).toMatchObject({
        plannedStart: '2026-05-04',
        startedOn: '2026-05-11',
        startDaysLate: 7,
        plannedPublication: '2027-02-15',
        publishedOn: '2027-02-25',
        publicationDaysLate: 10,
      });
      expect(review.entries[2].cancellationReason).toBe(
        'Its inspectors moved to the rape thematic.',
      );
    });

    it('is hidden from the public and agencies until published, exactly as a missing one', async () => {
      const answers = [];
      for (const viewer of [null, [{ role: 'AGENCY_EDITOR' as const, agencyId: kentId() }]]) {
        const run = await as(viewer);
        for (const id of [programmeId, missing]) {
          const { data, errors } = await run(reviewQuery, { id, year: 1 });
          answers.push([
            data?.annualReview ?? null,
            errors?.[0]?.extensions?.code,
            errors?.[0]?.message.replace(id, 'ID'),
          ]);
        }
      }
      expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
      expect(answers[0]![1]).toBe('NOT_FOUND');
    });

    it('may be published only by inspectorate staff: others are refused and nothing is written', async () => {
      const before = {
        reviews: await db.prisma.annualReview.count(),
        audit: await db.prisma.auditEvent.count(),
      };
      for (const grant of [
        { role: 'AGENCY_EDITOR', agencyId: kentId() },
        { role: 'AGENCY_APPROVER', agencyId: kentId() },
        { role: 'POLICING_BODY_OFFICE', localPolicingBodyId: null },
        { role: 'MINISTER_OFFICE', ministerId: null },
      ] as Viewer['roles']) {
        const run = await as([grant]);
        const { errors } = await run(
          `mutation($input: PublishAnnualReviewInput!) { publishAnnualReview(input: $input) { __typename } }`,
          { input: { programmeId, year: 1, expectedVersion: 0 } },
        );
        expect(errors?.[0]?.extensions?.code, grant.role).toBe('FORBIDDEN');
      }
      const signedOut = await as(null);
      const { errors } = await signedOut(
        `mutation($input: PublishAnnualReviewInput!) { publishAnnualReview(input: $input) { __typename } }`,
        { input: { programmeId, year: 1, expectedVersion: 0 } },
      );
      expect(errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(await db.prisma.annualReview.count()).toBe(before.reviews);
      expect(await db.prisma.auditEvent.count()).toBe(before.audit);
    });

    it('is published by a planner as a version the public then reads as it was', async () => {
      const planner = await as([{ role: 'INSPECTORATE_PLANNER', inspectorateId: hmicfrsId() }]);
      const badYear = await mutate(
        'publishAnnualReview',
        { programmeId, year: 3, expectedVersion: 0 },
        'year',
        planner,
      );
      expect(badYear).toMatchObject({
        __typename: 'InputError',
        issues: [{ field: ['input', 'year'] }],
      });
      const published = await mutate(
        'publishAnnualReview',
        { programmeId, year: 1, expectedVersion: 0 },
        'year asPublished publishedVersion publications { version publishedBy }',
        planner,
      );
      expect(published).toMatchObject({
        __typename: 'MutationPublishAnnualReviewSuccess',
        data: { year: 1, asPublished: true, publishedVersion: 1, publications: [{ version: 1 }] },
      });
      const stale = await mutate(
        'publishAnnualReview',
        { programmeId, year: 1, expectedVersion: 0 },
        'year',
        planner,
      );
      expect(stale.__typename).toBe('ConflictError');
      expect(await db.prisma.auditEvent.count({ where: { action: 'publishAnnualReview' } })).toBe(
        1,
      );

      // Done since publication: staff see it today, the public the review as published.
      const custody = await phase('Custody thematic', 'SCOPING');
      await mutate('reschedulePhase', {
        phaseId: custody.phase.id,
        expectedVersion: custody.phase.version,
        plannedStart: '2026-09-01',
        plannedEnd: '2026-09-01',
        actualStart: '2026-09-01',
      });
      const publicReview = (await (await as(null))(reviewQuery, { id: programmeId, year: 1 })).data!
        .annualReview;
      expect(publicReview).toMatchObject({
        asPublished: true,
        publishedVersion: 1,
        viewerCan: { publish: false },
        totals: { planned: 3, started: 1, late: 1, cancelled: 1 },
      });
      const staffReview = (await execute(reviewQuery, { id: programmeId, year: 1 })).data!
        .annualReview;
      expect(staffReview.totals.started).toBe(2);
      // Two people publishing again at once: one makes version 2, the other is told it is stale.
      const again = await Promise.all(
        [planner, execute].map((run) =>
          mutate('publishAnnualReview', { programmeId, year: 1, expectedVersion: 1 }, 'year', run),
        ),
      );
      expect(again.map((r) => r.__typename).sort()).toEqual([
        'ConflictError',
        'MutationPublishAnnualReviewSuccess',
      ]);
      expect(await db.prisma.annualReview.findMany({ select: { version: true } })).toHaveLength(2);
      // Year 2 has not been published: still hidden from the public.
      const year2 = await (await as(null))(reviewQuery, { id: programmeId, year: 2 });
      expect(year2.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });
  });
});

let reference: { kent: string; hmicfrs: string };
const kentId = () => reference.kent;
const hmicfrsId = () => reference.hmicfrs;
beforeAll(async () => {
  reference = {
    kent: (await db.prisma.agency.findFirstOrThrow({ where: { name: 'Kent Police' } })).id,
    hmicfrs: (await db.prisma.inspectorate.findFirstOrThrow({ where: { shortName: 'HMICFRS' } }))
      .id,
  };
});

describe('the baseline and review in a bounded number of SQL statements', () => {
  const query = `query($id: ID!) { programme(id: $id) {
    baseline { capturedOn } changesSinceBaseline { kind days }
    inspections { phases { baselineStart baselineEnd } } }
    annualReview(programmeId: $id, year: 1) { entries { outcome } totals { planned } } }`;
  const statementsFor = async (inspections: number) => {
    const programme = await seedProgramme(db.prisma, inspections, `Bounded ${inspections}`);
    const id = Buffer.from(`Programme:${programme.id}`).toString('base64');
    await mutate('changeProgrammeStatus', {
      programmeId: id,
      status: 'AGREED',
      expectedVersion: 1,
    });
    db.statements.reset();
    const { data, errors } = await execute(query, { id });
    expect(errors).toBeUndefined();
    expect(data!.programme.inspections).toHaveLength(inspections);
    return db.statements.count;
  };

  it('runs as many statements for 40 inspections as for 5', async () => {
    const small = await statementsFor(5);
    const large = await statementsFor(40);
    console.log(`Baseline, changes and review: ${large} SQL statements`);
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(15);
  });
});

describe('the backfill for programmes agreed before baselines were kept', () => {
  let old: TestDatabase;
  beforeAll(async () => {
    old = await createTestDatabase();
  });
  afterAll(() => old?.close());

  it('rebuilds the plan as it stood when agreed from the phases’ date history', async () => {
    const seeded = await seedProgramme(old.prisma, 2, 'Agreed before baselines');
    const agreedAt = new Date('2026-06-01T09:00:00Z');
    await old.prisma.programme.update({ where: { id: seeded.id }, data: { status: 'PUBLISHED' } });
    await old.prisma.programmeStatusChange.create({
      data: {
        programmeId: seeded.id,
        toStatus: 'PUBLISHED',
        changedBy: 'Lead',
        changedAt: agreedAt,
      },
    });
    // One phase rescheduled after the move: its history keeps the dates it had then.
    const [first] = await old.prisma.inspection.findMany({
      where: { programmeId: seeded.id },
      include: { phases: { where: { kind: 'FIELDWORK' } } },
      orderBy: { title: 'asc' },
    });
    const fieldwork = first!.phases[0]!;
    await old.prisma.phaseDateChange.create({
      data: {
        phaseId: fieldwork.id,
        plannedStart: fieldwork.plannedStart,
        plannedEnd: fieldwork.plannedEnd,
        changedBy: 'Planner',
        changedAt: new Date('2026-07-01T09:00:00Z'),
      },
    });
    await old.prisma.inspectionPhase.update({
      where: { id: fieldwork.id },
      data: { plannedEnd: new Date('2026-06-30') },
    });
    // Created before the move, as they would have been.
    await old.prisma.inspection.updateMany({
      where: { programmeId: seeded.id },
      data: { createdAt: new Date('2026-05-01T09:00:00Z') },
    });
    const sql = readFileSync(
      join(
        import.meta.dirname,
        '../../prisma/migrations/20261202023152_programme_baseline_and_annual_review/migration.sql',
      ),
      'utf8',
    );
    const backfill = sql.slice(sql.indexOf('-- Backfill'), sql.indexOf('-- A baseline and'));
    for (const statement of backfill.split(';').filter((s) => s.replace(/--.*$/gm, '').trim()))
      await old.prisma.$executeRawUnsafe(statement);

    const { execute: run, stop } = await graphqlAgainst(old.prisma, now);
    stops.push(stop);
    const id = Buffer.from(`Programme:${seeded.id}`).toString('base64');
    const { data } = await run(changesQuery, { id });
    expect(data!.programme.baseline).toEqual({
      capturedOn: 'PUBLISHED',
      capturedBy: 'Lead',
      backfilled: true,
    });
    expect(data!.programme.changesSinceBaseline).toMatchObject([
      { kind: 'SLIPPED', phaseKind: 'FIELDWORK', baselineEnd: '2026-05-31', days: 30 },
    ]);
  });
});
