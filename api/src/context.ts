import type { PrismaClient } from '@cjji/db';

/** What every resolver receives. Sign-in adds the viewer here. */
export interface Context {
  prisma: PrismaClient;
  /** "Today" for date-dependent answers; a fixed value in tests. */
  now: () => Date;
  /** Who is acting, as recorded in status histories and the audit trail. */
  actor: string;
  /** Small tables read at most once per request, whatever the query asks for. */
  cache: Map<string, Promise<unknown>>;
}

/** Until sign-in exists, changes are recorded against this name. */
export const unidentifiedActor = 'Unidentified user (sign-in not yet enabled)';

export function createContext(prisma: PrismaClient, now: () => Date = () => new Date(), actor = unidentifiedActor): Context {
  return { prisma, now, actor, cache: new Map() };
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
