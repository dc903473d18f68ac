import type { PrismaClient } from '@cjji/db';
import { config } from './config.ts';
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
  /**
   * The public content version as this request began (read with the session, at no extra
   * statement), under which reference tables are kept between requests (see `kept`); null when
   * not known, or once the request writes, and then they are read once per request instead.
   */
  contentVersion?: number | null;
  /** The account a sign-in in this request has just started a session for. */
  signedInJustNow?: string;
}

export function createContext(
  prisma: PrismaClient,
  now: () => Date = () => new Date(),
  viewer: Viewer | null = null,
  clientAddress = 'unknown',
  contentVersion: number | null = null,
): Context {
  return {
    prisma,
    now,
    viewer,
    actor: viewer?.name ?? 'Public',
    clientAddress,
    cache: new Map(),
    contentVersion,
  };
}

/** Reads something once per request. */
export function once<T>(ctx: Context, key: string, load: () => Promise<T>): Promise<T> {
  let value = ctx.cache.get(key) as Promise<T> | undefined;
  if (!value) {
    value = load();
    ctx.cache.set(key, value);
    remember(value);
  }
  return value;
}

/** What each read of `once` and `kept` came to, once it has: see `whenRead`. */
const settled = new WeakMap<Promise<unknown>, { value: unknown }>();
const remember = (read: Promise<unknown>) => {
  if (!settled.has(read))
    read.then(
      (value) => settled.set(read, { value }),
      () => {},
    );
};

/**
 * `use` of what a read of `once` or `kept` came to: at once if it has come already (a kept
 * table, or one an earlier field of the request read), else when it does. A field of an item
 * in a long list (each phase's staffing names its inspectorate) then answers without a promise,
 * which graphql-js completes far more cheaply than a promise for every item and its parents.
 */
export function whenRead<T, R>(read: Promise<T>, use: (value: T) => R): R | Promise<R> {
  const done = settled.get(read);
  return done ? use(done.value as T) : read.then(use);
}

/**
 * Reference tables kept in this process between requests, each with the content version it was
 * read under. The version is one row in the database bumped by a trigger in the same transaction
 * as any write to these tables (migration public_content_version), so an entry is valid exactly
 * while the version a request reads is the one it was kept under, on every API process alike.
 */
const keptBetweenRequests = new Map<string, { version: number; value: Promise<unknown> }>();
/** KEEP_REFERENCE_TABLES=off reads them once per request instead (to compare, or to rule it out). */
const keeping = config().KEEP_REFERENCE_TABLES === 'on';

/**
 * Reads a reference table (one whose every write bumps the public content version) at most
 * once per request, and not at all while this process holds it under the request's version.
 * Data read after the version was read is at least as new as that version, so a kept entry is
 * never older than the version it is kept under. Only values that do not depend on the viewer.
 */
export function kept<T>(ctx: Context, key: string, load: () => Promise<T>): Promise<T> {
  const version = ctx.contentVersion;
  if (version === null || version === undefined || !keeping) return once(ctx, key, load);
  return once(ctx, key, () => {
    const entry = keptBetweenRequests.get(key);
    if (entry?.version === version) return entry.value as Promise<T>;
    const value = load();
    if (!entry || entry.version < version) {
      keptBetweenRequests.set(key, { version, value });
      value.catch(() => {
        if (keptBetweenRequests.get(key)?.value === value) keptBetweenRequests.delete(key);
      });
    }
    return value;
  });
}
