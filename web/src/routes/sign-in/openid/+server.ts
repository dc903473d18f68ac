/** Starts signing in through the identity provider: asks the API where to send the person, and sends them. */
import { redirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { runMutation } from '#lib/graphql/client.ts';
import { startOpenIdSignInMutation } from '#lib/graphql/openid-connect.ts';
import { keepPendingSignIn, signInFailed } from '#lib/server/openid-sign-in.ts';
import { safeReturnPath } from '#lib/server/session.ts';

export const GET: RequestHandler = async ({ fetch, cookies, url, locals }) => {
  const returnTo = safeReturnPath(url.searchParams.get('returnTo'));
  if (locals.viewer) redirect(303, returnTo);
  const redirectUri = `${url.origin}/sign-in/openid/callback`;
  const result = await runMutation(fetch, startOpenIdSignInMutation, 'startOpenIdSignIn', {
    redirectUri,
  });
  if (result.problem) signInFailed(cookies, result.problem.message, returnTo);
  const { authorizationUrl, state, nonce, codeVerifier } = result.data;
  keepPendingSignIn(cookies, { state, nonce, codeVerifier, redirectUri, returnTo });
  // SvelteKit's redirect() refuses other sites; the provider is one, by design.
  return new Response(null, {
    status: 303,
    headers: { location: authorizationUrl, 'cache-control': 'no-store' },
  });
};
