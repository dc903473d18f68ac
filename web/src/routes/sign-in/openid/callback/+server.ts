/**
 * Where the identity provider sends the person back. The API checks the provider's answer
 * against the state, nonce and code verifier this browser kept, and starts a session.
 */
import { redirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { runMutation } from '#lib/graphql/client.ts';
import { completeOpenIdSignInMutation } from '#lib/graphql/openid-connect.ts';
import { signInFailed, takePendingSignIn } from '#lib/server/openid-sign-in.ts';
import { keepSession, safeReturnPath } from '#lib/server/session.ts';

export const GET: RequestHandler = async ({ fetch, cookies, url }) => {
  const pending = takePendingSignIn(cookies);
  if (!pending)
    signInFailed(
      cookies,
      'Signing in took too long, or was started in another browser. Try again.',
      '/',
    );
  const { redirectUri, state, nonce, codeVerifier } = pending;
  const returnTo = safeReturnPath(pending.returnTo);
  const result = await runMutation(fetch, completeOpenIdSignInMutation, 'completeOpenIdSignIn', {
    input: { callbackUrl: url.href, redirectUri, state, nonce, codeVerifier },
  });
  if (result.problem) signInFailed(cookies, result.problem.message, returnTo);
  keepSession(cookies, result.data.token, new Date(result.data.expiresAt));
  redirect(303, returnTo);
};
