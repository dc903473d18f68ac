import type { PrismaClient } from '@cjji/db';
import type { Viewer } from './modules/access/viewer.ts';

/** What every resolver receives. */
export interface Context {
  prisma: PrismaClient;
  /** "Today" for date-dependent answers; a fixed value in tests. */
  now: () => Date;
  /** The signed-in person, or null for the public. */
  viewer: Viewer | null;
  /** Who is acting, as recorded in status histories and the audit trail. */
  actor: string;
  /** The address the request came from (through a trusted proxy), for sign-in rate limits. */
  clientAddress: string;
  /** Small tables read at most once per request, whatever the query asks for. */
  cache: Map<string, Promise<unknown>>;
  /** The account a sign-in in this request has just started a session for. */
  signedInJustNow?: string;
}

export function createContext(
  prisma: PrismaClient,
  now: () => Date = () => new Date(),
  viewer: Viewer | null = null,
  clientAddress = 'unknown',
): Context {
  return { prisma, now, viewer, actor: viewer?.name ?? 'Public', clientAddress, cache: new Map() };
}

/** Reads something once per request. */
export function once<T>(ctx: Context, key: string, load: () => Promise<T>): Promise<T> {
  let value = ctx.cache.get(key) as Promise<T> | undefined;
  if (!value) {
    value = load();
    ctx.cache.set(key, value);
  }
  return value;
}
