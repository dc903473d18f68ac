/**
 * Optimistic concurrency: every editable record carries a version, an edit says which version
 * it was made from, and the write itself is conditional on that version, so that of two people
 * editing at once the second is told who changed what, not silently overwritten.
 */
import type { Prisma } from '@cjji/db';
import { ConflictError } from '../../errors.ts';
import { listOf } from './words.ts';

/** The change that made an edit stale, as the audit trail recorded it. */
export interface LastChange {
  by: string;
  at: Date;
  /** The fields that changed, in words ("planned start"); empty when not known. */
  fields: string[];
}

/** Bookkeeping fields that change with every edit and say nothing to the person. */
const bookkeeping = new Set(['id', 'version', 'updatedAt', 'createdAt']);

const inWords = (field: string) => field.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();

/**
 * The top-level fields whose values differ between two audited copies of a record. Only fields
 * in both copies count: a mutation may audit its "before" with related rows it read alongside.
 */
export function changedFields(before: unknown, after: unknown): string[] {
  if (!before || !after || typeof before !== 'object' || typeof after !== 'object') return [];
  return Object.keys(before)
    .filter(
      (key) =>
        key in after &&
        !bookkeeping.has(key) &&
        JSON.stringify((before as Record<string, unknown>)[key]) !==
          JSON.stringify((after as Record<string, unknown>)[key]),
    )
    .map(inWords)
    .sort();
}

/** A time as a reader in the UK sees it: "10:42 on 25 November 2026", summer time included. */
const ukTime = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const ukDate = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

export function staleMessage(what: string, change?: LastChange | null): string {
  // "Reload" would send the form again; the web links this message to the page as it is now.
  const reload = 'Open it again to see their changes, then make yours.';
  if (!change)
    return `This ${what} has been changed by someone else since you opened it. ${reload}`;
  const when = `${ukTime.format(change.at)} on ${ukDate.format(change.at)}`;
  const what_ = change.fields.length ? `: ${listOf(change.fields)}` : '';
  return `${change.by} changed this ${what} at ${when}, after you opened it${what_}. ${reload}`;
}

/**
 * The latest audited change to a record, to tell a person whose edit is stale what happened;
 * of one action only when a record has parts versioned apart (a phase's dates and staffing).
 */
export async function lastChangeTo(
  tx: Prisma.TransactionClient,
  entityType: string,
  entityId: string,
  action?: string,
): Promise<LastChange | null> {
  const event = await tx.auditEvent.findFirst({
    where: { entityType, entityId, ...(action ? { action } : {}) },
    orderBy: { at: 'desc' },
  });
  return event
    ? { by: event.actor, at: event.at, fields: changedFields(event.before, event.after) }
    : null;
}

/** Refuses an edit made from an older version than the one read, saying who changed what since. */
export async function assertCurrentVersion(
  what: string,
  expected: number,
  actual: number,
  lastChange?: () => Promise<LastChange | null>,
): Promise<void> {
  if (expected !== actual)
    throw new ConflictError(staleMessage(what, await lastChange?.()), ['input', 'expectedVersion']);
}

/** Refuses when a write conditional on the version read found nothing: someone changed it in between. */
export function assertWritten(what: string, result: { count: number }): void {
  if (result.count !== 1) throw new ConflictError(staleMessage(what), ['input', 'expectedVersion']);
}
