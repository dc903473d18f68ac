/**
 * Correcting or withdrawing a recorded fact (a rating, a recommendation, an answer, a
 * direction): the rules every correction shares. A correction needs a reason, changes something,
 * and is made to a fact that still stands; a withdrawn fact is not corrected again. Each type's
 * own checks (a date not in the future, a grade of its framework) sit with its mutation.
 */
import { InvalidStateError, type FieldIssue } from '../../errors.ts';
import { longDate } from './calendar.ts';

/** The shortest reason accepted: enough for a person reading the history later. */
const shortestReason = 5;

/** The issue, if any, with the reason given for a correction or a withdrawal. */
export function reasonIssues(
  reason: string | null | undefined,
  withdraw: boolean,
  field: string[] = ['input', 'reason'],
): FieldIssue[] {
  if ((reason ?? '').trim().length >= shortestReason) return [];
  return [
    {
      field,
      message: withdraw
        ? 'Say why it is withdrawn: the reason is kept with the record.'
        : 'Say why it is corrected: the reason is kept with the record.',
    },
  ];
}

/** Comparable form of a value: dates by their instant, the rest as they are. */
const comparable = (value: unknown) => (value instanceof Date ? value.getTime() : (value ?? null));

/**
 * The issue, if nothing would change: a correction that corrects nothing would only add noise
 * to the history. `after` lists only the values the person sent.
 */
export function unchangedIssues(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  field: string[] = ['input', 'reason'],
): FieldIssue[] {
  const changed = Object.entries(after).some(
    ([key, value]) => value !== undefined && comparable(value) !== comparable(before[key]),
  );
  return changed
    ? []
    : [{ field, message: 'Nothing is changed: correct at least one value, or withdraw it.' }];
}

/** A withdrawn fact no longer stands: it is neither corrected nor withdrawn again. */
export function assertStillStands(record: { withdrawnAt: Date | null }, what: string): void {
  if (record.withdrawnAt)
    throw new InvalidStateError(
      `This ${what} was withdrawn on ${longDate(record.withdrawnAt)}: it can no longer be corrected.`,
    );
}

/** What a correction writes on the record itself, for the pages to say when and why. */
export function correctionMarks(withdraw: boolean, reason: string, at: Date) {
  return withdraw
    ? { withdrawnAt: at, withdrawalReason: reason.trim() }
    : { correctedAt: at, correctionReason: reason.trim() };
}
