/**
 * Signing in through an identity provider, against a real OpenID Connect provider started for
 * the test (oidc-provider, with its development login and consent pages). The browser's part
 * is played with fetch; the web app's part by calling the API's two mutations as it does.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlAgainst, type Execute } from '../support/graphql.ts';
import {
  defaultClaims,
  signInAtProvider,
  startTestProvider,
  type TestProvider,
} from '../support/oidc-provider.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';
import {
  completeOpenIdSignInMutation,
  startOpenIdSignInMutation,
  type OpenIdSignInStart,
} from '@cjji/contract/openid-connect';

const redirectUri = 'http://localhost:3999/sign-in/openid/callback';
const oidcVariables = [
  'OIDC_ISSUER',
  'OIDC_CLIENT_ID',
  'OIDC_CLIENT_SECRET',
  'OIDC_DISPLAY_NAME',
  'OIDC_ALLOW_HTTP',
  'OIDC_TOKEN_AUTH_METHOD',
];
const savedEnv = Object.fromEntries(oidcVariables.map((name) => [name, process.env[name]]));

let db: TestDatabase;
let provider: TestProvider;
let execute: Execute;
let stop: () => Promise<void>;

// The mutations the sign-in pages send.
const startMutation = startOpenIdSignInMutation;
const completeMutation = completeOpenIdSignInMutation;
type Started = OpenIdSignInStart;

function useProvider(settings: Record<string, string> | null): void {
  for (const name of oidcVariables) delete process.env[name];
  if (settings) Object.assign(process.env, settings);
}

async function start(): Promise<Started> {
  const { data, errors } = await execute(startMutation, { redirectUri });
  expect(errors).toBeUndefined();
  const answer = data!.startOpenIdSignIn;
  expect(answer.__typename).toBe('MutationStartOpenIdSignInSuccess');
  if (answer.__typename !== 'MutationStartOpenIdSignInSuccess') throw new Error(answer.message);
  return answer.data;
}

/** The whole flow as the web app and a browser run it; the API's answer to completeOpenIdSignIn. */
async function signIn(
  login: string,
  options: { cancel?: boolean; tamper?: (started: Started) => Started } = {},
) {
  const started = await start();
  const callbackUrl = await signInAtProvider(started.authorizationUrl, redirectUri, login, options);
  const { state, nonce, codeVerifier } = options.tamper ? options.tamper(started) : started;
  const { data, errors } = await execute(completeMutation, {
    input: { callbackUrl, redirectUri, state, nonce, codeVerifier },
  });
  expect(errors).toBeUndefined();
  return data!.completeOpenIdSignIn as {
    __typename: string;
    message?: string;
    data?: { token: string; expiresAt: string };
  };
}

const account = (email: string, extra: { disabledAt?: Date } = {}) =>
  db.prisma.user.create({ data: { email, name: `Account ${email}`, createdBy: 'Test', ...extra } });
const writes = async () => ({
  sessions: await db.prisma.session.count(),
  identities: await db.prisma.externalIdentity.count(),
  audit: await db.prisma.auditEvent.count(),
});

beforeAll(async () => {
  db = await createTestDatabase({ referenceData: false });
  provider = await startTestProvider({
    redirectUris: [redirectUri],
    // "unverified-…" logins: the provider has not checked the address.
    claimsFor: (login) =>
      login.startsWith('unverified-')
        ? { ...defaultClaims(login), email_verified: false }
        : defaultClaims(login),
  });
  useProvider(provider.env);
  ({ execute, stop } = await graphqlAgainst(db.prisma, new Date(), null));
});

afterAll(async () => {
  await stop?.();
  await provider?.close();
  await db?.close();
  for (const [name, value] of Object.entries(savedEnv)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

describe('signing in through an identity provider', () => {
  it('tells the sign-in page about the provider, and says plainly when there is none', async () => {
    expect((await execute('{ openIdConnect { displayName } }')).data).toEqual({
      openIdConnect: { displayName: 'Test sign-in' },
    });
    useProvider(null);
    try {
      expect((await execute('{ openIdConnect { displayName } }')).data).toEqual({
        openIdConnect: null,
      });
      const { data } = await execute(startMutation, { redirectUri });
      expect(data!.startOpenIdSignIn).toEqual({
        __typename: 'InvalidStateError',
        message: expect.stringContaining('not set up'),
      });
    } finally {
      useProvider(provider.env);
    }
  });

  it('starts the authorisation-code flow with PKCE, a state and a nonce', async () => {
    const started = await start();
    const url = new URL(started.authorizationUrl);
    expect(url.origin).toBe(provider.issuer);
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      client_id: provider.clientId,
      redirect_uri: redirectUri,
      response_type: 'code',
      scope: 'openid email profile',
      state: started.state,
      nonce: started.nonce,
      code_challenge_method: 'S256',
    });
    expect(url.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(url.searchParams.has('code_verifier')).toBe(false);
    expect(started.codeVerifier.length).toBeGreaterThanOrEqual(43);
  });

  it('signs an existing account in by its verified email, links the identity and audits the sign-in', async () => {
    const user = await account('alex.morgan@justice.test');
    const result = await signIn('alex.morgan@justice.test');
    expect(result.__typename).toBe('MutationCompleteOpenIdSignInSuccess');
    expect(result.data!.token).toMatch(/^[\w-]{43}$/);
    expect(new Date(result.data!.expiresAt).getTime()).toBeGreaterThan(Date.now());

    const sessions = await db.prisma.session.findMany({ where: { userId: user.id } });
    expect(sessions).toHaveLength(1);
    expect(sessions[0]!.method).toBe('openid-connect');
    expect(sessions[0]!.tokenHash).not.toBe(result.data!.token);
    expect(
      await db.prisma.externalIdentity.findMany({
        where: { userId: user.id },
        select: { issuer: true, subject: true },
      }),
    ).toEqual([{ issuer: provider.issuer, subject: 'alex.morgan@justice.test' }]);
    const events = await db.prisma.auditEvent.findMany({
      where: { entityId: user.id, action: 'signIn' },
    });
    expect(events).toHaveLength(1);
    expect(events[0]!.actorUserId).toBe(user.id);
    expect(events[0]!.after).toMatchObject({
      method: 'openid-connect',
      issuer: provider.issuer,
      linkedSubject: 'alex.morgan@justice.test',
    });
    expect(
      (await db.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).lastSignInAt,
    ).not.toBeNull();
  });

  it('finds the account by its linked subject next time, even when its email address has changed', async () => {
    const user = await db.prisma.user.update({
      where: { email: 'alex.morgan@justice.test' },
      data: { email: 'alex.morgan@new-address.test' },
    });
    const result = await signIn('alex.morgan@justice.test');
    expect(result.__typename).toBe('MutationCompleteOpenIdSignInSuccess');
    expect(await db.prisma.externalIdentity.count({ where: { userId: user.id } })).toBe(1);
    expect(await db.prisma.externalIdentity.count()).toBe(1);
    expect(
      await db.prisma.session.count({ where: { userId: user.id, method: 'openid-connect' } }),
    ).toBe(2);
  });

  it('refuses an email address with no account, clearly, and writes nothing', async () => {
    const before = await writes();
    const result = await signIn('nobody@justice.test');
    expect(result).toMatchObject({
      __typename: 'InputError',
      message: 'No account for nobody@justice.test: ask your administrator to create one.',
    });
    expect(await writes()).toEqual(before);
    expect(await db.prisma.user.count({ where: { email: 'nobody@justice.test' } })).toBe(0);
  });

  it('refuses a disabled account, whether or not it was linked before', async () => {
    await account('sam.disabled@justice.test', { disabledAt: new Date() });
    const before = await writes();
    const unlinked = await signIn('sam.disabled@justice.test');
    expect(unlinked.__typename).toBe('InputError');
    expect(unlinked.message).toMatch(/disabled/);

    await db.prisma.user.update({
      where: { email: 'alex.morgan@new-address.test' },
      data: { disabledAt: new Date() },
    });
    const linked = await signIn('alex.morgan@justice.test');
    expect(linked.__typename).toBe('InputError');
    expect(linked.message).toMatch(/disabled/);
    expect(await writes()).toEqual(before);
  });

  it('does not match an account by an email address the provider has not verified', async () => {
    await account('unverified-jo@justice.test');
    const before = await writes();
    const result = await signIn('unverified-jo@justice.test');
    expect(result.__typename).toBe('InputError');
    expect(result.message).toMatch(/has not confirmed your email address/);
    expect(await writes()).toEqual(before);
  });

  it('refuses a callback whose state, nonce or code verifier is not the one the flow started with', async () => {
    await account('kim.checks@justice.test');
    const before = await writes();
    for (const tamper of [
      (started: Started) => ({ ...started, state: 'another-state' }),
      (started: Started) => ({ ...started, nonce: 'another-nonce' }),
      (started: Started) => ({ ...started, codeVerifier: 'x'.repeat(43) }),
    ]) {
      const result = await signIn('kim.checks@justice.test', { tamper });
      expect(result).toMatchObject({
        __typename: 'InputError',
        message: 'Signing in with Test sign-in did not work. Try again.',
      });
    }
    expect(await writes()).toEqual(before);
    expect((await signIn('kim.checks@justice.test')).__typename).toBe(
      'MutationCompleteOpenIdSignInSuccess',
    );
  });

  it('says so plainly when the person cancels at the provider', async () => {
    const result = await signIn('kim.checks@justice.test', { cancel: true });
    expect(result).toMatchObject({
      __typename: 'InputError',
      message:
        'Signing in with Test sign-in was cancelled. Try again, or sign in with your email address and password.',
    });
  });

  it('reads the email address from userinfo when the provider leaves it out of the ID token', async () => {
    const strict = await startTestProvider({ redirectUris: [redirectUri], emailInIdToken: false });
    useProvider(strict.env);
    try {
      const user = await account('pat.userinfo@justice.test');
      const result = await signIn('pat.userinfo@justice.test');
      expect(result.__typename).toBe('MutationCompleteOpenIdSignInSuccess');
      expect(
        await db.prisma.externalIdentity.findFirst({
          where: { userId: user.id },
          select: { issuer: true },
        }),
      ).toEqual({ issuer: strict.issuer });
    } finally {
      useProvider(provider.env);
      await strict.close();
    }
  });
});
