/**
 * What is still wrong with a plan before a step that cannot be undone (submitting it, laying
 * it, publishing it, closing it). None of these stops the step: the check page names them and
 * the person goes on anyway or goes back. Hard refusals stay in action-plan.rules.ts.
 */
import { longDate } from '../shared/calendar.ts';
import type { ActionPlanStatus } from './action-plan.rules.ts';

interface CheckedAction {
  owner: string;
  targetDate: Date | null;
  status: 'NOT_STARTED' | 'IN_PROGRESS' | 'DONE' | 'DROPPED';
  progressCount: number;
}

/** The steps that are checked first: each is on the public record or ends the plan's life. */
const checkedMoves: ActionPlanStatus[] = ['SUBMITTED', 'LAID', 'PUBLISHED', 'CLOSED'];

// An owner written as a placeholder is no owner: nobody is answerable for the action.
const placeholderOwners = /^(tbc|tbd|to be (confirmed|decided|agreed)|unknown|n\/?a|none|-+|\?+)$/i;

export function ownerMissing(owner: string): boolean {
  const trimmed = owner.trim();
  return !trimmed || placeholderOwners.test(trimmed);
}

const finished = (action: CheckedAction) => action.status === 'DONE' || action.status === 'DROPPED';

/**
 * Sentences naming what is still wrong, in the order the actions appear. `openedOn` is the UK
 * day the plan was opened (a target before it was never a target); `today` the UK day now.
 */
export function stillWrongBefore(
  to: ActionPlanStatus,
  plan: { actions: CheckedAction[]; openedOn: Date },
  today: Date,
): string[] {
  if (!checkedMoves.includes(to)) return [];
  const { actions } = plan;
  if (!actions.length) return ['The plan has no actions.'];
  const wrong: string[] = [];
  actions.forEach((action, index) => {
    const name = `Action ${index + 1}`;
    if (ownerMissing(action.owner)) wrong.push(`${name} has no owner.`);
    if (!action.targetDate) wrong.push(`${name} has no target date.`);
    else if (action.targetDate < plan.openedOn)
      wrong.push(
        `${name}’s target date, ${longDate(action.targetDate)}, is before the plan was opened on ${longDate(plan.openedOn)}.`,
      );
    else if (to !== 'CLOSED' && action.targetDate < today && !finished(action))
      wrong.push(
        `${name}’s target date, ${longDate(action.targetDate)}, has passed and it is not done.`,
      );
    if (to === 'CLOSED' && !finished(action))
      wrong.push(`${name} is not done or dropped: closing the plan ends its follow-up.`);
    if (to === 'CLOSED' && action.status === 'DONE' && !action.progressCount)
      wrong.push(`${name} is marked done with no progress recorded to show it.`);
  });
  return wrong;
}
