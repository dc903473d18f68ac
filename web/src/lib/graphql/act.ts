/**
 * Names the action plan pages show; the documents and their result types are the contract's.
 */
import type { ActionPlanStatus, PlanActionStatus } from '@cjji/contract/act';

export * from '@cjji/contract/act';

export const planStatusNames: Record<ActionPlanStatus, string> = {
  DRAFT: 'Draft',
  SUBMITTED: 'Submitted',
  RETURNED: 'Returned for revision',
  ACCEPTED: 'Accepted',
  LAID: 'Laid before Parliament',
  PUBLISHED: 'Published',
  IN_FOLLOW_UP: 'In follow-up',
  CLOSED: 'Closed',
};
export const actionStatusNames: Record<PlanActionStatus, string> = {
  NOT_STARTED: 'Not started',
  IN_PROGRESS: 'In progress',
  DONE: 'Done',
  DROPPED: 'Dropped',
};
