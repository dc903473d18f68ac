/** When an escalation may be recorded as ended. Plain functions: the mutation and viewerCan use them. */
import type { EscalationKind } from '@cjji/db';
import type { FieldIssue } from '../../errors.ts';
import { beforeIssue, futureDateIssue } from '../shared/uk-day.ts';

interface EscalationState {
  kind: EscalationKind;
  issuedOn: Date;
  respondedOn: Date | null;
  endedOn: Date | null;
}

/**
 * Why the escalation cannot be ended now, or null. An Urgent Notification runs until the
 * Secretary of State's public response, so its response comes first.
 */
export function endBlockedBecause(escalation: EscalationState): string | null {
  if (escalation.endedOn) return 'It has already ended.';
  if (escalation.kind === 'URGENT_NOTIFICATION' && !escalation.respondedOn)
    return 'Record the public response to the Urgent Notification before recording that it ended.';
  return null;
}

/** Every problem with the day it ended: not before it was issued (or answered), not after today. */
export function endDateIssues(
  escalation: EscalationState,
  endedOn: Date,
  today: Date,
  field: string[],
): FieldIssue[] {
  const earliest =
    escalation.respondedOn && escalation.respondedOn > escalation.issuedOn
      ? { on: escalation.respondedOn, words: 'when the response was published' }
      : { on: escalation.issuedOn, words: 'when it was issued' };
  return [
    ...beforeIssue(field, 'Date it ended', endedOn, earliest.on, earliest.words),
    ...futureDateIssue(field, 'Date it ended', endedOn, today),
  ];
}
