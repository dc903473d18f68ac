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

  it('counts 30 wrong passwords sent at once before checking any, so the right one is then refused', async () => {
    const email = 'concurrent@example.test';
    await admin(
      `mutation($input: CreateAccountInput!) { createAccount(input: $input) { __typename } }`,
      { input: { email, name: 'Concurrent Guess', password: person.password, roles: [] } },
    );
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, n) => signIn(email, `guess ${n}`, '198.51.100.20')),
    );
    const kinds = answers.map((answer) => answer.__typename);
    // Only the first 5 were let through to have their password checked.
    expect(kinds.filter((kind) => kind === 'InputError')).toHaveLength(5);
    expect(kinds.filter((kind) => kind === 'RateLimitedError')).toHaveLength(25);
    const refused = await signIn(email, person.password, '198.51.100.21');
    expect(refused.__typename).toBe('RateLimitedError');
    // The wait the message states is the wait enforced: 15 minutes from the attempt that crossed.
    expect(refused.message).toBe('Too many failed sign-ins. Try again in 15 minutes.');
    expect(refused.retryAfterSeconds).toBeGreaterThan(14 * 60);
    const row = await db.prisma.signInThrottle.findUniqueOrThrow({
      where: { key: `account:${email}` },
    });
    expect(row.expire!.getTime() - Date.now()).toBeGreaterThan(14 * 60 * 1000);
  });

  it('throttles changing a password like signing in: 5 wrong current passwords, then a wait', async () => {
    const email = 'changer@example.test';
    await admin(
      `mutation($input: CreateAccountInput!) { createAccount(input: $input) { __typename } }`,
      { input: { email, name: 'Pass Changer', password: person.password, roles: [] } },
    );
    const signedIn = await signIn(email, person.password, '198.51.100.30');
    const token = signedIn.data.token as string;
    const change = (currentPassword: string) =>
      send(
        `mutation($input: ChangePasswordInput!) { changePassword(input: $input) { __typename ... on Error { message } ... on RateLimitedError { retryAfterSeconds } } }`,
        { input: { currentPassword, newPassword: 'another long password here' } },
        token,
        '198.51.100.30',
      ).then((r) => r.data.changePassword);
    const guesses = await Promise.all(Array.from({ length: 8 }, (_, n) => change(`guess ${n}`)));
    expect(guesses.filter((g) => g.__typename === 'InputError')).toHaveLength(5);
    const refused = await change(person.password);
    expect(refused.__typename).toBe('RateLimitedError');
    expect(refused.message).toBe('Too many wrong passwords. Try again in 15 minutes.');
    expect((await signIn(email, person.password, '198.51.100.31')).__typename).toBe(
      'RateLimitedError',
    );
  });

  it('tells apart two people behind the same proxy: one address waiting does not hold up the other', async () => {
    // The web app (a trusted proxy on this machine) forwards each person's own address.
    const failures = await Promise.all(
      Array.from({ length: 30 }, (_, n) =>
        signIn(`nobody-${n}@example.test`, 'wrong', '203.0.113.10'),
      ),
    );
    expect(failures.every((f) => f.__typename === 'InputError')).toBe(true);
    const blocked = await signIn(person.email, person.password, '203.0.113.10');
    expect(blocked.__typename).toBe('RateLimitedError');
    expect(blocked.message).toBe('Too many failed sign-ins. Try again in 15 minutes.');
    expect((await signIn(person.email, person.password, '203.0.113.11')).__typename).toBe(
      'MutationSignInSuccess',
    );
  });
});
