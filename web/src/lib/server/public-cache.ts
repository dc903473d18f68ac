/**
 * Public pages a CDN, a reverse proxy or a browser may keep: each carries an ETag made from the
 * API's public content version (one row in the database, changed by every write the public can
 * see: api/src/modules/public-cache/), so a conditional request that still matches gets 304
 * before the page's load functions ask the API anything, and any web instance agrees.
 */
import { version } from '$app/env';
import { apiUrl } from '#lib/graphql/client.ts';

/** The public pages (and their downloads) that are the same for everyone who is not signed in. */
const cacheableAreas = [
  '/ratings',
  '/agencies',
  '/recommendations',
  '/programme',
  '/published-plans',
  '/open-data',
];

export const isCacheablePublicPage = (pathname: string) =>
  pathname === '/' ||
  cacheableAreas.some((area) => pathname === area || pathname.startsWith(`${area}/`));

/** As the API's public answers: kept briefly, then served stale while revalidated. */
export const publicPageCacheControl = 'public, max-age=10, stale-while-revalidate=60';

/**
 * The validator for this build of the web app and the API's current public content; null when
 * the API cannot say (the page is then rendered and not marked cacheable).
 */
export async function publicPageValidator(
  fetch: typeof globalThis.fetch,
  dataRequest: boolean,
): Promise<string | null> {
  const ask = () => fetch(new URL('/public-content-version', apiUrl()));
  try {
    // Once more on a network error: a kept-alive connection the API has just closed.
    const response = await ask().catch(ask);
    if (!response.ok) return null;
    const { validator } = (await response.json()) as { validator: string };
    // Weak: the same content, not necessarily the same bytes. A page's data (__data.json,
    // for navigation in the browser) is another representation of it.
    return `W/"${validator.replaceAll('"', '')}.${version}${dataRequest ? '.data' : ''}"`;
  } catch {
    return null;
  }
}

/** Whether an If-None-Match header names this validator (weak comparison, RFC 9110). */
export function validatorMatches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const strip = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => strip(tag) === strip(etag));
}
