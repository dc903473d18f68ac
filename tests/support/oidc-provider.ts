/**
 * A real OpenID Connect provider for tests: panva's oidc-provider with one confidential client,
 * PKCE required, and its development login and consent pages, where any login name is
 * accepted. The login name is the subject and, unless the test says otherwise, the verified
 * email address too. Keys are generated at start; nothing is stored.
 */
import { generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

export interface TestProviderOptions {
  /** 0 (the default) for any free port. */
  port?: number;
  clientId?: string;
  clientSecret?: string;
  redirectUris: string[];
  /** The claims for a login name; by default it is the verified email address. */
  claimsFor?: (login: string) => Record<string, unknown>;
  /**
   * Whether the ID token carries the email claims (true, the default), or only the userinfo
   * response does, as oidc-provider's strict default and some real providers do.
   */
  emailInIdToken?: boolean;
}

export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The environment the API reads to use this provider. */
  env: Record<string, string>;
  close(): Promise<void>;
}

export const defaultClaims = (login: string) => ({
  email: login,
  email_verified: true,
  name: `Test person ${login}`,
});

export async function startTestProvider(options: TestProviderOptions): Promise<TestProvider> {
  const clientId = options.clientId ?? 'cjji-test';
  const clientSecret = options.clientSecret ?? randomBytes(24).toString('base64url');
  let handler: ((req: IncomingMessage, res: ServerResponse) => void) | undefined;
  const server = createServer((req, res) => handler?.(req, res));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const issuer = `http://localhost:${port}`;

  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const signingKey = {
    ...privateKey.export({ format: 'jwk' }),
    alg: 'RS256',
    use: 'sig',
    kid: randomUUID(),
  };
  const claimsFor = options.claimsFor ?? defaultClaims;

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: options.redirectUris,
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    pkce: { required: () => true },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    jwks: { keys: [signingKey] },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    conformIdTokenClaims: options.emailInIdToken === false,
    features: { devInteractions: { enabled: true } },
    findAccount: (_ctx, id) => ({ accountId: id, claims: () => ({ ...claimsFor(id), sub: id }) }),
  });
  // Failures at the provider are part of what the tests look at, not noise.
  provider.on('server_error', (_ctx, error) =>
    console.error('Test identity provider error:', error),
  );
  handler = provider.callback();

  return {
    issuer,
    clientId,
    clientSecret,
    env: {
      OIDC_ISSUER: issuer,
      OIDC_CLIENT_ID: clientId,
      OIDC_CLIENT_SECRET: clientSecret,
      OIDC_DISPLAY_NAME: 'Test sign-in',
      OIDC_ALLOW_HTTP: 'true',
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** Just enough of a browser's cookie store for one sign-in: one value per name, expired ones dropped. */
class CookieJar {
  readonly #cookies = new Map<string, string>();

  keep(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';').map((part) => part.trim());
      const split = pair.indexOf('=');
      const name = pair.slice(0, split);
      const value = pair.slice(split + 1);
      const expired = attributes.some((attribute) => {
        const [key = '', setting = ''] = attribute.split('=');
        if (key.toLowerCase() === 'max-age') return Number(setting) <= 0;
        if (key.toLowerCase() === 'expires') return Date.parse(setting) <= Date.now();
        return false;
      });
      if (expired || !value) this.#cookies.delete(name);
      else this.#cookies.set(name, value);
    }
  }

  header(): string {
    return [...this.#cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

/**
 * Does what a person's browser does at the provider: follows its redirects and submits its
 * development login (as `login`) and consent forms, or cancels at the login form. Returns the
 * URL the provider sends the browser back to: the redirect URI with the code (or error) and state.
 */
export async function signInAtProvider(
  authorizationUrl: string,
  redirectUri: string,
  login: string,
  options: { cancel?: boolean } = {},
): Promise<string> {
  const jar = new CookieJar();
  let url = authorizationUrl;
  let form: URLSearchParams | undefined;
  for (let step = 0; step < 20; step++) {
    if (url.startsWith(`${redirectUri}?`)) return url;
    const response = await fetch(url, {
      method: form ? 'POST' : 'GET',
      body: form,
      headers: {
        cookie: jar.header(),
        ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      redirect: 'manual',
    });
    jar.keep(response);
    form = undefined;
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      url = new URL(location, url).href;
      continue;
    }
    const html = await response.text();
    if (response.status !== 200)
      throw new Error(`The provider answered ${response.status} at ${url}: ${html.slice(0, 500)}`);
    const action = html.match(/<form[^>]*action="([^"]+)"/)?.[1];
    const prompt = html.match(/name="prompt" value="([^"]+)"/)?.[1];
    if (!action || !prompt)
      throw new Error(`No login or consent form at ${url}: ${html.slice(0, 500)}`);
    const submitUrl = new URL(action.replaceAll('&amp;', '&'), url);
    if (prompt === 'login' && options.cancel) {
      url = `${submitUrl.href}/abort`;
      continue;
    }
    url = submitUrl.href;
    form = new URLSearchParams(
      prompt === 'login' ? { prompt, login, password: 'anything' } : { prompt },
    );
  }
  throw new Error('The provider did not send the browser back within 20 steps.');
}
