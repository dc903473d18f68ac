import { redirect } from '@sveltejs/kit';
import type { Handle, HandleFetch, HandleServerError } from '@sveltejs/kit/hooks';
import { apiUrl, graphqlClient } from '#lib/graphql/client.ts';
import { viewerWithWorkQuery, type SignedInViewer } from '#lib/graphql/access.ts';
import type { WorkCounts } from '#lib/graphql/my-work.ts';
import { forgetSession, needsSignIn, sessionCookie } from '#lib/server/session.ts';
import {
  isCacheablePublicPage,
  publicPageCacheControl,
  publicPageValidator,
  validatorMatches,
} from '#lib/server/public-cache.ts';

/**
 * Who is signed in and how much their work holds, asked of the API once per request; an ended
 * or expired session is forgotten.
 */
async function signedInViewer(
  fetch: typeof globalThis.fetch,
): Promise<{ viewer: SignedInViewer | null; work: WorkCounts | null }> {
  const result = await graphqlClient(fetch).query(viewerWithWorkQuery, {}).toPromise();
  const data = result.data;
  // An ended session answers the viewer as null and refuses myWork: that is "nobody signed in".
  if (data?.viewer === null) return { viewer: null, work: null };
  if (result.error || !data)
    throw new Error(
      `The API could not say who is signed in: ${result.error?.message ?? 'no answer'}`,
      // Why the connection failed ("other side closed", a refused connection), for the log.
      { cause: result.error?.networkError?.cause ?? result.error },
    );
  return { viewer: data.viewer, work: data.myWork };
}

export const handle: Handle = async ({ event, resolve }) => {
  event.locals.sessionToken = event.cookies.get(sessionCookie) ?? null;
  const signedIn = event.locals.sessionToken
    ? await signedInViewer(event.fetch)
    : { viewer: null, work: null };
  event.locals.viewer = signedIn.viewer;
  event.locals.work = signedIn.work;
  if (event.locals.sessionToken && !event.locals.viewer) {
    forgetSession(event.cookies);
    event.locals.sessionToken = null;
  }
  if (!event.locals.viewer && needsSignIn(event.url.pathname)) {
    redirect(303, `/sign-in?returnTo=${encodeURIComponent(event.url.pathname + event.url.search)}`);
  }

  // A public page for someone not signed in: answer a matching conditional request with 304
  // before any load function runs, and let shared caches keep the rest.
  const etag =
    !event.locals.viewer &&
    (event.request.method === 'GET' || event.request.method === 'HEAD') &&
    isCacheablePublicPage(event.url.pathname)
      ? await publicPageValidator(event.fetch, event.isDataRequest)
      : null;
  const cacheHeaders = (etag: string) => ({
    ETag: etag,
    'Cache-Control': publicPageCacheControl,
    // A signed-in person's copy of the same page differs (their header), and is private.
    Vary: 'Cookie',
  });
  if (etag && validatorMatches(event.request.headers.get('if-none-match'), etag))
    return new Response(null, { status: 304, headers: cacheHeaders(etag) });

  const response = await resolve(event);
  if (
    etag &&
    response.status === 200 &&
    !response.headers.has('set-cookie') &&
    // A download's own public max-age gives way to the validated one; a private page keeps its own.
    !/private|no-store/.test(response.headers.get('cache-control') ?? '')
  ) {
    for (const [name, value] of Object.entries(cacheHeaders(etag)))
      response.headers.set(name, value);
  }
  // Security headers the CSP (set by SvelteKit from vite.config.ts) does not cover.
  response.headers.set('X-Content-Type-Options', 'nosniff');
  response.headers.set('Referrer-Policy', 'same-origin');
  response.headers.set('X-Frame-Options', 'DENY');
  response.headers.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
  response.headers.set('Cross-Origin-Opener-Policy', 'same-origin');
  if (event.url.protocol === 'https:')
    response.headers.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
  // Pages for signed-in people are never kept by shared caches. (Not no-store: that would stop
  // the Back button returning to a form's result, such as a checked ratings file.)
  if (event.locals.viewer && !response.headers.has('Cache-Control'))
    response.headers.set('Cache-Control', 'private, no-cache');
  return response;
};

/** Calls to the API carry the person's session and address (for the API's sign-in rate limits). */
export const handleFetch: HandleFetch = async ({ event, request, fetch }) => {
  if (request.url === apiUrl()) {
    if (event.locals.sessionToken)
      request.headers.set('authorization', `Bearer ${event.locals.sessionToken}`);
    request.headers.set('x-forwarded-for', event.getClientAddress());
  }
  return fetch(request);
};

/** Unexpected errors are logged in full here and shown to the person without internals. */
export const handleError: HandleServerError = (caught) => {
  if (caught.kind !== 'unknown') return;
  console.error(caught.error);
  return { message: 'Sorry, there is a problem with the service. Try again later.' };
};
