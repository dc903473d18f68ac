/**
 * Gatekeeping as each role meets it: an HMICFRS planner records Ofsted's proposed inspection of
 * Kent Police (every problem with a proposal at once), HMICFRS's lead decides it as gatekeeper
 * (a planner may not; another inspectorate's lead may not), a change of decision needs a reason,
 * and a stale version is refused. A proposal not refused counts as a visit in Kent Police's
 * burden, labelled with the body, and in the planning warning; refused, it does not. An
 * administrator changes the warning numbers from the web; a planner may not.
 */
import type { RoleGrant, Viewer } from '@cjji/api/viewer';
import {
  agencyBurdenQuery,
  burdenThresholdsQuery,
  forcesBurdenQuery,
  setBurdenThresholdsMutation,
} from '@cjji/contract/burden';
import {
  decideProposedInspectionMutation,
  proposedInspectionQuery,
  proposedInspectionsQuery,
  recordProposalChoicesQuery,
  recordProposedInspectionMutation,
  saveOtherInspectingBodyMutation,
} from '@cjji/contract/gatekeeping';
import { myWorkQuery } from '@cjji/contract/my-work';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlAgainst, type Execute } from '../support/graphql.ts';
import { referenceIds } from '../support/ids.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

let db: TestDatabase;
const stops: Array<() => Promise<void>> = [];
let ids: Awaited<ReturnType<typeof referenceIds>>;
let admin: Execute;
let ofstedId: string;
let cqcId: string;

const now = new Date('2026-12-02T10:00:00Z');

async function as(roles: RoleGrant[] | null, name = 'Test person') {
  const viewer: Viewer | null = roles
    ? { userId: null, name, email: 'person@example.test', sessionId: null, roles }
    : null;
  const server = await graphqlAgainst(db.prisma, now, viewer);
  stops.push(server.stop);
  return server.execute;
}

beforeAll(async () => {
  db = await createTestDatabase();
  const server = await graphqlAgainst(db.prisma, now);
  stops.push(server.stop);
  admin = server.execute;
  ids = await referenceIds(admin);
  const { data } = await admin(recordProposalChoicesQuery);
  const bodies = Object.fromEntries(
    data!.otherInspectingBodies.map((b: any) => [b.shortName, b.id]),
  );
  ofstedId = bodies.Ofsted;
  cqcId = bodies.CQC;
  expect(Object.keys(bodies).sort()).toEqual([
    'Audit Wales',
    'CIW',
    'CQC',
    'Estyn',
    'HIW',
    'Ofsted',
  ]);
});
afterAll(async () => {
  for (const stop of stops) await stop();
  await db?.close();
});

/** Roles name inspectorates by their database ids. */
const rawId = async (shortName: string) =>
  (await db.prisma.inspectorate.findUniqueOrThrow({ where: { shortName } })).id;
const planner = async () =>
  as([{ role: 'INSPECTORATE_PLANNER', inspectorateId: await rawId('HMICFRS') }]);
const lead = async () =>
  as([{ role: 'INSPECTORATE_LEAD', inspectorateId: await rawId('HMICFRS') }]);

const proposal = (over: Record<string, unknown> = {}) => ({
  gatekeeperId: ids.inspectorate.HMICFRS,
  bodyId: ofstedId,
  title: 'Joint targeted area inspection: Kent',
  covers: 'The multi-agency response to children at risk of exploitation, including the police.',
  proposedOn: '2026-11-20',
  fieldworkStart: '2027-02-01',
  fieldworkEnd: '2027-02-12',
  agencyIds: [ids.agency['Kent Police']],
  ...over,
});

async function record(execute: Execute, input: object) {
  const { data, errors } = await execute(recordProposedInspectionMutation, { input } as any);
  expect(errors, JSON.stringify(errors)).toBeUndefined();
  return data!.recordProposedInspection as any;
}
async function decide(execute: Execute, input: object) {
  const { data, errors } = await execute(decideProposedInspectionMutation, { input } as any);
  expect(errors, JSON.stringify(errors)).toBeUndefined();
  return data!.decideProposedInspection as any;
}

describe('recording another body’s proposed inspection', () => {
  it('names every problem at once', async () => {
    const result = await record(
      await planner(),
      proposal({
        title: ' ',
        proposedOn: '2026-12-03',
        fieldworkEnd: '2027-01-29',
        agencyIds: [ids.agency['Kent Police'], ids.agency['CPS South East']],
      }),
    );
    expect(result.__typename).toBe('InputError');
    expect(result.issues).toEqual([
      { field: ['input', 'title'], message: 'Give the inspection’s title' },
      {
        field: ['input', 'proposedOn'],
        message: 'The date the proposal came must be today or in the past',
      },
      {
        field: ['input', 'fieldworkEnd'],
        message:
          'The end of fieldwork must be the same as or after 1 February 2027, the start of fieldwork',
      },
      { field: ['input', 'agencyIds'], message: 'CPS South East is not in HMICFRS’s remit' },
    ]);
  });

  it('is refused to another inspectorate’s planner and to the public', async () => {
    const probation = await as([
      { role: 'INSPECTORATE_PLANNER', inspectorateId: await rawId('HMI Probation') },
    ]);
    expect(
      (await probation(recordProposedInspectionMutation, { input: proposal() } as any)).errors?.[0]
        ?.extensions?.code,
    ).toBe('FORBIDDEN');
    const { data } = await (await as(null))(proposedInspectionsQuery, {});
    expect(data ?? null).toBeNull();
  });

  it('is recorded by the gatekeeping inspectorate’s planner, undecided', async () => {
    const result = await record(await planner(), proposal());
    expect(result).toMatchObject({
      __typename: 'MutationRecordProposedInspectionSuccess',
      data: { title: 'Joint targeted area inspection: Kent' },
    });
    const { data } = await (await planner())(proposedInspectionsQuery, { undecided: true });
    expect(data!.proposedInspections).toMatchObject([
      {
        title: 'Joint targeted area inspection: Kent',
        body: { shortName: 'Ofsted' },
        gatekeeper: { shortName: 'HMICFRS' },
        agencies: [{ name: 'Kent Police' }],
        decision: null,
        countsInBurden: true,
        viewerCanDecide: false,
      },
    ]);
  });
});

describe('the gatekeeper’s decision', () => {
  let proposalId: string;
  let version: number;

  beforeAll(async () => {
    const { data } = await admin(proposedInspectionsQuery, {});
    proposalId = data!.proposedInspections[0]!.id;
    version = 1;
  });

  it('waits in the gatekeeping lead’s My work, due when its fieldwork starts', async () => {
    const work = async (execute: Execute) =>
      (await execute(myWorkQuery, {})).data!.myWork!.items.filter(
        (item) => item.kind === 'GATEKEEPING_DECISION',
      );
    expect(await work(await lead())).toEqual([
      expect.objectContaining({
        title: 'Decide on Ofsted’s proposed inspection "Joint targeted area inspection: Kent"',
        organisationName: 'HMICFRS',
        dueOn: '2027-02-01',
        since: '2026-11-20',
        overdue: false,
        path: `/plan/gatekeeping/${encodeURIComponent(proposalId)}#decision`,
      }),
    ]);
    // A planner records proposals but does not decide them; another inspectorate's lead neither.
    expect(await work(await planner())).toEqual([]);
    expect(
      await work(
        await as([{ role: 'INSPECTORATE_LEAD', inspectorateId: await rawId('HMI Probation') }]),
      ),
    ).toEqual([]);
  });

  it('is the lead’s: a planner and another inspectorate’s lead are refused', async () => {
    const input = {
      id: proposalId,
      expectedVersion: 1,
      decision: 'NO_OBJECTION',
      decidedOn: '2026-12-01',
      reasons: 'Fine.',
    };
    for (const execute of [
      await planner(),
      await as([{ role: 'INSPECTORATE_LEAD', inspectorateId: await rawId('HMCPSI') }]),
    ]) {
      const { errors } = await execute(decideProposedInspectionMutation, { input } as any);
      expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('names every problem at once: a future day, no reasons, no manner', async () => {
    const result = await decide(await lead(), {
      id: proposalId,
      expectedVersion: 1,
      decision: 'NOT_IN_THAT_MANNER',
      decidedOn: '2026-12-03',
      reasons: '',
    });
    expect(result.issues).toEqual([
      {
        field: ['input', 'decidedOn'],
        message: 'The date of the decision must be today or in the past',
      },
      { field: ['input', 'reasons'], message: 'Give the reasons for the decision' },
      {
        field: ['input', 'manner'],
        message: 'Say the manner the inspection must not be carried out in',
      },
    ]);
  });

  it('records notice not to carry it out in that manner, with the manner, audited', async () => {
    const result = await decide(await lead(), {
      id: proposalId,
      expectedVersion: 1,
      decision: 'NOT_IN_THAT_MANNER',
      decidedOn: '2026-12-02',
      reasons: 'Kent Police has PEEL fieldwork the same fortnight.',
      manner: 'Fieldwork in the first two weeks of February 2027',
    });
    expect(result.data).toMatchObject({
      decision: 'NOT_IN_THAT_MANNER',
      version: 2,
      countsInBurden: true,
    });
    const { data } = await admin(proposedInspectionQuery, { id: proposalId });
    expect(data!.proposedInspection).toMatchObject({
      decidedOn: '2026-12-02',
      manner: 'Fieldwork in the first two weeks of February 2027',
      correctionReason: null,
    });
    const audit = await db.prisma.auditEvent.findMany({
      where: { entityType: 'ProposedInspection' },
      orderBy: { at: 'asc' },
    });
    expect(audit.map((e) => e.action)).toEqual([
      'recordProposedInspection',
      'decideProposedInspection',
    ]);
    version = 2;
    // Decided: no longer anyone's work.
    const { data: work } = await (await lead())(myWorkQuery, {});
    expect(work!.myWork!.items.map((item) => item.kind)).not.toContain('GATEKEEPING_DECISION');
  });

  it('refuses a stale version, and a change without a reason', async () => {
    const stale = await decide(await lead(), {
      id: proposalId,
      expectedVersion: 1,
      decision: 'NO_OBJECTION',
      decidedOn: '2026-12-02',
      reasons: 'Changed.',
      correctionReason: 'Typed in error.',
    });
    expect(stale.__typename).toBe('ConflictError');
    const noReason = await decide(await lead(), {
      id: proposalId,
      expectedVersion: version,
      decision: 'NOT_TO_CARRY_OUT',
      decidedOn: '2026-12-02',
      reasons: 'Too much at once.',
    });
    expect(noReason.issues).toEqual([
      {
        field: ['input', 'correctionReason'],
        message:
          'A decision was given (notice not to carry it out in that manner): say why it is changed',
      },
    ]);
  });
});

describe('other bodies’ visits in the burden', () => {
  const burdenOf = async (execute: Execute) =>
    (await execute(agencyBurdenQuery, { id: ids.agency['Kent Police']! })).data!.agency!
      .inspectionBurden;
  const warningsOf = async (execute: Execute, id: string) =>
    (
      await execute(`query($id: ID!) { programme(id: $id) { warnings { kind message } } }`, { id })
    ).data!.programme.warnings.filter((w: any) => w.kind === 'INSPECTION_BURDEN');
  let draftId: string;

  beforeAll(async () => {
    // CQC's visit in the spring, not yet decided.
    await record(
      await planner(),
      proposal({
        bodyId: cqcId,
        title: 'Healthcare in police custody: Kent',
        covers: 'Healthcare for people detained in Kent Police custody suites.',
        fieldworkStart: '2027-04-05',
        fieldworkEnd: '2027-04-09',
      }),
    );
    const { data } = await admin(
      `mutation { createProgramme(input: { title: "Joint inspection programme 2027 to 2029", startsOn: "2027-04-01", endsOn: "2029-03-31" }) { ... on MutationCreateProgrammeSuccess { data { id } } } }`,
    );
    draftId = data!.createProgramme.data.id;
    const core = (title: string, fieldwork: [string, string]) => ({
      programmeId: draftId,
      title,
      kind: 'CORE',
      victimsThematic: false,
      theme: 'Police effectiveness',
      scopeStatement: 'How Kent Police investigates crime and supports victims.',
      leadInspectorateId: ids.inspectorate.HMICFRS,
      partnerInspectorateIds: [],
      agencyKindsInScope: ['POLICE_FORCE'],
      localityIds: [ids.agency['Kent Police']],
      phases: [
        { kind: 'SCOPING', plannedStart: '2027-04-05', plannedEnd: '2027-04-30' },
        { kind: 'FIELDWORK', plannedStart: fieldwork[0], plannedEnd: fieldwork[1] },
        { kind: 'REPORTING', plannedStart: '2028-01-03', plannedEnd: '2028-01-31' },
        { kind: 'PUBLICATION', plannedStart: '2028-02-14', plannedEnd: '2028-02-14' },
      ],
    });
    for (const [title, dates] of [
      ['PEEL Kent 2027', ['2027-06-07', '2027-06-18']],
      ['Custody Kent 2027', ['2027-09-06', '2027-09-17']],
    ] as const) {
      const { errors } = await admin(
        `mutation($input: AddInspectionInput!) { addInspection(input: $input) { __typename } }`,
        { input: core(title, [...dates]) },
      );
      expect(errors).toBeUndefined();
    }
  });

  it('counts a proposal not refused, labelled with the body, for staff only', async () => {
    const burden = await burdenOf(await planner());
    expect(
      burden.visits.map((v) => [v.title, v.ledBy, v.byOtherBody, v.startsOn, v.visitsInYear]),
    ).toEqual([
      ['Joint targeted area inspection: Kent', 'Ofsted', true, '2027-02-01', 1],
      ['Healthcare in police custody: Kent', 'CQC', true, '2027-04-05', 2],
      ['PEEL Kent 2027', 'HMICFRS', false, '2027-06-07', 3],
      ['Custody Kent 2027', 'HMICFRS', false, '2027-09-06', 4],
    ]);
    const publicBurden = await burdenOf(await as(null));
    expect(publicBurden.visits.filter((v) => v.byOtherBody)).toEqual([]);
  });

  it('tells the gatekeeper which visit a proposal would be', async () => {
    const { data } = await admin(proposedInspectionsQuery, {});
    const cqc = data!.proposedInspections.find((p) => p.body.shortName === 'CQC')!;
    const detail = await (await lead())(proposedInspectionQuery, { id: cqc.id });
    expect(detail.data!.proposedInspection!.burdenAtFieldwork).toMatchObject([
      { agencyName: 'Kent Police', visitsInYear: 2, warnFromVisit: 4 },
    ]);
  });

  it('warns of the fourth visit in planning, naming the other bodies', async () => {
    expect(await warningsOf(await planner(), draftId)).toEqual([
      {
        kind: 'INSPECTION_BURDEN',
        message:
          `Fieldwork for "Custody Kent 2027" (HMICFRS) from 6 September 2027 would be Kent Police's 4th ` +
          `visit in 12 months (a warning from the 4th): Ofsted's "Joint targeted area inspection: Kent" ` +
          `from 1 February 2027; CQC's "Healthcare in police custody: Kent" from 5 April 2027; ` +
          `"PEEL Kent 2027" (HMICFRS) from 7 June 2027.`,
      },
    ]);
  });

  it('leaves out a proposal refused by notice not to carry it out', async () => {
    const { data } = await admin(proposedInspectionsQuery, {});
    const cqc = data!.proposedInspections.find((p) => p.body.shortName === 'CQC')!;
    const refused = await decide(await lead(), {
      id: cqc.id,
      expectedVersion: 1,
      decision: 'NOT_TO_CARRY_OUT',
      decidedOn: '2026-12-02',
      reasons: 'Kent Police has PEEL and custody fieldwork within months.',
    });
    expect(refused.data).toMatchObject({ countsInBurden: false });
    expect((await burdenOf(await planner())).visits.map((v) => v.ledBy)).toEqual([
      'Ofsted',
      'HMICFRS',
      'HMICFRS',
    ]);
    expect(await warningsOf(await planner(), draftId)).toEqual([]);
  });
});

describe('the warning numbers', () => {
  it('are changed by an administrator, versioned and audited; a planner is refused', async () => {
    const { data } = await admin(burdenThresholdsQuery);
    const police = data!.inspectionBurdenThresholds.find(
      (t) => t.agencyKindCode === 'POLICE_FORCE',
    )!;
    expect(police).toMatchObject({ warnFromVisit: 4, fromReferenceFile: true });
    const input = {
      thresholds: [
        { agencyKind: 'POLICE_FORCE', warnFromVisit: 3, expectedVersion: police.version },
      ],
    };
    const refused = await (await planner())(setBurdenThresholdsMutation as any, { input });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const invalid = await admin(setBurdenThresholdsMutation as any, {
      input: {
        thresholds: [
          { agencyKind: 'POLICE_FORCE', warnFromVisit: 1, expectedVersion: police.version },
          { agencyKind: 'PRISON', warnFromVisit: 99, expectedVersion: 1 },
        ],
      },
    });
    expect(invalid.data!.setBurdenThresholds).toMatchObject({
      __typename: 'InputError',
      issues: [
        {
          field: ['input', 'thresholds', '0', 'warnFromVisit'],
          message: 'Give a number of visits of 2 or more',
        },
        {
          field: ['input', 'thresholds', '1', 'warnFromVisit'],
          message: 'Give a number of visits of 52 or fewer',
        },
      ],
    });

    const set = await admin(setBurdenThresholdsMutation as any, { input });
    expect(set.data!.setBurdenThresholds).toMatchObject({
      __typename: 'MutationSetBurdenThresholdsSuccess',
    });
    const after = (await admin(burdenThresholdsQuery)).data!.inspectionBurdenThresholds.find(
      (t) => t.agencyKindCode === 'POLICE_FORCE',
    )!;
    expect(after).toMatchObject({
      warnFromVisit: 3,
      version: police.version + 1,
      fromReferenceFile: false,
    });
    const stale = await admin(setBurdenThresholdsMutation as any, { input });
    expect(stale.data!.setBurdenThresholds).toMatchObject({
      __typename: 'MutationSetBurdenThresholdsSuccess',
    });
    const conflict = await admin(setBurdenThresholdsMutation as any, {
      input: {
        thresholds: [
          { agencyKind: 'POLICE_FORCE', warnFromVisit: 5, expectedVersion: police.version },
        ],
      },
    });
    expect(conflict.data!.setBurdenThresholds.__typename).toBe('ConflictError');
    const audited = await db.prisma.auditEvent.findMany({
      where: { entityType: 'InspectionBurdenThreshold', entityId: 'POLICE_FORCE' },
    });
    expect(audited.map((e) => e.action)).toEqual(['setBurdenThresholds']);
    const burden = await admin(agencyBurdenQuery, { id: ids.agency['Kent Police']! });
    expect(burden.data!.agency!.inspectionBurden.warnFromVisit).toBe(3);
  });
});

describe('the burden across forces', () => {
  it('costs the same statements however many proposals there are', async () => {
    const count = async () => {
      db.statements.reset();
      const { errors } = await admin(forcesBurdenQuery);
      expect(errors).toBeUndefined();
      return db.statements.count;
    };
    const before = await count();
    for (const force of ['Essex Police', 'Surrey Police', 'Sussex Police'])
      await record(
        await planner(),
        proposal({ title: `Children's services: ${force}`, agencyIds: [ids.agency[force]] }),
      );
    expect(await count()).toBe(before);
  });
});

describe('the other inspecting bodies', () => {
  const save = async (input: object) =>
    (await admin(saveOtherInspectingBodyMutation, { input } as any)).data!
      .saveOtherInspectingBody as any;

  it('are added and changed by an administrator, every problem at once', async () => {
    expect((await save({ name: '', shortName: '', inspects: '' })).issues).toEqual([
      { field: ['input', 'name'], message: 'Give the body’s name' },
      { field: ['input', 'shortName'], message: 'Give a short name' },
      { field: ['input', 'inspects'], message: 'Say where it inspects: England, Wales' },
    ]);
    expect(
      (await save({ name: 'Care Quality Commission', shortName: 'CQC', inspects: 'England' }))
        .issues,
    ).toEqual([
      { field: ['input', 'name'], message: 'A body has this name already' },
      { field: ['input', 'shortName'], message: 'A body has this short name already' },
    ]);
    const added = await save({
      name: 'Ofqual',
      shortName: 'Ofqual',
      inspects: 'England',
      notes: 'Illustrative',
    });
    expect(added.data).toMatchObject({ shortName: 'Ofqual', version: 1 });
    const retired = await save({
      id: added.data.id,
      expectedVersion: 1,
      name: 'Ofqual',
      shortName: 'Ofqual',
      inspects: 'England',
      retiredOn: '2026-12-01',
    });
    expect(retired.data).toMatchObject({ version: 2 });
    const stale = await save({
      id: added.data.id,
      expectedVersion: 1,
      name: 'Ofqual',
      shortName: 'Ofqual',
      inspects: 'England',
    });
    expect(stale.__typename).toBe('ConflictError');
    // A retired body is not offered for new proposals.
    const { data } = await admin(recordProposalChoicesQuery);
    expect(data!.otherInspectingBodies.map((b) => b.shortName)).not.toContain('Ofqual');
  });
});
