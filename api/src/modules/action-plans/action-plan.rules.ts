/** How an action plan moves from draft to closure, and what each move needs. */
import { InvalidInputError, InvalidStateError, type FieldIssue } from '../../errors.ts';
import { beforeIssue, futureDateIssue } from '../shared/uk-day.ts';
import { movesFrom, type ActionPlanStatus } from '../access/action-plan.moves.ts';

export type { ActionPlanStatus };

const statusWords: Record<ActionPlanStatus, string> = {
  DRAFT: 'a draft',
  SUBMITTED: 'submitted',
  RETURNED: 'returned for revision',
  ACCEPTED: 'accepted',
  LAID: 'laid before Parliament',
  PUBLISHED: 'published',
  IN_FOLLOW_UP: 'in follow-up',
  CLOSED: 'closed',
};

/** A police force's plan is published by its local policing body; other laid plans go straight to follow-up. */
export function allowedMoves(status: ActionPlanStatus, isPoliceForce: boolean): ActionPlanStatus[] {
  return movesFrom(status, isPoliceForce).map((move) => move.to);
}

const why: Partial<Record<ActionPlanStatus, string>> = {
  LAID: 'Only a plan the inspectorate has accepted can be laid before Parliament.',
  PUBLISHED: 'A plan is published once it has been laid before Parliament.',
};

export function assertPlanMove(
  from: ActionPlanStatus,
  to: ActionPlanStatus,
  isPoliceForce: boolean,
): void {
  if (allowedMoves(from, isPoliceForce).includes(to)) return;
  if (to === 'PUBLISHED' && !isPoliceForce && from === 'LAID') {
    throw new InvalidStateError(
      'Only a police force’s plan is published by a local policing body; this plan goes into follow-up once laid.',
    );
  }
  throw new InvalidStateError(
    `The plan is ${statusWords[from]}, so it cannot be ${statusWords[to]}.${why[to] ? ` ${why[to]}` : ''}`,
    ['input', 'status'],
  );
}

/** Content changes only while the agency holds the pen; a laid plan is never edited in place. */
export const planEditable = (status: ActionPlanStatus) =>
  status === 'DRAFT' || status === 'RETURNED';

/** Progress on actions is recorded from acceptance until the plan is closed. */
export const progressRecordable = (status: ActionPlanStatus) =>
  ['ACCEPTED', 'LAID', 'PUBLISHED', 'IN_FOLLOW_UP'].includes(status);

export function assertPlanEditable(status: ActionPlanStatus): void {
  if (planEditable(status)) return;
  throw new InvalidStateError(
    status === 'SUBMITTED'
      ? 'The plan is with the inspectorate: it can be changed again if they return it.'
      : `The plan is ${statusWords[status]}, so it cannot be changed. Record progress against its actions instead.`,
  );
}

export function assertMoveDetails(
  to: ActionPlanStatus,
  details: {
    comment?: string | null;
    laidOn?: Date | null;
    paperReference?: string | null;
    publishedOn?: Date | null;
    publishedUrl?: string | null;
    actions?: number;
    /** The date the plan was laid, for its publication: a plan is published once laid. */
    wasLaidOn?: Date | null;
    /** The UK calendar day: laying and publication have happened, so are not after it. */
    today?: Date;
  },
): void {
  const issues: FieldIssue[] = [];
  if (details.today) {
    if (to === 'LAID')
      issues.push(
        ...futureDateIssue(['input', 'laidOn'], 'Date laid', details.laidOn, details.today),
      );
    if (to === 'PUBLISHED')
      issues.push(
        ...futureDateIssue(
          ['input', 'publishedOn'],
          'Date published',
          details.publishedOn,
          details.today,
        ),
      );
  }
  if (to === 'PUBLISHED' && details.wasLaidOn)
    issues.push(
      ...beforeIssue(
        ['input', 'publishedOn'],
        'Date published',
        details.publishedOn,
        details.wasLaidOn,
        `the day the plan was laid before Parliament`,
      ),
    );
  if (to === 'RETURNED' && !details.comment?.trim())
    issues.push({
      field: ['input', 'comment'],
      message: 'Say what the agency must change: your comments are kept with the plan.',
    });
  if (to === 'SUBMITTED' && !details.actions)
    issues.push({
      field: ['input', 'actions'],
      message: 'Add at least one action before submitting the plan.',
    });
  if (to === 'LAID') {
    if (!details.laidOn)
      issues.push({
        field: ['input', 'laidOn'],
        message: 'Give the date the plan was laid before Parliament.',
      });
    if (!details.paperReference?.trim())
      issues.push({
        field: ['input', 'paperReference'],
        message: 'Give the reference of the paper laid, for example CP 1234.',
      });
  }
  if (to === 'PUBLISHED') {
    if (!details.publishedOn)
      issues.push({
        field: ['input', 'publishedOn'],
        message: 'Give the date the plan was published.',
      });
    if (!details.publishedUrl || !/^https:\/\/\S+$/.test(details.publishedUrl))
      issues.push({
        field: ['input', 'publishedUrl'],
        message: 'Give the public web address of the plan, starting https://.',
      });
  }
  if (issues.length) throw new InvalidInputError(issues);
}

/**
 * Target dates of a plan's actions: none before the day the plan was opened, which is when
 * the agency started planning (a target already past then was never a target).
 */
export function actionTargetIssues(
  actions: Array<{ targetDate: Date }>,
  openedOn: Date,
): FieldIssue[] {
  return actions.flatMap((action, index) =>
    beforeIssue(
      ['input', 'actions', String(index), 'targetDate'],
      `The target date of action ${index + 1}`,
      action.targetDate,
      openedOn,
      `the day the plan was opened`,
    ),
  );
}
