/**
 * Malformed and hostile GraphQL sent over HTTP by a signed-in administrator, the role with the
 * most reach: deep nesting, floods of tokens and aliases, huge lists, wrong types and injection
 * strings. Each gets a clear error with a code (and the field, where there is one), never a
 * stack trace, and the database is unchanged unless the input was harmless text stored as text.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { graphqlAgainst } from '../support/graphql.ts';
import { startHttpApi } from '../support/http-api.ts';
import { seedProgramme } from '../support/seed-programme.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

let db: TestDatabase;
let base: string;
let token: string;
let close: () => Promise<void>;

const account = { email: 'hostile-test@example.test', password: 'a long test password' };

beforeAll(async () => {
  db = await createTestDatabase();
  const setup = await graphqlAgainst(db.prisma);
  await setup.execute(
    `mutation($input: CreateAccountInput!) { createAccount(input: $input) { __typename } }`,
    {
      input: { ...account, name: 'Hostile Tester', roles: [{ role: 'ADMINISTRATOR' }] },
    },
  );
  await setup.stop();
  const api = await startHttpApi(db.prisma);
  base = `${api.base}/graphql`;
  close = api.close;
  const signedIn = await send(
    `mutation($input: SignInInput!) { signIn(input: $input) { ... on MutationSignInSuccess { data { token } } } }`,
    { input: account },
  );
  token = signedIn.body.data.signIn.data.token;
});
afterAll(async () => {
  await close?.();
  await db?.close();
});

async function send(query: string, variables: Record<string, unknown> = {}, raw?: string) {
  const response = await fetch(base, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: raw ?? JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  // Whatever went wrong, the answer is JSON and carries no stack trace or file path.
  expect(text).not.toMatch(/\bat .+\.(ts|js):\d+|node_modules|stacktrace/i);
  return { status: response.status, body: JSON.parse(text) };
}

/** Row counts of the tables a hostile request might try to change. */
async function snapshot() {
  const p = db.prisma;
  const [programmes, inspections, plans, users, audit, escalations, ratings, staffing] =
    await Promise.all([
      p.programme.count(),
      p.inspection.count(),
      p.actionPlan.count(),
      p.user.count(),
      p.auditEvent.count(),
      p.escalation.count(),
      p.rating.count(),
      p.phaseStaffing.count(),
    ]);
  return { programmes, inspections, plans, users, audit, escalations, ratings, staffing };
}

const codesOf = (body: { errors?: Array<{ extensions?: { code?: string } }> }) =>
  (body.errors ?? []).map((error) => error.extensions?.code);

describe('hostile GraphQL', () => {
  it('refuses a deeply nested query before running it', async () => {
    const before = await snapshot();
    let nested = 'name';
    for (let depth = 0; depth < 15; depth++) nested = `parent { ${nested} }`;
    const { status, body } = await send(`{ agencies(first: 1) { edges { node { ${nested} } } } }`);
    expect(status).toBe(400);
    expect(codesOf(body)).toContain('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors[0].message).toMatch(/depth/i);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a flood of aliases and a flood of tokens', async () => {
    const aliases = Array.from({ length: 60 }, (_, n) => `a${n}: regions`).join(' ');
    const aliased = await send(`{ ${aliases} }`);
    expect(aliased.status).toBe(400);
    expect(aliased.body.errors[0].message).toMatch(/aliases/i);

    const tokens = await send(`{ ${Array.from({ length: 5000 }, () => 'regions').join(' ')} }`);
    expect(tokens.status).toBe(400);
    expect(tokens.body.errors[0]).toMatchObject({
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    expect(tokens.body.errors[0].message).toMatch(/more than 4000 tokens/);
  });

  it('refuses batches of operations in one request', async () => {
    const { status, body } = await send(
      '',
      {},
      JSON.stringify([{ query: '{ regions }' }, { query: '{ regions }' }]),
    );
    expect(status).toBe(400);
    expect(JSON.stringify(body)).toMatch(/batch/i);
  });

  it('refuses huge lists with the field they are about, and saves nothing', async () => {
    const before = await snapshot();
    const { body: created } = await send(
      `mutation { createProgramme(input: { title: "Programme for list tests", startsOn: "2027-04-01", endsOn: "2029-03-31" }) { ... on MutationCreateProgrammeSuccess { data { id } } } }`,
    );
    const programmeId = created.data.createProgramme.data.id;
    const after = await snapshot();
    const localityIds = Array.from(
      { length: 5000 },
      () => 'QWdlbmN5OjAwMDAwMDAwLTAwMDAtMDAwMC0wMDAwLTAwMDAwMDAwMDAwMA==',
    );
    const { status, body } = await send(
      `mutation($input: AddInspectionInput!) { addInspection(input: $input) { __typename ... on InputError { issues { field message } } } }`,
      {
        input: {
          programmeId,
          title: 'Huge',
          kind: 'JOINT_THEMATIC',
          victimsThematic: true,
          theme: 'Victims',
          scopeStatement: 'How victims are kept informed.',
          leadInspectorateId: 'x',
          partnerInspectorateIds: [],
          agencyKindsInScope: [],
          localityIds,
          phases: [],
        },
      },
    );
    expect(status).toBe(200);
    expect(body.data.addInspection.issues).toContainEqual({
      field: ['input', 'localityIds'],
      message: 'An inspection visits at most 200 localities.',
    });
    expect(await snapshot()).toEqual(after);
    expect(after.programmes).toBe(before.programmes + 1);

    const page = await send('{ agencies(first: 100000) { edges { node { id } } } }');
    expect(page.body.errors?.[0]?.message ?? '').toMatch(/200|first/i);
  });

  it('answers wrong types with the path of the field', async () => {
    const before = await snapshot();
    const { status, body } = await send(
      `mutation($input: CreateProgrammeInput!) { createProgramme(input: $input) { __typename } }`,
      { input: { title: 42, startsOn: '2027-02-30', endsOn: 'soon' } },
    );
    expect(status).toBe(400);
    expect(codesOf(body).every((code) => code === 'BAD_USER_INPUT')).toBe(true);
    expect(body.errors.map((error: { message: string }) => error.message).join(' ')).toMatch(
      /input\.(startsOn|endsOn|title)/,
    );
    const version = await send(
      `mutation { changeProgrammeStatus(input: { programmeId: "x", status: AGREED, expectedVersion: "one" }) { __typename } }`,
    );
    expect(version.status).toBe(400);
    expect(version.body.errors[0].message).toMatch(/Int cannot represent non-integer value: "one"/);
    expect(await snapshot()).toEqual(before);
  });

  it('answers an id of the wrong kind with the field it is about', async () => {
    const { body } = await send(
      `mutation { reschedulePhase(input: { phaseId: "'; DROP TABLE \\"InspectionPhase\\"; --", expectedVersion: 1, plannedStart: "2027-05-01", plannedEnd: "2027-05-31" }) { __typename ... on InputError { issues { field message } } } }`,
    );
    expect(body.data.reschedulePhase.issues[0].field).toEqual(['input', 'phaseId']);
    expect(await db.prisma.inspectionPhase.count()).toBeGreaterThanOrEqual(0);
  });

  it('stores injection strings as plain text, and a search for one finds nothing', async () => {
    const title = `Victims'); DROP TABLE "Programme"; -- <script>alert(1)</script>`;
    const { body } = await send(
      `mutation($input: CreateProgrammeInput!) { createProgramme(input: $input) { ... on MutationCreateProgrammeSuccess { data { title } } } }`,
      { input: { title, startsOn: '2027-04-01', endsOn: '2029-03-31' } },
    );
    expect(body.data.createProgramme.data.title).toBe(title);
    expect(await db.prisma.programme.count()).toBeGreaterThan(0);
    const search = await send(
      `query($filter: AgencyFilter) { agencies(filter: $filter) { totalCount } }`,
      { filter: { search: `%' OR 1=1 --` } },
    );
    expect(search.body.data.agencies.totalCount).toBe(0);
    const wildcard = await send(
      `query($filter: AgencyFilter) { agencies(filter: $filter) { totalCount } }`,
      { filter: { search: '%' } },
    );
    expect(wildcard.body.data.agencies.totalCount).toBe(0);
  });

  it('treats a forged or stale session as no sign-in at all', async () => {
    const saved = token;
    token = 'forged-token-forged-token-forged-token-0000';
    const { body } = await send(`{ accounts { email } }`);
    token = saved;
    expect(codesOf(body)).toEqual(['UNAUTHENTICATED']);
  });

  it('cannot change or delete the audit trail, even with direct database access', async () => {
    const event = await db.prisma.auditEvent.findFirstOrThrow();
    await expect(
      db.prisma.auditEvent.update({ where: { id: event.id }, data: { actor: 'Someone else' } }),
    ).rejects.toThrow(/cannot be changed or deleted/);
    await expect(db.prisma.auditEvent.deleteMany({})).rejects.toThrow(
      /cannot be changed or deleted/,
    );
    expect((await db.prisma.auditEvent.findUniqueOrThrow({ where: { id: event.id } })).actor).toBe(
      event.actor,
    );
  });

  it('cannot be emptied: TRUNCATE is refused, and so is DELETE with replication triggers off', async () => {
    const before = await db.prisma.auditEvent.count();
    expect(before).toBeGreaterThan(0);
    await expect(db.prisma.$executeRawUnsafe('TRUNCATE "AuditEvent"')).rejects.toThrow(
      /cannot be changed or deleted/,
    );
    await expect(
      db.prisma.$transaction(async (tx) => {
        // As replication and some restore tools do: ordinary triggers stop firing.
        await tx.$executeRawUnsafe('SET LOCAL session_replication_role = replica');
        await tx.$executeRawUnsafe('DELETE FROM "AuditEvent"');
      }),
    ).rejects.toThrow(/cannot be changed or deleted/);
    expect(await db.prisma.auditEvent.count()).toBe(before);
  });
});

/**
 * Bad input of every kind the issue found answering INTERNAL_SERVER_ERROR, tried against many
 * fields: each must be refused with a typed error (a result-union error, or BAD_USER_INPUT) and
 * change nothing. The total tried is printed, for the README.
 */
describe('hostile input answered with typed errors and no writes', () => {
  const globalId = (type: string, uuid = '7f1c2a9e-1111-4111-8111-000000000000') =>
    Buffer.from(`${type}:${uuid}`).toString('base64');
  let tried = 0;
  let internalErrors = 0;

  /** Sends one hostile request and checks it changed nothing and was refused in a typed way. */
  async function refused(query: string, variables: Record<string, unknown> = {}) {
    tried++;
    const before = await snapshot();
    const { body } = await send(query, variables);
    const codes = codesOf(body);
    internalErrors += codes.filter((code) => code === 'INTERNAL_SERVER_ERROR').length;
    expect(codes, JSON.stringify(body).slice(0, 400)).not.toContain('INTERNAL_SERVER_ERROR');
    const answers = Object.values(body.data ?? {}) as Array<{ __typename?: string } | null>;
    const typed =
      codes.length > 0 ||
      answers.some((answer) => answer?.__typename && !answer.__typename.endsWith('Success'));
    expect(typed, JSON.stringify(body).slice(0, 400)).toBe(true);
    expect(await snapshot()).toEqual(before);
    return body;
  }

  const hostileText = [
    'Nul\u0000byte',
    'Bell\u0007and escape\u001b[31m',
    'Lone surrogate \ud800 here',
    '\u007f',
  ];
  const hostileDates = ['0000-01-01', '1899-12-31', '2201-01-01', '9999-12-31'];
  const hostileInstants = [
    '0000-01-01T00:00:00Z',
    '+275760-09-13T00:00:00Z',
    '-000001-01-01T00:00:00Z',
  ];
  const huge = (value: string, length = 5_000) => Array.from({ length }, () => value);

  let phaseId: string;
  let inspectorateId: string;
  let agencyId: string;
  beforeAll(async () => {
    await seedProgramme(db.prisma, 1, 'Programme for hostile input');
    const phase = await db.prisma.inspectionPhase.findFirstOrThrow({
      where: {
        kind: 'FIELDWORK',
        inspection: { programme: { title: 'Programme for hostile input' } },
      },
    });
    phaseId = globalId('InspectionPhase', phase.id);
    inspectorateId = globalId('Inspectorate', (await db.prisma.inspectorate.findFirstOrThrow()).id);
    agencyId = globalId(
      'Agency',
      (await db.prisma.agency.findFirstOrThrow({ where: { kindCode: 'POLICE_FORCE' } })).id,
    );
  });
  afterAll(() => {
    console.info(
      `hostile-input (${inject('databaseKind')}): ${tried} hostile requests, ${internalErrors} INTERNAL_SERVER_ERROR`,
    );
  });

  const createProgramme = `mutation($input: CreateProgrammeInput!) { createProgramme(input: $input) { __typename ... on Error { message } } }`;
  const createAccount = `mutation($input: CreateAccountInput!) { createAccount(input: $input) { __typename ... on Error { message } } }`;
  const recordEscalation = `mutation($input: RecordEscalationInput!) { recordEscalation(input: $input) { __typename ... on Error { message } } }`;
  const addInspection = `mutation($input: AddInspectionInput!) { addInspection(input: $input) { __typename ... on Error { message } } }`;

  it('refuses control characters and broken Unicode in text, on the field, saving nothing', async () => {
    for (const text of hostileText) {
      const body = await refused(createProgramme, {
        input: { title: `Programme ${text}`, startsOn: '2027-04-01', endsOn: '2029-03-31' },
      });
      expect(body.data.createProgramme.__typename).toBe('InputError');
      await refused(createAccount, {
        input: { email: 'nul@example.test', name: text, roles: [{ role: 'ADMINISTRATOR' }] },
      });
      await refused(recordEscalation, {
        input: {
          agencyId,
          inspectorateId,
          issuedOn: '2026-01-10',
          kind: 'URGENT_NOTIFICATION',
          summary: text,
        },
      });
      await refused(`query($f: AgencyFilter) { agencies(filter: $f) { totalCount } }`, {
        f: { search: text },
      });
      await refused(`query($f: AuditFilter) { auditEvents(filter: $f, first: 5) { totalCount } }`, {
        f: { entityId: text },
      });
      await refused(`query($id: ID!) { node(id: $id) { id } }`, { id: text });
    }
    const { body } = await send(createProgramme, {
      input: { title: 'Null\u0000title', startsOn: '2027-04-01', endsOn: '2029-03-31' },
    });
    expect(body.data.createProgramme).toMatchObject({ __typename: 'InputError' });
    const issues = await send(
      `mutation($input: CreateProgrammeInput!) { createProgramme(input: $input) { ... on InputError { issues { field message } } } }`,
      { input: { title: 'Null\u0000title', startsOn: '2027-04-01', endsOn: '2029-03-31' } },
    );
    expect(issues.body.data.createProgramme.issues[0].field).toEqual(['input', 'title']);
  });

  it('refuses dates outside 1900 to 2200, naming the field', async () => {
    for (const date of hostileDates) {
      const body = await refused(createProgramme, {
        input: { title: 'Dated programme', startsOn: date, endsOn: '2029-03-31' },
      });
      expect(codesOf(body)).toEqual(['BAD_USER_INPUT']);
      expect(body.errors[0].message).toMatch(/input\.startsOn/);
      await refused(recordEscalation, {
        input: {
          agencyId,
          inspectorateId,
          issuedOn: date,
          kind: 'URGENT_NOTIFICATION',
          summary: 'x',
        },
      });
      await refused(
        `query($from: Date!) { inspectorateCapacity(from: $from, to: "2027-01-01") { quarterStart } }`,
        { from: date },
      );
      await refused(
        `{ agencies(first: 1) { edges { node { localPolicingBody(on: "${date}") { name } } } } }`,
      );
    }
    for (const instant of hostileInstants) {
      await refused(`query($f: AuditFilter) { auditEvents(filter: $f, first: 5) { totalCount } }`, {
        f: { from: instant },
      });
    }
  });

  it('refuses lists of 100,000 (or 5,000) items with the field they are about', async () => {
    const body = await refused(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, {
      ids: huge(agencyId, 100_000),
    });
    expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: ['ids'] });
    await refused(`query($s: [ActionPlanStatus!]) { actionPlans(statuses: $s) { id } }`, {
      s: huge('DRAFT'),
    });
    await refused(`query($f: AgencyFilter) { agencies(filter: $f) { totalCount } }`, {
      f: { kinds: huge('POLICE_FORCE') },
    });
    await refused(createAccount, {
      input: {
        email: 'many@example.test',
        name: 'Many roles',
        roles: huge('ADMINISTRATOR').map((role) => ({ role })),
      },
    });
    await refused(
      `mutation($input: SetPhaseStaffingInput!) { setPhaseStaffing(input: $input) { __typename } }`,
      {
        input: {
          phaseId,
          expectedVersion: 1,
          staffing: huge('x').map(() => ({ inspectorateId, inspectorWeeks: 1 })),
        },
      },
    );
  });

  it('answers a reference to a record that does not exist as not found or a field error', async () => {
    const missingInspectorate = globalId('Inspectorate');
    const missingAgency = globalId('Agency');
    const programme = await db.prisma.programme.findFirstOrThrow({
      where: { title: 'Programme for hostile input' },
    });
    await refused(addInspection, {
      input: {
        programmeId: globalId('Programme', programme.id),
        title: 'Missing lead',
        kind: 'JOINT_THEMATIC',
        victimsThematic: true,
        theme: 'Victims',
        scopeStatement: 'How victims are kept informed.',
        leadInspectorateId: missingInspectorate,
        partnerInspectorateIds: [missingInspectorate],
        agencyKindsInScope: ['POLICE_FORCE'],
        localityIds: [missingAgency],
        phases: [],
      },
    });
    await refused(recordEscalation, {
      input: {
        agencyId: missingAgency,
        inspectorateId: missingInspectorate,
        issuedOn: '2026-01-10',
        kind: 'URGENT_NOTIFICATION',
        summary: 'Escalation about an agency that is not there',
      },
    });
    await refused(createAccount, {
      input: {
        email: 'missing-org@example.test',
        name: 'Missing organisation',
        roles: [{ role: 'INSPECTORATE_LEAD', organisationId: missingInspectorate }],
      },
    });
    await refused(
      `mutation($input: SetPhaseStaffingInput!) { setPhaseStaffing(input: $input) { __typename } }`,
      {
        input: {
          phaseId,
          expectedVersion: 1,
          staffing: [{ inspectorateId: missingInspectorate, inspectorWeeks: 2 }],
        },
      },
    );
    await refused(
      `mutation($input: SetPhaseStaffingInput!) { setPhaseStaffing(input: $input) { __typename } }`,
      {
        input: {
          phaseId: globalId('InspectionPhase'),
          expectedVersion: 1,
          staffing: [{ inspectorateId, inspectorWeeks: 2 }],
        },
      },
    );
    await refused(
      `mutation($input: RecordRatingInput!) { recordRating(input: $input) { __typename ... on Error { message } } }`,
      {
        input: {
          agencyId: missingAgency,
          frameworkId: globalId('RatingFramework'),
          gradeId: globalId('RatingGrade'),
          areaCode: 'VICTIMS',
          ratedOn: '2026-01-10',
          rationale: 'A rating of nothing',
        },
      },
    );
  });

  /** Twenty at once on PostgreSQL (PGlite runs one query at a time, so there they queue). */
  const together = <T>(count: number, run: (n: number) => Promise<T>) =>
    Promise.all(Array.from({ length: count }, (_, n) => run(n)));

  it('answers twenty people doing the same thing at once: one wins, the rest get a conflict', async () => {
    const published = await db.prisma.programme.create({
      data: {
        title: 'Published for revising',
        startsOn: new Date('2027-04-01'),
        endsOn: new Date('2029-03-31'),
        status: 'PUBLISHED',
      },
    });
    const revise = await together(20, () =>
      send(
        `mutation($input: ReviseProgrammeInput!) { reviseProgramme(input: $input) { __typename ... on Error { message } } }`,
        { input: { programmeId: globalId('Programme', published.id) } },
      ),
    );
    tried += 20;
    const reviseTypes = revise.map((r) => r.body.data?.reviseProgramme?.__typename);
    expect(revise.flatMap((r) => codesOf(r.body))).toEqual([]);
    expect(reviseTypes.filter((t) => t === 'MutationReviseProgrammeSuccess')).toHaveLength(1);
    expect(
      reviseTypes.every((t) =>
        ['MutationReviseProgrammeSuccess', 'ConflictError', 'InvalidStateError'].includes(t),
      ),
    ).toBe(true);
    expect(await db.prisma.programme.count({ where: { revisesId: published.id } })).toBe(1);

    const accounts = await together(20, (n) =>
      send(createAccount, {
        input: {
          email: 'same-person@example.test',
          name: `Same person ${n}`,
          roles: [{ role: 'ADMINISTRATOR' }],
        },
      }),
    );
    tried += 20;
    const accountTypes = accounts.map((r) => r.body.data?.createAccount?.__typename);
    expect(accounts.flatMap((r) => codesOf(r.body))).toEqual([]);
    expect(accountTypes.filter((t) => t === 'MutationCreateAccountSuccess')).toHaveLength(1);
    expect(accountTypes.filter((t) => t !== 'MutationCreateAccountSuccess')).toEqual(
      Array.from({ length: 19 }, () => expect.stringMatching(/ConflictError|InputError/)),
    );
    const conflict = accounts.find((r) => r.body.data.createAccount.__typename === 'ConflictError');
    if (conflict) expect(conflict.body.data.createAccount.message).toMatch(/email/);
    expect(await db.prisma.user.count({ where: { email: 'same-person@example.test' } })).toBe(1);

    const inspectorates = await db.prisma.inspectorate.findMany({ orderBy: { shortName: 'asc' } });
    const staffing = await together(20, (n) =>
      send(
        `mutation($input: SetPhaseStaffingInput!) { setPhaseStaffing(input: $input) { __typename ... on Error { message } } }`,
        {
          input: {
            phaseId,
            // All twenty opened the page at the same version.
            expectedVersion: 1,
            staffing: [
              {
                inspectorateId: globalId('Inspectorate', inspectorates[n % 4]!.id),
                inspectorWeeks: n + 1,
              },
            ],
          },
        },
      ),
    );
    tried += 20;
    expect(staffing.flatMap((r) => codesOf(r.body))).toEqual([]);
    const staffingTypes = staffing.map((r) => r.body.data?.setPhaseStaffing?.__typename);
    // One saves; the other nineteen are told someone changed the staffing since they opened it.
    expect(staffingTypes.filter((t) => t === 'MutationSetPhaseStaffingSuccess')).toHaveLength(1);
    expect(staffingTypes.filter((t) => t === 'ConflictError')).toHaveLength(19);
    // Whoever won, the phase holds one person's staffing whole: one row, not a mixture.
    const phase = await db.prisma.inspectionPhase.findFirstOrThrow({
      where: {
        kind: 'FIELDWORK',
        inspection: { programme: { title: 'Programme for hostile input' } },
      },
      include: { staffing: true },
    });
    expect(phase.staffing).toHaveLength(1);

    // Twenty people recording the response to one Urgent Notification: one is recorded, the
    // other nineteen are told, and nobody's date silently replaces the winner's.
    const notification = await db.prisma.escalation.create({
      data: {
        kind: 'URGENT_NOTIFICATION',
        agencyId: (await db.prisma.agency.findFirstOrThrow()).id,
        inspectorateId: inspectorates[0]!.id,
        issuedOn: new Date('2026-10-01'),
        responseDueOn: new Date('2026-10-29'),
        summary: 'Urgent Notification for the race',
        recordedBy: 'Test',
      },
    });
    const respondedOn = (n: number) => `2026-10-${String(2 + n).padStart(2, '0')}`;
    const responses = await together(20, (n) =>
      send(
        `mutation($input: RecordEscalationResponseInput!) { recordEscalationResponse(input: $input) { __typename ... on Error { message } ... on MutationRecordEscalationResponseSuccess { data { respondedOn version } } } }`,
        {
          input: {
            escalationId: globalId('Escalation', notification.id),
            respondedOn: respondedOn(n),
            ...(n % 2 ? { expectedVersion: 1 } : {}),
          },
        },
      ),
    );
    tried += 20;
    expect(responses.flatMap((r) => codesOf(r.body))).toEqual([]);
    const answers = responses.map((r) => r.body.data.recordEscalationResponse);
    const winners = answers.filter((a) => a.__typename.endsWith('Success'));
    expect(winners).toHaveLength(1);
    expect(
      answers.filter((a) => !a.__typename.endsWith('Success')).map((a) => a.__typename),
    ).toEqual(Array.from({ length: 19 }, () => expect.stringMatching(/Conflict|InvalidState/)));
    const stored = await db.prisma.escalation.findUniqueOrThrow({ where: { id: notification.id } });
    expect(stored.respondedOn!.toISOString().slice(0, 10)).toBe(winners[0].data.respondedOn);
    expect(stored.version).toBe(2);
    expect(
      await db.prisma.auditEvent.count({
        where: { action: 'recordEscalationResponse', entityId: notification.id },
      }),
    ).toBe(1);
  });
});
