/**
 * The statutory cycle of a programme, as each role meets it: a planner proposes a draft for
 * consultation, records the statutory consultees' responses (received, waived by both, none
 * received) and the public's, closes it with what was heard; the lead agrees and publishes;
 * the public sees the proposal, then the agreed programme and what changed.
 */
import type { RoleGrant, Viewer } from '@cjji/api/viewer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlAgainst, type Execute } from '../support/graphql.ts';
import { referenceIds } from '../support/ids.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

let db: TestDatabase;
const stops: Array<() => Promise<void>> = [];
let ids: Awaited<ReturnType<typeof referenceIds>>;
let hmicfrsId: string;
let probationId: string;

const opening = new Date('2026-12-01T10:00:00Z');
const closingDay = new Date('2027-01-15T10:00:00Z');

async function as(roles: RoleGrant[] | null, now = opening, name = 'Test planner') {
  const viewer: Viewer | null = roles
    ? { userId: null, name, email: 'person@example.test', sessionId: null, roles }
    : null;
  const server = await graphqlAgainst(db.prisma, now, viewer);
  stops.push(server.stop);
  return server.execute;
}
const planner = (now = opening) =>
  as([{ role: 'INSPECTORATE_PLANNER', inspectorateId: hmicfrsId }], now);
const lead = (now = closingDay) =>
  as([{ role: 'INSPECTORATE_LEAD', inspectorateId: hmicfrsId }], now, 'Test lead');

const errorFields = `... on Error { __typename message } ... on InputError { issues { field message } }`;
async function mutate(execute: Execute, name: string, input: object, fields = 'id') {
  const type = `${name[0]!.toUpperCase()}${name.slice(1)}`;
  const { data, errors } = await execute(
    `mutation($input: ${type}Input!) { ${name}(input: $input) { __typename ${errorFields} ... on Mutation${type}Success { data { ${fields} } } } }`,
    { input },
  );
  expect(errors, JSON.stringify(errors)).toBeUndefined();
  return data![name];
}

const consultationFields = `id status version opensOn closesOn programmeTitle programmeStatus
  runBy { shortName }
  proposals { id topic summary leadShortName partnerShortNames victimsThematic }
  consulteeStatuses { consultee { id shortName } response { outcome receivedOn text attachments } }
  publicResponses { respondent proposals { topic } }
  publicResponseCount outcome changes { kind topic detail }
  programme { id status }`;

const thematic = (title: string, lead: string, partners: string[]) => ({
  title,
  kind: 'JOINT_THEMATIC',
  victimsThematic: true,
  theme: "Victims' experience of the criminal justice system",
  scopeStatement: `How well agencies support victims: ${title.toLowerCase()}.`,
  leadInspectorateId: ids.inspectorate[lead],
  partnerInspectorateIds: partners.map((p) => ids.inspectorate[p]),
  agencyKindsInScope: ['POLICE_FORCE', 'CPS_AREA'],
  localityIds: [],
  phases: [
    { kind: 'SCOPING', plannedStart: '2027-05-03', plannedEnd: '2027-06-30' },
    { kind: 'FIELDWORK', plannedStart: '2027-09-06', plannedEnd: '2027-10-29' },
    { kind: 'REPORTING', plannedStart: '2027-11-01', plannedEnd: '2028-02-25' },
    { kind: 'PUBLICATION', plannedStart: '2028-03-14', plannedEnd: '2028-03-14' },
  ],
});

const withoutPhases = ({ phases: _phases, ...rest }: ReturnType<typeof thematic>) => rest;

beforeAll(async () => {
  db = await createTestDatabase();
  hmicfrsId = (await db.prisma.inspectorate.findUniqueOrThrow({ where: { shortName: 'HMICFRS' } }))
    .id;
  probationId = (
    await db.prisma.inspectorate.findUniqueOrThrow({ where: { shortName: 'HMI Probation' } })
  ).id;
  ids = await referenceIds(await as([{ role: 'ADMINISTRATOR' }]));
});
afterAll(async () => {
  for (const stop of stops) await stop();
  await db?.close();
});

describe('the statutory consultees', () => {
  it('are loaded from the reference data with the provision that names each', async () => {
    const { data } = await (await as(null))(`{ statutoryConsultees { name shortName basis } }`);
    expect(data!.statutoryConsultees).toHaveLength(8);
    expect(data!.statutoryConsultees).toContainEqual({
      name: 'Care Quality Commission',
      shortName: 'CQC',
      basis: 'Police Act 1996 Sch 4A para 2(2)(g)',
    });
    expect(
      await db.prisma.dataSource.findUnique({ where: { key: 'statutory-consultees.csv' } }),
    ).toBeTruthy();
  });

  it('may be changed by an administrator only: a body added by order is added', async () => {
    const input = {
      name: 'Chief Inspector of Education and Training in Wales',
      shortName: 'Estyn',
      basis: 'A body specified by order (test)',
    };
    const refused = await (
      await planner()
    )(
      `mutation($input: SaveStatutoryConsulteeInput!) { saveStatutoryConsultee(input: $input) { __typename } }`,
      { input },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const admin = await as([{ role: 'ADMINISTRATOR' }]);
    const added = await mutate(admin, 'saveStatutoryConsultee', input, 'id version');
    expect(added.__typename).toBe('MutationSaveStatutoryConsulteeSuccess');
    const duplicate = await mutate(admin, 'saveStatutoryConsultee', input);
    expect(duplicate.issues.map((i: any) => i.field[1])).toEqual(['name', 'shortName']);
    // Retired again at once, so that the rest of this file consults the eight in the Act.
    const retired = await mutate(admin, 'saveStatutoryConsultee', {
      ...input,
      id: added.data.id,
      expectedVersion: added.data.version,
      retiredOn: '2026-11-30',
    });
    expect(retired.__typename).toBe('MutationSaveStatutoryConsulteeSuccess');
    const { data } = await admin(`{ statutoryConsultees { shortName } }`);
    expect(data!.statutoryConsultees.map((c: any) => c.shortName)).not.toContain('Estyn');
  });
});

describe('proposing a programme for 2027 to 2029 and consulting on it', () => {
  let programmeId: string;
  let consultation: any;
  const inspectionIds: Record<string, { id: string; version: number }> = {};

  it('starts from a draft with three proposed inspections', async () => {
    const execute = await planner();
    const created = await mutate(execute, 'createProgramme', {
      title: 'Joint inspection programme 2027 to 2029',
      startsOn: '2027-04-01',
      endsOn: '2029-03-31',
    });
    programmeId = created.data.id;
    for (const [title, leadBy, partners] of [
      ['Victims of stalking', 'HMICFRS', ['HMCPSI']],
      ['Rape investigation and prosecution', 'HMICFRS', ['HMCPSI']],
      ['Victim contact in probation', 'HMICFRS', ['HMI Probation']],
    ] as const) {
      const added = await mutate(
        execute,
        'addInspection',
        { programmeId, ...thematic(title, leadBy, [...partners]) },
        'id version',
      );
      expect(added.__typename, JSON.stringify(added)).toBe('MutationAddInspectionSuccess');
      inspectionIds[title] = added.data;
    }
  });

  it('refuses a closing date before the opening, on its field', async () => {
    const result = await mutate(await planner(), 'openConsultation', {
      programmeId,
      opensOn: '2026-12-01',
      closesOn: '2026-11-30',
      runByInspectorateId: ids.inspectorate.HMICFRS,
    });
    expect(result.issues).toEqual([
      {
        field: ['input', 'closesOn'],
        message: 'The consultation must close on or after the day it opens.',
      },
    ]);
    expect(await db.prisma.consultation.count()).toBe(0);
  });

  it('is refused to the public and to an agency', async () => {
    for (const execute of [
      await as(null),
      await as([{ role: 'AGENCY_EDITOR', agencyId: randomAgency() }]),
    ]) {
      const { errors } = await execute(
        `mutation($input: OpenConsultationInput!) { openConsultation(input: $input) { __typename } }`,
        {
          input: {
            programmeId,
            opensOn: '2026-12-01',
            closesOn: '2027-01-15',
            runByInspectorateId: ids.inspectorate.HMICFRS,
          },
        },
      );
      expect(['UNAUTHENTICATED', 'FORBIDDEN']).toContain(errors?.[0]?.extensions?.code);
    }
  });

  it('opens, publishing each proposed inspection’s topic, why, lead and partners', async () => {
    const result = await mutate(
      await planner(),
      'openConsultation',
      {
        programmeId,
        opensOn: '2026-12-01',
        closesOn: '2027-01-15',
        runByInspectorateId: ids.inspectorate.HMICFRS,
      },
      consultationFields,
    );
    expect(result.__typename).toBe('MutationOpenConsultationSuccess');
    consultation = result.data;
    expect(consultation.proposals).toHaveLength(3);

    const publicView = (
      await (
        await as(null)
      )(`query($id: ID!) { consultation(id: $id) { ${consultationFields} } }`, {
        id: consultation.id,
      })
    ).data!.consultation;
    expect(publicView).toMatchObject({
      status: 'OPEN',
      programmeTitle: 'Joint inspection programme 2027 to 2029',
      programme: null,
      consulteeStatuses: [],
      publicResponses: [],
      outcome: null,
      changes: [],
    });
    expect(publicView.proposals).toContainEqual(
      expect.objectContaining({
        topic: 'Victims of stalking',
        summary: 'How well agencies support victims: victims of stalking.',
        leadShortName: 'HMICFRS',
        partnerShortNames: ['HMCPSI'],
      }),
    );
  });

  it('names who opened it to staff, and to the public nobody', async () => {
    const query = `query($id: ID!) { consultation(id: $id) { openedBy } }`;
    const seenBy = async (execute: Execute) =>
      (await execute(query, { id: consultation.id })).data!.consultation.openedBy;
    expect(await seenBy(await as(null))).toBeNull();
    expect(await seenBy(await planner())).toBe('Test planner');
    expect(
      await seenBy(await as([{ role: 'INSPECTORATE_LEAD', inspectorateId: probationId }])),
    ).toBe('Test planner');
  });

  it('puts the closing date in Deadlines and in the work of the inspectorate that runs it', async () => {
    const { data } = await (
      await planner()
    )(`{ deadlines { kind title owner dueOn overdue }
      myWork { items { kind dueOn path } } }`);
    expect(data!.deadlines).toContainEqual({
      kind: 'CONSULTATION_CLOSES',
      title:
        'Close the consultation on "Joint inspection programme 2027 to 2029" and say what changed',
      owner: 'HMICFRS',
      dueOn: '2027-01-15',
      overdue: false,
    });
    expect(data!.myWork.items).toContainEqual({
      kind: 'CONSULTATION_CLOSES',
      dueOn: '2027-01-15',
      path: `/plan/consultations/${encodeURIComponent(consultation.id)}`,
    });
    const other = await as([{ role: 'INSPECTORATE_PLANNER', inspectorateId: probationId }]);
    const theirs = (await other(`{ myWork { items { kind } } }`)).data!.myWork.items;
    expect(theirs.map((i: any) => i.kind)).not.toContain('CONSULTATION_CLOSES');
  });

  const consultee = (shortName: string) =>
    consultation.consulteeStatuses.find((s: any) => s.consultee.shortName === shortName).consultee
      .id;

  it('records three consultees’ responses with their text and attachments’ references', async () => {
    const execute = await planner(new Date('2027-01-10T10:00:00Z'));
    for (const shortName of ['Home Office', 'HMCPSI', 'Ofsted']) {
      const result = await mutate(
        execute,
        'recordConsulteeResponse',
        {
          consultationId: consultation.id,
          consulteeId: consultee(shortName),
          outcome: 'RECEIVED',
          receivedOn: '2027-01-09',
          text: `${shortName} supports the programme.`,
          attachments: [`${shortName}-letter.pdf`],
        },
        'outcome attachments',
      );
      expect(result.data).toEqual({
        outcome: 'RECEIVED',
        attachments: [`${shortName}-letter.pdf`],
      });
    }
  });

  it('refuses a waiver the consultee did not agree, and records one both agreed', async () => {
    const execute = await planner(new Date('2027-01-10T10:00:00Z'));
    const input = {
      consultationId: consultation.id,
      consulteeId: consultee('Audit Wales'),
      outcome: 'WAIVED',
      inspectorateAgreedOn: '2026-12-02',
    };
    const refused = await mutate(execute, 'recordConsulteeResponse', input);
    expect(refused.issues).toEqual([
      {
        field: ['input', 'consulteeAgreedOn'],
        message: 'Give the date the consultee agreed to waive it: a waiver needs both.',
      },
    ]);
    const waived = await mutate(
      execute,
      'recordConsulteeResponse',
      { ...input, consulteeAgreedOn: '2026-12-03' },
      'outcome inspectorateAgreedOn consulteeAgreedOn',
    );
    expect(waived.data).toEqual({
      outcome: 'WAIVED',
      inspectorateAgreedOn: '2026-12-02',
      consulteeAgreedOn: '2026-12-03',
    });
  });

  it('refuses "none received" while a response may still come, and a correction without a reason', async () => {
    const execute = await planner(new Date('2027-01-10T10:00:00Z'));
    const early = await mutate(execute, 'recordConsulteeResponse', {
      consultationId: consultation.id,
      consulteeId: consultee('CQC'),
      outcome: 'NONE_RECEIVED',
    });
    expect(early.message).toBe(
      'The consultation runs until 15 January 2027: a response may still come.',
    );
    const correction = await mutate(execute, 'recordConsulteeResponse', {
      consultationId: consultation.id,
      consulteeId: consultee('Ofsted'),
      outcome: 'RECEIVED',
      receivedOn: '2027-01-08',
      text: 'Ofsted supports the programme.',
    });
    expect(correction.issues[0].field).toEqual(['input', 'correctionReason']);
  });

  it('records two public responses, each linked to the proposals it concerns', async () => {
    const execute = await planner(new Date('2027-01-10T10:00:00Z'));
    const stalking = consultation.proposals.find((p: any) => p.topic === 'Victims of stalking');
    const probation = consultation.proposals.find((p: any) => p.topic.includes('probation'));
    for (const [respondent, proposals] of [
      ['Suzy Lamplugh Trust', [stalking.id]],
      ['A member of the public', [stalking.id, probation.id]],
    ] as const) {
      const result = await mutate(execute, 'recordPublicResponse', {
        consultationId: consultation.id,
        respondent,
        receivedOn: '2027-01-05',
        text: 'Please look at how victims are kept informed.',
        proposalIds: proposals,
      });
      expect(result.__typename).toBe('MutationRecordPublicResponseSuccess');
    }
    const bad = await mutate(execute, 'recordPublicResponse', {
      consultationId: consultation.id,
      respondent: '',
      receivedOn: '2026-11-01',
      text: '',
      proposalIds: [],
    });
    expect(bad.issues.map((i: any) => i.field[1])).toEqual(['respondent', 'text', 'receivedOn']);
  });

  it('cannot be agreed by the lead while the consultation is open', async () => {
    const programme = await db.prisma.programme.findUniqueOrThrow({
      where: { id: (await db.prisma.consultation.findFirstOrThrow()).programmeId },
    });
    const result = await mutate(
      await lead(new Date('2027-01-10T10:00:00Z')),
      'changeProgrammeStatus',
      {
        programmeId,
        status: 'AGREED',
        expectedVersion: programme.version,
      },
    );
    const reason =
      'The programme is out for consultation until 15 January 2027: close the consultation before agreeing it.';
    expect(result.message).toBe(reason);

    // The page is told the same before anyone tries: agreeing is blocked, with that reason.
    const { data } = await (
      await lead(new Date('2027-01-10T10:00:00Z'))
    )(
      `query($id: ID!) { programme(id: $id) { viewerCan { moveTo blockedMoves { to reason } } } }`,
      {
        id: programmeId,
      },
    );
    expect(data!.programme.viewerCan).toEqual({
      moveTo: [],
      blockedMoves: [{ to: 'AGREED', reason }],
    });
  });

  const outcome =
    'We heard strong support for the stalking thematic; probation victim contact is dropped for now.';

  it('cannot close before the closing date', async () => {
    const result = await mutate(
      await planner(new Date('2027-01-14T10:00:00Z')),
      'closeConsultation',
      { consultationId: consultation.id, expectedVersion: consultation.version, outcome },
    );
    expect(result.message).toBe(
      'The consultation runs until 15 January 2027: it cannot close before then.',
    );
  });

  it('closes with its outcome, recording "none received" from consultees who did not respond', async () => {
    const result = await mutate(
      await planner(closingDay),
      'closeConsultation',
      { consultationId: consultation.id, expectedVersion: consultation.version, outcome },
      consultationFields,
    );
    expect(result.__typename).toBe('MutationCloseConsultationSuccess');
    const outcomes = Object.fromEntries(
      result.data.consulteeStatuses.map((s: any) => [s.consultee.shortName, s.response.outcome]),
    );
    expect(outcomes).toEqual({
      'Home Office': 'RECEIVED',
      HMCPSI: 'RECEIVED',
      Ofsted: 'RECEIVED',
      'Audit Wales': 'WAIVED',
      HMICFRS: 'NONE_RECEIVED',
      'HMI Probation': 'NONE_RECEIVED',
      'HMI Prisons': 'NONE_RECEIVED',
      CQC: 'NONE_RECEIVED',
    });
    expect(result.data.publicResponses).toHaveLength(2);
    const audit = await db.prisma.auditEvent.findFirst({ where: { action: 'closeConsultation' } });
    expect(audit?.after).toMatchObject({ outcome });

    const { data } = await (await planner(closingDay))(`{ deadlines { kind } }`);
    expect(data!.deadlines.map((d: any) => d.kind)).not.toContain('CONSULTATION_CLOSES');
    const late = await mutate(await planner(closingDay), 'recordPublicResponse', {
      consultationId: consultation.id,
      respondent: 'Late',
      receivedOn: '2027-01-15',
      text: 'Too late.',
      proposalIds: [],
    });
    expect(late.message).toMatch(/has closed/);
  });

  it('keeps the outcome from the public until the agreed programme is published', async () => {
    const publicView = (
      await (
        await as(null, closingDay)
      )(
        `query($id: ID!) { consultation(id: $id) { status outcome changes { kind } publicResponseCount } }`,
        { id: consultation.id },
      )
    ).data!.consultation;
    expect(publicView).toEqual({
      status: 'CLOSED',
      outcome: null,
      changes: [],
      publicResponseCount: 2,
    });
  });

  it('shows the public what changed once the agreed programme is published', async () => {
    const execute = await planner(closingDay);
    const probation = inspectionIds['Victim contact in probation']!;
    expect(
      (
        await mutate(execute, 'changeInspectionStatus', {
          inspectionId: probation.id,
          expectedVersion: probation.version,
          status: 'CANCELLED',
          reason: 'Dropped after consultation',
        })
      ).__typename,
    ).toBe('MutationChangeInspectionStatusSuccess');
    const rape = inspectionIds['Rape investigation and prosecution']!;
    expect(
      (
        await mutate(execute, 'updateInspection', {
          inspectionId: rape.id,
          expectedVersion: rape.version,
          ...withoutPhases(thematic('Rape investigation and prosecution', 'HMCPSI', ['HMICFRS'])),
        })
      ).__typename,
    ).toBe('MutationUpdateInspectionSuccess');
    await mutate(execute, 'addInspection', {
      programmeId,
      ...thematic('Domestic abuse', 'HMICFRS', ['HMCPSI']),
    });

    const leadExecute = await lead();
    for (const status of ['AGREED', 'PUBLISHED']) {
      const version = (
        await db.prisma.programme.findFirstOrThrow({
          where: { title: { contains: '2027 to 2029' } },
        })
      ).version;
      const moved = await mutate(leadExecute, 'changeProgrammeStatus', {
        programmeId,
        status,
        expectedVersion: version,
      });
      expect(moved.__typename, JSON.stringify(moved)).toBe('MutationChangeProgrammeStatusSuccess');
    }

    const publicView = (
      await (
        await as(null, closingDay)
      )(
        `query($id: ID!) { consultation(id: $id) { outcome changes { kind topic detail }
          consulteeStatuses { outcome: consultee { id } } programme { status } } }`,
        { id: consultation.id },
      )
    ).data!.consultation;
    expect(publicView.outcome).toBe(outcome);
    expect(publicView.programme).toEqual({ status: 'PUBLISHED' });
    expect(publicView.consulteeStatuses).toEqual([]);
    expect(publicView.changes.map((c: any) => [c.kind, c.topic])).toEqual([
      ['RELED', 'Rape investigation and prosecution'],
      ['DROPPED', 'Victim contact in probation'],
      ['ADDED', 'Domestic abuse'],
    ]);
  });
});

describe('a direction is joint', () => {
  const direction = (ministers: string[]) => ({
    reference: `JOINT-${ministers.length}`,
    title: "Direction on victims' thematic inspections",
    kind: 'VICTIMS_THEMATICS',
    draftedOn: '2026-11-01',
    status: 'GIVEN',
    inForceFrom: '2027-04-01',
    agreements: ministers.map((title) => ({
      ministerId: ids.minister[title],
      agreedOn: '2026-11-01',
    })),
    minimumThematics: 1,
    period: 'PER_PROGRAMME',
    agencyKindsRequired: [],
    requirement: 'At least one victims’ thematic in each programme.',
  });

  it('is refused from one minister alone, with a clear message, and nothing is written', async () => {
    const office = await as([{ role: 'MINISTER_OFFICE', ministerId: minister('Home Secretary') }]);
    const result = await mutate(office, 'recordDirection', direction(['Home Secretary']));
    expect(result.issues).toEqual([
      {
        field: ['input', 'status'],
        message:
          'A direction needs the agreement of the Home Secretary, the Lord Chancellor and the Attorney General; the Lord Chancellor and the Attorney General have not agreed yet',
      },
    ]);
    expect(await db.prisma.ministerialDirection.count()).toBe(0);
  });

  it('is recorded from all three, by an administrator with the day each agreed', async () => {
    const office = await as([{ role: 'ADMINISTRATOR' }]);
    const result = await mutate(
      office,
      'recordDirection',
      direction([
        'Home Secretary',
        'Lord Chancellor and Secretary of State for Justice',
        'Attorney General',
      ]),
    );
    expect(result.__typename).toBe('MutationRecordDirectionSuccess');
  });
});

let ministerIds: Map<string, string> | undefined;
function minister(title: string): string {
  return ministerIds!.get(title)!;
}
let agencyId: string | undefined;
function randomAgency(): string {
  return agencyId!;
}
beforeAll(async () => {
  ministerIds = new Map((await db.prisma.minister.findMany()).map((m) => [m.title, m.id] as const));
  agencyId = (await db.prisma.agency.findFirstOrThrow({ where: { kindCode: 'POLICE_FORCE' } })).id;
});

describe('the real proposal for 2025 to 2027, as a sample', () => {
  it('loads once, as a proposed programme out for consultation the public can read', async () => {
    const { loadSampleProposedProgramme } =
      await import('../../api/src/modules/consultations/sample.ts');
    const first = await loadSampleProposedProgramme(db.prisma, 'Test loader');
    const second = await loadSampleProposedProgramme(db.prisma, 'Test loader');
    expect(first.loaded).toBe(true);
    expect(second).toEqual({ loaded: false, consultationId: first.consultationId });
    const { data } = await (
      await as(null)
    )(`{ consultations { programmeTitle opensOn closesOn status
        proposals { topic leadShortName partnerShortNames victimsThematic } } }`);
    const sample = data!.consultations.find((c: any) => c.programmeTitle.includes('2025 to 2027'));
    expect(sample).toMatchObject({ opensOn: '2024-11-20', closesOn: '2025-01-07', status: 'OPEN' });
    expect(sample.proposals).toContainEqual({
      topic: 'Operation Soteria',
      leadShortName: 'HMICFRS',
      partnerShortNames: ['HMCPSI'],
      victimsThematic: true,
    });
    expect(sample.proposals).toHaveLength(3);
    expect(
      await db.prisma.dataSource.findUnique({
        where: { key: 'cjji-proposed-programme-2025-2027.csv' },
      }),
    ).toMatchObject({ asAt: new Date('2024-11-20T00:00:00Z') });
  });
});
