/**
 * The session cookie: HttpOnly (no script can read it), SameSite=Lax (not sent with another
 * site's form posts), Secure except on http://localhost, and gone when the session expires.
 */
import type { Cookies } from '@sveltejs/kit';

export const sessionCookie = 'cjji_session';

export function keepSession(cookies: Cookies, token: string, expiresAt: Date): void {
  cookies.set(sessionCookie, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    expires: expiresAt,
  });
}

export function forgetSession(cookies: Cookies): void {
  cookies.delete(sessionCookie, { path: '/' });
}

/** Pages for people at work in these bodies; everything else is public (the public ratings are at /ratings). */
const signedInAreas = ['/my-work', '/plan', '/rate', '/act', '/track', '/admin', '/account'];

export const needsSignIn = (pathname: string) =>
  signedInAreas.some((area) => pathname === area || pathname.startsWith(`${area}/`));

/**
 * Only a path on this site, so that a crafted sign-in link cannot send someone elsewhere.
 * Without one, a person lands on their work.
 */
export function safeReturnPath(value: string | null | undefined): string {
  const fallback = '/my-work';
  // Browsers drop tabs and newlines from a URL ("/\t/evil.example" is "//evil.example"), and
  // a control character in a Location header makes Node refuse the response: allow neither.
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point
  if (!value || !value.startsWith('/') || /[\u0000-\u001f\u007f\\\s]/.test(value)) return fallback;
  if (value.startsWith('//')) return fallback;
  // Whatever the path says, it must resolve to a page on this site.
  const base = 'http://this-site.invalid';
  const resolved = URL.canParse(value, base) ? new URL(value, base) : null;
  return resolved?.origin === base
    ? `${resolved.pathname}${resolved.search}${resolved.hash}`
    : fallback;
}
