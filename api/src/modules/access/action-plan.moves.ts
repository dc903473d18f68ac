/**
 * The action-plan workflow as one table: each move, who makes it, and the work it settles.
 * The rules (which moves exist), the access checks (who may make one), the deadlines and My
 * work (who must act next) and the web (which forms to show) all read this table, so that
 * "who moves a plan next" is written once.
 */

export type ActionPlanStatus =
  | 'DRAFT'
  | 'SUBMITTED'
  | 'RETURNED'
  | 'ACCEPTED'
  | 'LAID'
  | 'PUBLISHED'
  | 'IN_FOLLOW_UP'
  | 'CLOSED';

/**
 * The body that makes a move: the agency (its approvers), the inspectorate reviewing the plan
 * (its leads), the minister who lays it (their office) or the force's local policing body.
 */
export type PlanParty =
  'AGENCY' | 'REVIEWING_INSPECTORATE' | 'RESPONSIBLE_MINISTER' | 'POLICING_BODY';

/** The item in someone's work that a plan waiting in a status makes, until the move is made. */
export type PlanWork =
  | 'ACTION_PLAN_TO_SUBMIT'
  | 'ACTION_PLAN_TO_REVIEW'
  | 'ACTION_PLAN_TO_LAY'
  | 'ACTION_PLAN_TO_PUBLISH';

export interface PlanMove {
  from: ActionPlanStatus;
  to: ActionPlanStatus;
  by: PlanParty;
  /** Only for a police force's plan (true) or only for other agencies' plans (false). */
  policeForce?: boolean;
  /** The work item the plan makes while it waits for this move; null when nothing is owed. */
  waiting: PlanWork | null;
}

const planMoves: readonly PlanMove[] = [
  { from: 'DRAFT', to: 'SUBMITTED', by: 'AGENCY', waiting: 'ACTION_PLAN_TO_SUBMIT' },
  { from: 'RETURNED', to: 'SUBMITTED', by: 'AGENCY', waiting: 'ACTION_PLAN_TO_SUBMIT' },
  {
    from: 'SUBMITTED',
    to: 'RETURNED',
    by: 'REVIEWING_INSPECTORATE',
    waiting: 'ACTION_PLAN_TO_REVIEW',
  },
  {
    from: 'SUBMITTED',
    to: 'ACCEPTED',
    by: 'REVIEWING_INSPECTORATE',
    waiting: 'ACTION_PLAN_TO_REVIEW',
  },
  { from: 'ACCEPTED', to: 'LAID', by: 'RESPONSIBLE_MINISTER', waiting: 'ACTION_PLAN_TO_LAY' },
  {
    from: 'LAID',
    to: 'PUBLISHED',
    by: 'POLICING_BODY',
    policeForce: true,
    waiting: 'ACTION_PLAN_TO_PUBLISH',
  },
  {
    from: 'LAID',
    to: 'IN_FOLLOW_UP',
    by: 'REVIEWING_INSPECTORATE',
    policeForce: false,
    waiting: null,
  },
  { from: 'PUBLISHED', to: 'IN_FOLLOW_UP', by: 'REVIEWING_INSPECTORATE', waiting: null },
  { from: 'IN_FOLLOW_UP', to: 'CLOSED', by: 'REVIEWING_INSPECTORATE', waiting: null },
];

/** The moves a plan in `status` can make, for a police force's plan or another agency's. */
export const movesFrom = (status: ActionPlanStatus, isPoliceForce: boolean): PlanMove[] =>
  planMoves.filter(
    (move) =>
      move.from === status &&
      (move.policeForce === undefined || move.policeForce === isPoliceForce),
  );

/**
 * Who makes the moves into a status. Each status is reached by one body's decision, whatever
 * it comes from; null for a status no move leads to (a draft is opened, not moved into).
 */
export function partyMovingTo(to: ActionPlanStatus): PlanParty | null {
  return planMoves.find((move) => move.to === to)?.by ?? null;
}

/** Who must act on a plan in `status`, and the work it makes for them; null once nothing is owed. */
export function waitingOn(
  status: ActionPlanStatus,
  isPoliceForce: boolean,
): { party: PlanParty; work: PlanWork | null } | null {
  const next = movesFrom(status, isPoliceForce)[0];
  return next ? { party: next.by, work: next.waiting } : null;
}

/** The statuses in which a plan waits on someone with a work item, for the deadlines' query. */
export const statusesWithWork = (work: PlanWork[]): ActionPlanStatus[] => [
  ...new Set(planMoves.filter((m) => m.waiting && work.includes(m.waiting)).map((m) => m.from)),
];
