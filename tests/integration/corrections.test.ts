/**
 * Recorded facts are corrected with a reason, not overwritten: a rating, a recommendation, an
 * addressee's answer, a direction and a minister's agreement to it. Whoever may record the fact
 * (or an administrator) corrects or withdraws it; anyone else is refused, a record that does not
 * exist is not found, every problem with the input comes back at once, the history and the audit
 * trail keep the value before and after, and a withdrawn fact no longer counts.
 */
import type { RoleGrant, Viewer } from '@cjji/api/viewer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlAgainst, type Execute } from '../support/graphql.ts';
import { referenceIds } from '../support/ids.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

let db: TestDatabase;
const stops: Array<() => Promise<void>> = [];
let ids: Awaited<ReturnType<typeof referenceIds>>;
const raw: Record<string, string> = {};
const today = new Date('2026-11-25T12:00:00Z');
const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');
const rawId = (globalId: string) => Buffer.from(globalId, 'base64').toString().split(':')[1]!;
const missing = (type: string) => gid(type, '00000000-0000-4000-8000-000000000000');

async function as(roles: RoleGrant[] | null, name = 'Test person') {
  const viewer: Viewer | null = roles
    ? { userId: null, name, email: 'person@example.test', sessionId: null, roles }
    : null;
  const server = await graphqlAgainst(db.prisma, today, viewer);
  stops.push(server.stop);
  return server.execute;
}

const errorFields = `... on Error { message } ... on InputError { issues { field message } }`;
async function mutate(execute: Execute, name: string, input: object, fields = 'id version') {
  const type = `${name[0]!.toUpperCase()}${name.slice(1)}`;
  const { data, errors } = await execute(
    `mutation($input: ${type}Input!) { ${name}(input: $input) { __typename ${errorFields} ... on Mutation${type}Success { data { ${fields} } } } }`,
    { input },
  );
  return { errors, result: data?.[name], codes: errors?.map((e) => e.extensions?.code) };
}

const contentVersion = async () =>
  (await db.prisma.publicContentVersion.findUniqueOrThrow({ where: { id: 1 } })).version;
const history = (entityId: string) =>
  db.prisma.factCorrection.findMany({ where: { entityId }, orderBy: { at: 'asc' } });
const audited = (action: string, entityId: string) =>
  db.prisma.auditEvent.findMany({ where: { action, entityId } });

let admin: Execute;
beforeAll(async () => {
  db = await createTestDatabase();
  for (const m of await db.prisma.minister.findMany()) raw[m.title] = m.id;
  for (const i of await db.prisma.inspectorate.findMany()) raw[i.shortName] = i.id;
  for (const a of await db.prisma.agency.findMany({
    where: { name: { in: ['Kent Police', 'Essex Police'] } },
  }))
    raw[a.name] = a.id;
  admin = await as([{ role: 'ADMINISTRATOR' }], 'Test administrator');
  ids = await referenceIds(admin);
});
afterAll(async () => {
  for (const stop of stops) await stop();
  await db?.close();
});

describe('a rating', () => {
  let ratingId = '';
  let grades: Record<string, string> = {};
  let otherFrameworkGrade = '';
  const lead = () => as([{ role: 'INSPECTORATE_LEAD', inspectorateId: raw.HMICFRS! }], 'Lee Lead');
  const ratingFields = `id version ratedOn rationale correctedAt correctionReason withdrawnAt withdrawalReason
    grade { label } viewerCan { correct }`;

  beforeAll(async () => {
    const { data } = await admin(`{ ratingFrameworks { id name grades { id label } } }`);
    const frameworks = data!.ratingFrameworks as any[];
    const peel = frameworks.find((f) => f.name === 'PEEL');
    grades = Object.fromEntries(peel.grades.map((g: any) => [g.label, g.id]));
    otherFrameworkGrade = frameworks.find((f) => f.name !== 'PEEL').grades[0].id;
    const recorded = await mutate(
      admin,
      'recordRating',
      {
        agencyId: ids.agency['Kent Police'],
        frameworkId: peel.id,
        areaCode: 'TREATMENT_OF_VICTIMS',
        gradeId: grades.Inadequate,
        ratedOn: '2026-03-14',
        rationale: 'Victims are not kept informed of their cases.',
      },
      'id',
    );
    ratingId = recorded.result.data.id;
  });

  const owed = async (execute: Execute) =>
    (
      await execute(`query($id: ID!) { agency(id: $id) { actionPlanOwed { since } } }`, {
        id: ids.agency['Kent Police'],
      })
    ).data!.agency.actionPlanOwed;

  it('is corrected by a lead of its framework’s inspectorate, with a reason; the history and audit keep both values', async () => {
    const execute = await lead();
    expect(await owed(execute)).toEqual({ since: '2026-03-14' });
    const before = await contentVersion();
    const { result } = await mutate(
      execute,
      'correctRating',
      {
        ratingId,
        expectedVersion: 1,
        gradeId: grades['Requires improvement'],
        reason: 'The grade was mistyped: the report says requires improvement.',
      },
      ratingFields,
    );
    expect(result.__typename).toBe('MutationCorrectRatingSuccess');
    expect(result.data).toMatchObject({
      version: 2,
      grade: { label: 'Requires improvement' },
      correctionReason: 'The grade was mistyped: the report says requires improvement.',
      withdrawnAt: null,
      viewerCan: { correct: true },
    });
    expect(result.data.correctedAt).toBe(today.toISOString());
    expect(await contentVersion()).toBeGreaterThan(before);
    const [row] = await history(rawId(ratingId));
    expect(row).toMatchObject({
      entityType: 'Rating',
      withdrawn: false,
      by: 'Lee Lead',
      reason: 'The grade was mistyped: the report says requires improvement.',
    });
    expect((row!.before as any).gradeId).not.toBe((row!.after as any).gradeId);
    const [event] = await audited('correctRating', row!.entityId);
    expect(event).toMatchObject({ actor: 'Lee Lead' });
    // Still at or below requires improvement: the duty stands.
    expect(await owed(execute)).toEqual({ since: '2026-03-14' });
  });

  it('is refused to a lead of another inspectorate, a planner and the public, writing nothing', async () => {
    const others = [
      await as([{ role: 'INSPECTORATE_LEAD', inspectorateId: raw['HMI Probation']! }]),
      await as([{ role: 'INSPECTORATE_PLANNER', inspectorateId: raw.HMICFRS! }]),
      await as(null),
    ];
    for (const execute of others) {
      const { codes } = await mutate(execute, 'correctRating', {
        ratingId,
        expectedVersion: 2,
        withdraw: true,
        reason: 'Not mine to withdraw.',
      });
      expect(codes?.some((c) => c === 'FORBIDDEN' || c === 'UNAUTHENTICATED')).toBe(true);
    }
    expect(await history(rawId(ratingId))).toHaveLength(1);
  });

  it('that does not exist is not found', async () => {
    const { result } = await mutate(await lead(), 'correctRating', {
      ratingId: missing('Rating'),
      expectedVersion: 1,
      withdraw: true,
      reason: 'It was never given.',
    });
    expect(result.__typename).toBe('NotFoundError');
  });

  it('reports every problem with a correction at once: no reason, a future date, another framework’s grade, too short a rationale', async () => {
    const { result } = await mutate(await lead(), 'correctRating', {
      ratingId,
      expectedVersion: 2,
      gradeId: otherFrameworkGrade,
      ratedOn: '2026-12-01',
      rationale: 'Short',
      reason: ' ',
    });
    expect(result.__typename).toBe('InputError');
    expect(result.issues.map((i: any) => i.field.join('.')).sort()).toEqual([
      'input.gradeId',
      'input.ratedOn',
      'input.rationale',
      'input.reason',
    ]);
    expect(result.issues.find((i: any) => i.field[1] === 'reason').message).toBe(
      'Say why it is corrected: the reason is kept with the record.',
    );
    expect(result.issues.find((i: any) => i.field[1] === 'ratedOn').message).toBe(
      'Date rated must be today or in the past',
    );
  });

  it('that changes nothing is refused', async () => {
    const { result } = await mutate(await lead(), 'correctRating', {
      ratingId,
      expectedVersion: 2,
      gradeId: grades['Requires improvement'],
      reason: 'Checking it again.',
    });
    expect(result.issues).toEqual([
      {
        field: ['input', 'reason'],
        message: 'Nothing is changed: correct at least one value, or withdraw it.',
      },
    ]);
  });

  it('withdrawn by an administrator, no longer counts: not in its history, the comparison, nor who owes a plan', async () => {
    const { result } = await mutate(
      admin,
      'correctRating',
      { ratingId, expectedVersion: 2, withdraw: true, reason: 'Recorded against the wrong force.' },
      ratingFields,
    );
    expect(result.data).toMatchObject({
      version: 3,
      withdrawalReason: 'Recorded against the wrong force.',
      viewerCan: { correct: false },
    });
    const { data } = await (
      await as(null)
    )(
      `query($id: ID!) { agency(id: $id) { victimsRatings { id } withdrawnVictimsRatings { id withdrawnAt withdrawalReason } actionPlanOwed { since } } }`,
      { id: ids.agency['Kent Police'] },
    );
    expect(data!.agency).toEqual({
      victimsRatings: [],
      withdrawnVictimsRatings: [
        {
          id: ratingId,
          withdrawnAt: today.toISOString(),
          withdrawalReason: 'Recorded against the wrong force.',
        },
      ],
      actionPlanOwed: null,
    });
    const again = await mutate(admin, 'correctRating', {
      ratingId,
      expectedVersion: 3,
      gradeId: grades.Good,
      reason: 'Try to correct it after all.',
    });
    expect(again.result).toMatchObject({
      __typename: 'InvalidStateError',
      message: 'This rating was withdrawn on 25 November 2026: it can no longer be corrected.',
    });
  });
});

describe('a recommendation and its answer', () => {
  let recommendationId = '';
  let responseId = '';
  const approver = (agency = 'Kent Police') =>
    as([{ role: 'AGENCY_APPROVER', agencyId: raw[agency]! }], `${agency} approver`);
  const responseFields = `id version answer reasons respondedOn correctedAt correctionReason
    withdrawnAt withdrawalReason viewerCan { respond correct }`;

  beforeAll(async () => {
    const recorded = await mutate(
      admin,
      'recordRecommendation',
      {
        source: 'VICTIMS_COMMISSIONER_ANNUAL_REPORT',
        reportTitle: 'Victims’ Commissioner’s annual report 2025 to 2026',
        publishedOn: '2026-10-01',
        reference: '4',
        text: 'Forces should tell victims within a day when a suspect is released.',
        addresseeIds: [ids.agency['Kent Police']],
      },
      'id addressees: responses { id }',
    );
    recommendationId = recorded.result.data.id;
    responseId = recorded.result.data.addressees[0].id;
    const answered = await mutate(await approver(), 'respondToRecommendation', {
      responseId,
      expectedVersion: 1,
      answer: 'ACCEPTED',
      reasons: 'We agree and will change how officers update victims.',
      plannedActions: 'A new update rota by March.',
      respondedOn: '2026-11-20',
    });
    expect(answered.result.__typename).toBe('MutationRespondToRecommendationSuccess');
  });

  it('an answer is corrected by the addressee’s approver, with a reason, and the public see when', async () => {
    const { result } = await mutate(
      await approver(),
      'correctRecommendationResponse',
      {
        responseId,
        expectedVersion: 2,
        answer: 'PARTLY_ACCEPTED',
        reasons: 'We agree in part: releases at night are told the next morning.',
        reason: 'Our answer was sent before the board agreed it.',
      },
      responseFields,
    );
    expect(result.data).toMatchObject({
      version: 3,
      answer: 'PARTLY_ACCEPTED',
      correctionReason: 'Our answer was sent before the board agreed it.',
      viewerCan: { respond: false, correct: true },
    });
    const { data } = await (
      await as(null)
    )(
      `query($id: ID!) { publishedRecommendations(agencyId: $id) { responses { answer correctedAt correctionReason } } }`,
      { id: ids.agency['Kent Police'] },
    );
    expect(data!.publishedRecommendations[0].responses[0]).toEqual({
      answer: 'PARTLY_ACCEPTED',
      correctedAt: today.toISOString(),
      correctionReason: 'Our answer was sent before the board agreed it.',
    });
    expect(await history(rawId(responseId))).toHaveLength(1);
    expect(await audited('correctRecommendationResponse', rawId(responseId))).toHaveLength(1);
  });

  it('an answer is not corrected by another agency’s approver, its own editor, or the public', async () => {
    for (const execute of [
      await approver('Essex Police'),
      await as([{ role: 'AGENCY_EDITOR', agencyId: raw['Kent Police']! }]),
      await as(null),
    ]) {
      const { codes } = await mutate(execute, 'correctRecommendationResponse', {
        responseId,
        expectedVersion: 3,
        withdraw: true,
        reason: 'Not ours to withdraw.',
      });
      expect(codes?.some((c) => c === 'FORBIDDEN' || c === 'UNAUTHENTICATED')).toBe(true);
    }
    const missingOne = await mutate(await approver(), 'correctRecommendationResponse', {
      responseId: missing('RecommendationResponse'),
      expectedVersion: 1,
      withdraw: true,
      reason: 'There is no such answer.',
    });
    expect(missingOne.result.__typename).toBe('NotFoundError');
  });

  it('reports every problem with a corrected answer at once', async () => {
    const { result } = await mutate(await approver(), 'correctRecommendationResponse', {
      responseId,
      expectedVersion: 3,
      reasons: 'Too short',
      respondedOn: '2026-12-25',
      reason: '',
    });
    expect(result.issues.map((i: any) => i.field.join('.')).sort()).toEqual([
      'input.reason',
      'input.reasons',
      'input.respondedOn',
    ]);
  });

  it('an answer withdrawn is owed again', async () => {
    const { result } = await mutate(
      await approver(),
      'correctRecommendationResponse',
      {
        responseId,
        expectedVersion: 3,
        withdraw: true,
        reason: 'Sent to the wrong recommendation.',
      },
      responseFields,
    );
    expect(result.data).toMatchObject({
      answer: null,
      reasons: null,
      respondedOn: null,
      withdrawalReason: 'Sent to the wrong recommendation.',
      viewerCan: { respond: true, correct: false },
    });
    const owedNow = async () =>
      ((await admin(`{ deadlines { kind subjectId } }`)).data!.deadlines as any[]).some(
        (item) => item.kind === 'RECOMMENDATION_RESPONSE' && item.subjectId === responseId,
      );
    expect(await owedNow()).toBe(true);
    const again = await mutate(await approver(), 'correctRecommendationResponse', {
      responseId,
      expectedVersion: 4,
      withdraw: true,
      reason: 'Withdraw it twice.',
    });
    expect(again.result).toMatchObject({
      __typename: 'InvalidStateError',
      message: 'This recommendation has not been answered, so there is no answer to correct.',
    });
  });

  it('a recommendation is corrected by inspectorate staff and, withdrawn, leaves the public pages and the deadlines', async () => {
    const planner = await as([{ role: 'INSPECTORATE_PLANNER', inspectorateId: raw.HMICFRS! }]);
    const refused = await mutate(await approver(), 'correctRecommendation', {
      recommendationId,
      expectedVersion: 1,
      withdraw: true,
      reason: 'An addressee may not.',
    });
    expect(refused.codes).toContain('FORBIDDEN');
    const corrected = await mutate(
      planner,
      'correctRecommendation',
      {
        recommendationId,
        expectedVersion: 1,
        reference: '4a',
        reason: 'The report numbers it 4a.',
      },
      'id version reference correctionReason viewerCanCorrect',
    );
    expect(corrected.result.data).toMatchObject({
      version: 2,
      reference: '4a',
      correctionReason: 'The report numbers it 4a.',
      viewerCanCorrect: true,
    });
    const problems = await mutate(planner, 'correctRecommendation', {
      recommendationId,
      expectedVersion: 2,
      reference: ' ',
      text: 'Short',
      reason: 'no',
    });
    expect(problems.result.issues.map((i: any) => i.field.join('.')).sort()).toEqual([
      'input.reason',
      'input.reference',
      'input.text',
    ]);
    const withdrawn = await mutate(
      planner,
      'correctRecommendation',
      { recommendationId, expectedVersion: 2, withdraw: true, reason: 'The report withdrew it.' },
      'withdrawnAt viewerCanCorrect',
    );
    expect(withdrawn.result.data).toEqual({
      withdrawnAt: today.toISOString(),
      viewerCanCorrect: false,
    });
    const { data } = await (
      await as(null)
    )(`query($id: ID!) { publishedRecommendations(agencyId: $id) { id } }`, {
      id: ids.agency['Kent Police'],
    });
    expect(data!.publishedRecommendations).toEqual([]);
    const deadlines = (await admin(`{ deadlines { kind subjectId } }`)).data!.deadlines as any[];
    expect(deadlines.filter((item) => item.subjectId === responseId)).toEqual([]);
    const answering = await mutate(await approver(), 'respondToRecommendation', {
      responseId,
      expectedVersion: 4,
      answer: 'NOT_ACCEPTED',
      reasons: 'We do not accept it, as it was withdrawn.',
      respondedOn: '2026-11-24',
    });
    expect(answering.result).toMatchObject({
      __typename: 'InvalidStateError',
      message: 'This recommendation was withdrawn, so no answer is owed.',
    });
  });
});

describe('a direction and a minister’s agreement', () => {
  let directionId = '';
  const HS = 'Home Secretary';
  const LC = 'Lord Chancellor and Secretary of State for Justice';
  const office = (title: string) =>
    as([{ role: 'MINISTER_OFFICE', ministerId: raw[title]! }], `${title}'s office`);
  const directionFields = `id version title status givenOn inForceUntil correctedAt correctionReason
    withdrawnAt viewerCanCorrect agreements { minister { title } agreedOn viewerCan { correct } }`;

  beforeAll(async () => {
    const recorded = await mutate(
      admin,
      'recordDirection',
      {
        reference: 'VPA/2026/1',
        title: "Direction on victims' thematic inspections",
        kind: 'VICTIMS_THEMATICS',
        draftedOn: '2026-11-02',
        status: 'GIVEN',
        inForceFrom: '2027-04-01',
        agreements: Object.values(ids.minister).map((ministerId) => ({
          ministerId,
          agreedOn: '2026-11-05',
        })),
        minimumThematics: 1,
        period: 'PER_PROGRAMME',
        agencyKindsRequired: [],
        requirement: 'At least one victims’ thematic in each programme.',
      },
      'id',
    );
    expect(recorded.result.__typename).toBe('MutationRecordDirectionSuccess');
    directionId = recorded.result.data.id;
  });

  it('is corrected by a directing minister’s office, with a reason', async () => {
    const { result } = await mutate(
      await office(LC),
      'correctDirection',
      {
        directionId,
        expectedVersion: 1,
        title: "Direction on joint victims' thematic inspections",
        reason: 'The title lost a word when recorded.',
      },
      directionFields,
    );
    expect(result.data).toMatchObject({
      version: 2,
      title: "Direction on joint victims' thematic inspections",
      status: 'GIVEN',
      correctionReason: 'The title lost a word when recorded.',
      viewerCanCorrect: true,
    });
    expect(await history(rawId(directionId))).toHaveLength(1);
  });

  it('is not corrected by a planner or the public, and one that does not exist is not found', async () => {
    for (const execute of [
      await as([{ role: 'INSPECTORATE_PLANNER', inspectorateId: raw.HMICFRS! }]),
      await as(null),
    ]) {
      const { codes } = await mutate(execute, 'correctDirection', {
        directionId,
        expectedVersion: 2,
        withdraw: true,
        reason: 'Not ours to withdraw.',
      });
      expect(codes?.some((c) => c === 'FORBIDDEN' || c === 'UNAUTHENTICATED')).toBe(true);
    }
    const { result } = await mutate(await office(HS), 'correctDirection', {
      directionId: missing('MinisterialDirection'),
      expectedVersion: 1,
      withdraw: true,
      reason: 'There is no such direction.',
    });
    expect(result.__typename).toBe('NotFoundError');
  });

  it('reports every problem with a corrected direction at once', async () => {
    const { result } = await mutate(await office(HS), 'correctDirection', {
      directionId,
      expectedVersion: 2,
      title: 'No',
      inForceUntil: '2027-01-01',
      minimumThematics: 0,
      reason: '',
    });
    expect(result.issues.map((i: any) => i.field.join('.')).sort()).toEqual([
      'input.inForceUntil',
      'input.minimumThematics',
      'input.reason',
      'input.title',
    ]);
  });

  it('a minister’s agreement is corrected by that minister’s office only; withdrawn, the direction awaits it again', async () => {
    const refused = await mutate(await office(HS), 'correctDirectionAgreement', {
      directionId,
      ministerId: ids.minister[LC],
      expectedVersion: 2,
      agreedOn: '2026-11-06',
      reason: 'Not the Home Secretary’s to correct.',
    });
    expect(refused.codes).toContain('FORBIDDEN');
    const future = await mutate(await office(LC), 'correctDirectionAgreement', {
      directionId,
      ministerId: ids.minister[LC],
      expectedVersion: 2,
      agreedOn: '2026-12-06',
      reason: '',
    });
    expect(future.result.issues.map((i: any) => i.field.join('.')).sort()).toEqual([
      'input.agreedOn',
      'input.reason',
    ]);
    const corrected = await mutate(
      await office(LC),
      'correctDirectionAgreement',
      {
        directionId,
        ministerId: ids.minister[LC],
        expectedVersion: 2,
        agreedOn: '2026-11-10',
        reason: 'The Lord Chancellor signed on the 10th.',
      },
      directionFields,
    );
    expect(corrected.result.data).toMatchObject({ givenOn: '2026-11-10', status: 'GIVEN' });
    const withdrawn = await mutate(
      await office(LC),
      'correctDirectionAgreement',
      {
        directionId,
        ministerId: ids.minister[LC],
        expectedVersion: 3,
        withdraw: true,
        reason: 'Recorded before the Lord Chancellor signed.',
      },
      directionFields,
    );
    expect(withdrawn.result.data).toMatchObject({ status: 'AWAITING_AGREEMENT', givenOn: null });
    expect(
      withdrawn.result.data.agreements.find((a: any) => a.minister.title === LC),
    ).toMatchObject({ agreedOn: null });
    expect(await history(`${rawId(directionId)}:${raw[LC]}`)).toHaveLength(2);
  });

  it('withdrawn, is no longer in force, and is not corrected again', async () => {
    const programme = await db.prisma.programme.create({
      data: {
        title: 'Joint inspection programme 2027 to 2029',
        startsOn: new Date('2027-04-01'),
        endsOn: new Date('2029-03-31'),
      },
    });
    const checked = async () =>
      (
        (
          await admin(
            `query($id: ID!) { programme(id: $id) { directionChecks { direction { reference } } } }`,
            { id: gid('Programme', programme.id) },
          )
        ).data!.programme.directionChecks as any[]
      ).map((c) => c.direction.reference);
    // Awaiting the Lord Chancellor again, so agree once more before withdrawing.
    await mutate(await office(LC), 'recordDirectionAgreement', {
      directionId,
      ministerId: ids.minister[LC],
      agreedOn: '2026-11-12',
      expectedVersion: 4,
    });
    expect(await checked()).toEqual(['VPA/2026/1']);
    const { result } = await mutate(
      admin,
      'correctDirection',
      { directionId, expectedVersion: 5, withdraw: true, reason: 'Replaced by a new direction.' },
      directionFields,
    );
    expect(result.data).toMatchObject({ viewerCanCorrect: false });
    expect(result.data.withdrawnAt).toBe(today.toISOString());
    expect(await checked()).toEqual([]);
    const again = await mutate(admin, 'correctDirection', {
      directionId,
      expectedVersion: 6,
      title: 'Direction renamed after withdrawal',
      reason: 'Try once more.',
    });
    expect(again.result.__typename).toBe('InvalidStateError');
  });
});
