/**
 * Malformed and hostile GraphQL sent over HTTP by a signed-in administrator, the role with the
 * most reach: deep nesting, floods of tokens and aliases, huge lists, wrong types and injection
 * strings. Each gets a clear error with a code (and the field, where there is one), never a
 * stack trace, and the database is unchanged unless the input was harmless text stored as text.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlAgainst } from '../support/graphql.ts';
import { startHttpApi } from '../support/http-api.ts';
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
  const [programmes, inspections, plans, users, audit] = await Promise.all([
    p.programme.count(),
    p.inspection.count(),
    p.actionPlan.count(),
    p.user.count(),
    p.auditEvent.count(),
  ]);
  return { programmes, inspections, plans, users, audit };
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
});
