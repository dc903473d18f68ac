/**
 * Validators for what the public sees. Every write to a table the public can see bumps one
 * number in the database, in the writer's own transaction (triggers: see the migration
 * public_content_version), so a validator made from it is the same on every API process and
 * changes the moment something is published, corrected or withdrawn. Checking it costs one
 * primary-key read, and a conditional request that still matches is answered 304 before any of
 * the page's queries run.
 */
import { createHash } from 'node:crypto';
import type { PrismaClient } from '@cjji/db';

/**
 * Shared caches may keep a public answer this long without asking (seconds), then serve it
 * stale for up to `staleWhileRevalidate` while they revalidate it with its ETag. Short, so that
 * a publication reaches everyone within seconds even through a CDN.
 */
export const publicMaxAge = 10;
export const staleWhileRevalidate = 60;
export const publicCacheControl = `public, max-age=${publicMaxAge}, stale-while-revalidate=${staleWhileRevalidate}`;
/** Answers for a signed-in person: never kept by a shared cache, nor written to disk. */
export const privateCacheControl = 'private, no-store';

export interface PublicCache {
  /** The current public content version, read from the database (one statement). */
  version(): Promise<number>;
}

export function publicCache(prisma: PrismaClient): PublicCache {
  return {
    async version() {
      const rows = await prisma.$queryRaw<Array<{ version: number }>>`
        SELECT "version" FROM "PublicContentVersion" WHERE "id" = 1`;
      return rows[0]?.version ?? 0;
    },
  };
}

const londonDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' });

/**
 * The validator of a public answer: the content version, the day (answers such as "overdue"
 * change at midnight with no write; both the UK's and UTC's, whichever a rule counts in) and
 * the build (another release may answer the same request differently). The URL is not part of
 * it: a validator is only ever compared for the same URL.
 */
export function publicValidator(version: number, now: Date, build: string): string {
  const day = `${londonDay.format(now)}.${now.toISOString().slice(0, 10)}`.replaceAll('-', '');
  return `"p${version}.${day}.${build}"`;
}

/** Whether an If-None-Match header names this validator (weak comparison, as RFC 9110 asks). */
export function validatorMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const strip = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => strip(tag) === strip(etag));
}

/** A short fingerprint of a build, e.g. of the printed GraphQL schema. */
export function buildFingerprint(text: string): string {
  return createHash('sha256').update(text).digest('base64url').slice(0, 10);
}
