/**
 * Optimistic concurrency: every editable record carries a version, an edit says which version
 * it was made from, and the write itself is conditional on that version, so that of two people
 * editing at once the second is told, not silently overwritten.
 */
import { ConflictError } from '../../errors.ts';
import { isoDay } from './calendar.ts';

const staleMessage = (what: string, changedAt?: Date) =>
  `This ${what} has been changed by someone else since you opened it${changedAt ? ` (at ${changedAt.toISOString().slice(11, 16)} UTC on ${isoDay(changedAt)})` : ''}. Reload it to see their changes, then make yours again.`;

/** Refuses an edit made from an older version than the one read. */
export function assertCurrentVersion(what: string, expected: number, actual: number, changedAt?: Date): void {
  if (expected !== actual) throw new ConflictError(staleMessage(what, changedAt), ['input', 'expectedVersion']);
}

/** Refuses when a write conditional on the version read found nothing: someone changed it in between. */
export function assertWritten(what: string, result: { count: number }): void {
  if (result.count !== 1) throw new ConflictError(staleMessage(what), ['input', 'expectedVersion']);
}
