/**
 * The cookies of a sign-in through the identity provider. While the person is at the provider,
 * the state, nonce, PKCE code verifier and where to go afterwards wait in an HttpOnly,
 * SameSite=Lax cookie for at most ten minutes, sent only to the sign-in routes. If signing in
 * fails, the API's plain message waits a minute in another for the sign-in page to show, so
 * that no message can be put in a link.
 */
import { redirect, type Cookies } from '@sveltejs/kit';

const pendingCookie = 'cjji_openid';
const pendingPath = '/sign-in/openid';
const problemCookie = 'cjji_openid_problem';

export interface PendingSignIn {
  state: string;
  nonce: string;
  codeVerifier: string;
  redirectUri: string;
  returnTo: string;
}

export function keepPendingSignIn(cookies: Cookies, pending: PendingSignIn): void {
  cookies.set(pendingCookie, JSON.stringify(pending), {
    path: pendingPath,
    httpOnly: true,
    sameSite: 'lax',
    maxAge: 600,
  });
}

/** The sign-in waiting for the provider's answer, forgotten as it is read: each can be finished once. */
export function takePendingSignIn(cookies: Cookies): PendingSignIn | null {
  const raw = cookies.get(pendingCookie);
  if (raw === undefined) return null;
  cookies.delete(pendingCookie, { path: pendingPath });
  try {
    const pending = JSON.parse(raw) as Partial<PendingSignIn>;
    const fields = [
      pending.state,
      pending.nonce,
      pending.codeVerifier,
      pending.redirectUri,
      pending.returnTo,
    ];
    return fields.every((field) => typeof field === 'string') ? (pending as PendingSignIn) : null;
  } catch {
    return null;
  }
}

/** Back to the sign-in page, which shows the message in its error summary. */
export function signInFailed(cookies: Cookies, message: string, returnTo: string): never {
  cookies.set(problemCookie, message, {
    path: '/sign-in',
    httpOnly: true,
    sameSite: 'lax',
    maxAge: 60,
  });
  redirect(
    303,
    `/sign-in?openid=failed${returnTo === '/' ? '' : `&returnTo=${encodeURIComponent(returnTo)}`}`,
  );
}

/** The message of a failed sign-in through the provider, once. */
export function takeSignInProblem(cookies: Cookies): string {
  const message = cookies.get(problemCookie);
  if (message !== undefined) cookies.delete(problemCookie, { path: '/sign-in' });
  return (
    message ||
    'Signing in through your organisation’s account did not work. Try again, or sign in with your email address and password.'
  );
}
