/**
 * Signing in as a client of the API does: the signIn mutation over HTTP, then the token as a
 * bearer token. Sessions end at sign-out, after an hour idle and when an account is disabled;
 * repeated failures are rate limited for the account whatever the password.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlAgainst, type Execute } from '../support/graphql.ts';
import { startHttpApi } from '../support/http-api.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

let db: TestDatabase;
let base: string;
let close: () => Promise<void>;
let admin: Execute;
let stopAdmin: () => Promise<void>;
/** The API's clock, moved by tests to expire sessions. */
let clock = new Date('2026-11-25T09:00:00Z');

const person = { email: 'planner@example.test', password: 'a long planner password' };

beforeAll(async () => {
  db = await createTestDatabase();
  ({ execute: admin, stop: stopAdmin } = await graphqlAgainst(db.prisma));
  const created = await admin(
    `mutation($input: CreateAccountInput!) { createAccount(input: $input) { __typename } }`,
    {
      input: {
        email: 'Planner@Example.test',
        name: 'Pat Planner',
        password: person.password,
        roles: [],
      },
    },
  );
  expect(created.data?.createAccount.__typename).toBe('MutationCreateAccountSuccess');
  const api = await startHttpApi(db.prisma, () => clock);
  base = `${api.base}/graphql`;
  close = api.close;
});
afterAll(async () => {
  await close?.();
  await stopAdmin?.();
  await db?.close();
});

async function send(
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
  from?: string,
) {
  const response = await fetch(base, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(from ? { 'x-forwarded-for': from } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as {
    data?: any;
    errors?: Array<{ message: string; extensions: { code: string } }>;
  };
}

const signIn = (email: string, password: string, from?: string) =>
  send(
    `mutation($input: SignInInput!) { signIn(input: $input) { __typename ... on Error { message } ... on RateLimitedError { retryAfterSeconds } ... on MutationSignInSuccess { data { token expiresAt viewer { name } } } } }`,
    { input: { email, password } },
    undefined,
    from,
  ).then((r) => {
    if (!r.data) throw new Error(JSON.stringify(r.errors));
    return r.data.signIn;
  });
const whoAmI = (token: string) =>
  send('{ viewer { name } }', {}, token).then((r) => r.data.viewer?.name ?? null);

describe('signing in', () => {
  it('signs in with any case of the email address, and the session names the person', async () => {
    const result = await signIn('PLANNER@example.test', person.password);
    expect(result.__typename).toBe('MutationSignInSuccess');
    expect(result.data.viewer.name).toBe('Pat Planner');
    expect(result.data.expiresAt).toBe('2026-11-25T21:00:00.000Z');
    expect(await whoAmI(result.data.token)).toBe('Pat Planner');
    // Only a hash of the token is stored.
    expect(await db.prisma.session.count({ where: { tokenHash: result.data.token } })).toBe(0);
  });

  it('gives one message for an unknown account and a wrong password', async () => {
    const unknown = await signIn('nobody@example.test', person.password, '203.0.113.1');
    const wrong = await signIn(person.email, 'not the password', '203.0.113.1');
    expect(unknown).toEqual({
      __typename: 'InputError',
      message: 'The email address or password is not right, or the account is disabled.',
    });
    expect(wrong).toEqual(unknown);
  });

  it('ends a session at sign-out, and after an hour without use', async () => {
    const { data } = await signIn(person.email, person.password);
    expect((await send('mutation { signOut }', {}, data.token)).data.signOut).toBe(true);
    expect(await whoAmI(data.token)).toBeNull();

    const idle = (await signIn(person.email, person.password)).data.token;
    clock = new Date('2026-11-25T09:59:00Z');
    expect(await whoAmI(idle)).toBe('Pat Planner');
    clock = new Date('2026-11-25T10:59:30Z');
    expect(await whoAmI(idle)).toBeNull();
    clock = new Date('2026-11-25T09:00:00Z');
  });

  it('ends every session of an account an administrator disables, and refuses its sign-in', async () => {
    const { data } = await signIn(person.email, person.password);
    const account = await db.prisma.user.findUniqueOrThrow({ where: { email: person.email } });
    const userId = Buffer.from(`User:${account.id}`).toString('base64');
    await admin(
      `mutation($input: UpdateAccountInput!) { updateAccount(input: $input) { __typename } }`,
      { input: { userId, expectedVersion: account.version, name: account.name, disabled: true } },
    );
    expect(await whoAmI(data.token)).toBeNull();
    expect((await signIn(person.email, person.password)).__typename).toBe('InputError');
    await admin(
      `mutation($input: UpdateAccountInput!) { updateAccount(input: $input) { __typename } }`,
      {
        input: {
          userId,
          expectedVersion: account.version + 1,
          name: account.name,
          disabled: false,
        },
      },
    );
    expect((await signIn(person.email, person.password)).__typename).toBe('MutationSignInSuccess');
  });

  it('makes an account wait 15 minutes after 5 failures, even for the right password, and audits sign-ins', async () => {
    const email = 'ratelimited@example.test';
    await admin(
      `mutation($input: CreateAccountInput!) { createAccount(input: $input) { __typename } }`,
      { input: { email, name: 'Rate Limited', password: person.password, roles: [] } },
    );
    for (let attempt = 1; attempt <= 5; attempt++)
      expect((await signIn(email, `wrong ${attempt}`, '198.51.100.7')).__typename).toBe(
        'InputError',
      );
    const refused = await signIn(email, person.password, '198.51.100.7');
    expect(refused.__typename).toBe('RateLimitedError');
    expect(refused.message).toMatch(/Too many failed sign-ins\. Try again in 15 minutes\./);
    expect(refused.retryAfterSeconds).toBeGreaterThan(800);
    // Another account from the same address is not held up by this one.
    expect((await signIn(person.email, person.password, '198.51.100.7')).__typename).toBe(
      'MutationSignInSuccess',
    );
    expect(
      await db.prisma.auditEvent.count({ where: { action: 'signIn', actor: 'Pat Planner' } }),
    ).toBeGreaterThan(0);
  });
});
