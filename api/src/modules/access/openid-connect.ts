/**
 * Signing in through the organisation's identity provider with OpenID Connect: the
 * authorisation-code flow with PKCE. The web app starts the flow, keeps the state, nonce and
 * code verifier in a short-lived HttpOnly cookie, and hands them back with the provider's
 * callback; the API exchanges the code, checks the ID token and finds the account.
 *
 * Accounts are never created here: an administrator creates the account and grants its roles
 * first. The first sign-in matches the account by the provider's verified email address and
 * links the provider's subject to it; later sign-ins find the account by that subject.
 */
import type { Prisma } from '@cjji/db';
import * as client from 'openid-client';
import { z } from 'zod';
import { builder } from '../../builder.ts';
import { readSettings } from '../../config.ts';
import type { Context } from '../../context.ts';
import { InvalidInputError, InvalidStateError } from '../../errors.ts';
import { audit } from '../shared/audit.ts';
import { SignedInRef } from './account.mutations.ts';
import { startSession } from './sessions.ts';

interface OpenIdConnectSettings {
  /** The issuer identifier; its discovery document is at `<issuer>/.well-known/openid-configuration`. */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** What the sign-in page calls the provider, e.g. "Home Office sign-in". */
  displayName: string;
  /** How the client authenticates at the token endpoint; client_secret_basic unless the provider needs the secret in the body. */
  tokenAuthMethod: 'client_secret_basic' | 'client_secret_post';
  /** Only for a provider on http://localhost in tests: openid-client refuses http otherwise. */
  allowHttp: boolean;
}

/**
 * The identity provider's settings from the environment, read at call time (so tests can set
 * them), or null when sign-in through a provider is not set up.
 */
function openIdConnectSettings(env: NodeJS.ProcessEnv = process.env): OpenIdConnectSettings | null {
  const settings = readSettings(env);
  const issuer = settings.OIDC_ISSUER;
  const clientId = settings.OIDC_CLIENT_ID;
  const clientSecret = settings.OIDC_CLIENT_SECRET;
  if (!issuer || !clientId || !clientSecret) return null;
  return {
    issuer,
    clientId,
    clientSecret,
    displayName: settings.OIDC_DISPLAY_NAME ?? 'your organisation’s sign-in',
    tokenAuthMethod: settings.OIDC_TOKEN_AUTH_METHOD,
    allowHttp: settings.OIDC_ALLOW_HTTP === 'true',
  };
}

/** One discovery per provider and client for the life of the process; a failed one is tried again next time. */
const configurations = new Map<string, Promise<client.Configuration>>();

function configurationFor(settings: OpenIdConnectSettings): Promise<client.Configuration> {
  const key = JSON.stringify([
    settings.issuer,
    settings.clientId,
    settings.clientSecret,
    settings.tokenAuthMethod,
    settings.allowHttp,
  ]);
  let configuration = configurations.get(key);
  if (!configuration) {
    const authentication =
      settings.tokenAuthMethod === 'client_secret_post'
        ? client.ClientSecretPost(settings.clientSecret)
        : client.ClientSecretBasic(settings.clientSecret);
    configuration = client.discovery(
      new URL(settings.issuer),
      settings.clientId,
      undefined,
      authentication,
      {
        timeout: 10,
        ...(settings.allowHttp ? { execute: [client.allowInsecureRequests] } : {}),
      },
    );
    configuration.catch(() => configurations.delete(key));
    configurations.set(key, configuration);
  }
  return configuration;
}

function notConfigured(): never {
  throw new InvalidStateError(
    'Signing in through an identity provider is not set up here. Sign in with your email address and password.',
  );
}

async function discovered(settings: OpenIdConnectSettings): Promise<client.Configuration> {
  try {
    return await configurationFor(settings);
  } catch (error) {
    console.error(`OpenID Connect discovery at ${settings.issuer} failed:`, error);
    throw new InvalidStateError(
      `${settings.displayName} could not be reached. Try again in a few minutes, or sign in with your email address and password.`,
    );
  }
}

const httpUrl = (message: string) =>
  z
    .string()
    .max(4000)
    .refine(
      (value) => URL.canParse(value) && ['http:', 'https:'].includes(new URL(value).protocol),
      message,
    );

const ProviderRef = builder.objectRef<{ displayName: string }>('OpenIdConnectProvider').implement({
  description: 'The organisation’s identity provider, when people can sign in through it.',
  fields: (t) => ({
    displayName: t.exposeString('displayName', {
      description: 'What the sign-in button calls it, e.g. "Home Office sign-in".',
    }),
  }),
});

builder.queryField('openIdConnect', (t) =>
  t.field({
    type: ProviderRef,
    nullable: true,
    description: 'The identity provider people can sign in through, or null if there is none.',
    resolve: () => {
      const settings = openIdConnectSettings();
      return settings ? { displayName: settings.displayName } : null;
    },
  }),
);

const SignInStartRef = builder
  .objectRef<{ authorizationUrl: string; state: string; nonce: string; codeVerifier: string }>(
    'OpenIdSignInStart',
  )
  .implement({
    description:
      'Where to send the person, and the values the web app keeps (in an HttpOnly cookie) until the provider sends them back.',
    fields: (t) => ({
      authorizationUrl: t.exposeString('authorizationUrl'),
      state: t.exposeString('state'),
      nonce: t.exposeString('nonce'),
      codeVerifier: t.exposeString('codeVerifier', {
        description: 'The PKCE code verifier. Keep it where no page script can read it.',
      }),
    }),
  });

builder.mutationField('startOpenIdSignIn', (t) =>
  t.field({
    type: SignInStartRef,
    description:
      'Starts signing in through the identity provider: the authorisation URL, with a fresh state, nonce and PKCE code verifier.',
    errors: {},
    args: {
      redirectUri: t.arg.string({
        required: true,
        validate: httpUrl('The redirect URI must be an http or https URL.'),
      }),
    },
    resolve: async (_root, { redirectUri }) => {
      const settings = openIdConnectSettings() ?? notConfigured();
      const configuration = await discovered(settings);
      const codeVerifier = client.randomPKCECodeVerifier();
      const state = client.randomState();
      const nonce = client.randomNonce();
      const authorizationUrl = client.buildAuthorizationUrl(configuration, {
        redirect_uri: redirectUri,
        response_type: 'code',
        scope: 'openid email profile',
        state,
        nonce,
        code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
      });
      return { authorizationUrl: authorizationUrl.href, state, nonce, codeVerifier };
    },
  }),
);

const CompleteInput = builder.inputType('CompleteOpenIdSignInInput', {
  fields: (t) => ({
    callbackUrl: t.string({
      required: true,
      description: 'The URL the provider sent the browser back to, with its query.',
      validate: httpUrl('The callback URL must be an http or https URL.'),
    }),
    redirectUri: t.string({
      required: true,
      description: 'The redirect URI given to startOpenIdSignIn.',
      validate: httpUrl('The redirect URI must be an http or https URL.'),
    }),
    state: t.string({ required: true, validate: z.string().min(1).max(512) }),
    nonce: t.string({ required: true, validate: z.string().min(1).max(512) }),
    codeVerifier: t.string({ required: true, validate: z.string().min(43).max(128) }),
  }),
});

/** What the provider said about the person, once the code is exchanged and the ID token checked. */
interface Identity {
  issuer: string;
  subject: string;
  email: string | null;
  emailVerified: boolean;
}

async function exchangeCode(
  settings: OpenIdConnectSettings,
  input: {
    callbackUrl: string;
    redirectUri: string;
    state: string;
    nonce: string;
    codeVerifier: string;
  },
): Promise<Identity> {
  const configuration = await discovered(settings);
  // The provider's answer (code, state, iss or error) on the redirect URI the flow started with,
  // so that the token request names exactly the redirect URI the authorisation request did.
  const current = new URL(input.redirectUri);
  current.search = new URL(input.callbackUrl).search;
  try {
    const tokens = await client.authorizationCodeGrant(configuration, current, {
      pkceCodeVerifier: input.codeVerifier,
      expectedState: input.state,
      expectedNonce: input.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    if (!claims) throw new Error('The token response had no ID token.');
    let email = claims.email;
    let verified = claims.email_verified;
    // Some providers put scope-requested claims only in the userinfo response.
    if (typeof email !== 'string' && configuration.serverMetadata().userinfo_endpoint) {
      const userinfo = await client.fetchUserInfo(configuration, tokens.access_token, claims.sub);
      email = userinfo.email;
      verified = userinfo.email_verified;
    }
    return {
      issuer: claims.iss,
      subject: claims.sub,
      email: typeof email === 'string' ? email.trim().toLowerCase() : null,
      emailVerified: verified === true,
    };
  } catch (error) {
    console.error(
      'OpenID Connect sign-in failed at the provider or in checking its answer:',
      error,
    );
    const declined =
      error instanceof client.AuthorizationResponseError && error.error === 'access_denied';
    throw new InvalidInputError(
      ['input', 'callbackUrl'],
      declined
        ? `Signing in with ${settings.displayName} was cancelled. Try again, or sign in with your email address and password.`
        : `Signing in with ${settings.displayName} did not work. Try again.`,
    );
  }
}

const refuse = (message: string): never => {
  throw new InvalidInputError(['input', 'callbackUrl'], message);
};

/** The account the identity belongs to, and whether it still needs linking; refuses when there is none. */
async function accountFor(
  tx: Prisma.TransactionClient,
  identity: Identity,
  settings: OpenIdConnectSettings,
) {
  const disabled = 'Your account is disabled. Ask your administrator if you need it again.';
  const linked = await tx.externalIdentity.findUnique({
    where: { issuer_subject: { issuer: identity.issuer, subject: identity.subject } },
    include: { user: true },
  });
  if (linked) return linked.user.disabledAt ? refuse(disabled) : { user: linked.user, link: false };
  if (!identity.email)
    return refuse(
      `${settings.displayName} did not give your email address, so your account cannot be found. Ask your administrator.`,
    );
  if (!identity.emailVerified)
    return refuse(
      `${settings.displayName} has not confirmed your email address ${identity.email}, so it cannot be matched to an account. Ask your administrator.`,
    );
  const user = await tx.user.findUnique({
    where: { email: identity.email },
    include: { identities: { where: { issuer: identity.issuer } } },
  });
  if (!user)
    return refuse(`No account for ${identity.email}: ask your administrator to create one.`);
  if (user.disabledAt) return refuse(disabled);
  // The account already belongs to another person at this provider: an address given to someone new, say.
  if (user.identities.length)
    return refuse(
      `The account for ${identity.email} is linked to a different ${settings.displayName} identity. Ask your administrator.`,
    );
  return { user, link: true };
}

builder.mutationField('completeOpenIdSignIn', (t) =>
  t.field({
    type: SignedInRef,
    description:
      'Finishes signing in through the identity provider. The account is found by the provider’s subject, or on first sign-in by its verified email address (and then linked). Accounts are never created here.',
    errors: {},
    args: { input: t.arg({ type: CompleteInput, required: true }) },
    resolve: async (_root, { input }, ctx: Context) => {
      const settings = openIdConnectSettings() ?? notConfigured();
      const identity = await exchangeCode(settings, input);
      return ctx.prisma.$transaction(async (tx) => {
        const { user, link } = await accountFor(tx, identity, settings);
        if (link)
          await tx.externalIdentity.create({
            data: {
              issuer: identity.issuer,
              subject: identity.subject,
              userId: user.id,
              linkedAt: ctx.now(),
            },
          });
        const session = await startSession(tx, user.id, 'openid-connect', ctx.now());
        await audit(
          tx,
          {
            ...ctx,
            actor: user.name,
            viewer: {
              userId: user.id,
              name: user.name,
              email: user.email,
              sessionId: null,
              roles: [],
            },
          },
          {
            action: 'signIn',
            entityType: 'User',
            entityId: user.id,
            after: {
              method: 'openid-connect',
              issuer: identity.issuer,
              ...(link ? { linkedSubject: identity.subject } : {}),
            },
          },
        );
        return { ...session, userId: user.id };
      });
    },
  }),
);
