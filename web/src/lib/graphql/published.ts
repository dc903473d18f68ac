/**
 * What the public pages of published action plans show; the documents and their result types
 * are the contract's. Only plans in the public statuses are ever asked for or shown.
 */
import type { PlanActionStatus, PublicPlanStatus, PublishedPlan } from '@cjji/contract/published';

export * from '@cjji/contract/published';

const publicStatuses: readonly PublicPlanStatus[] = ['PUBLISHED', 'IN_FOLLOW_UP', 'CLOSED'];

/** True only for the statuses the public may see; anything else is treated as not there. */
export const isPublic = (status: string): status is PublicPlanStatus =>
  (publicStatuses as readonly string[]).includes(status);

export const publicStatusNames: Record<PublicPlanStatus, string> = {
  PUBLISHED: 'Published',
  IN_FOLLOW_UP: 'In follow-up',
  CLOSED: 'Closed',
};
/** GOV.UK tag classes; the plain tag is blue. */
export const publicStatusTags: Record<PublicPlanStatus, string> = {
  PUBLISHED: 'govuk-tag govuk-tag--green',
  IN_FOLLOW_UP: 'govuk-tag',
  CLOSED: 'govuk-tag govuk-tag--grey',
};

export const actionStatusNames: Record<PlanActionStatus, string> = {
  NOT_STARTED: 'Not started',
  IN_PROGRESS: 'In progress',
  DONE: 'Done',
  DROPPED: 'Dropped',
};
export const actionStatusTags: Record<PlanActionStatus, string> = {
  NOT_STARTED: 'govuk-tag govuk-tag--grey',
  IN_PROGRESS: 'govuk-tag',
  DONE: 'govuk-tag govuk-tag--green',
  DROPPED: 'govuk-tag govuk-tag--orange',
};

export const escalationNames: Record<NonNullable<PublishedPlan['escalation']>['kind'], string> = {
  ENHANCED_MONITORING: 'Enhanced monitoring',
  INDEPENDENT_REVIEW_OF_PROGRESS: 'Independent review of progress',
  URGENT_NOTIFICATION: 'Urgent Notification',
};

/** "2 of 5 actions done", and how many were dropped, if any. */
export function progressWords(actions: Array<{ status: PlanActionStatus }>): string {
  const done = actions.filter((a) => a.status === 'DONE').length;
  const dropped = actions.filter((a) => a.status === 'DROPPED').length;
  const words = `${done} of ${actions.length} action${actions.length === 1 ? '' : 's'} done`;
  return dropped ? `${words} (${dropped} dropped)` : words;
}

/** A link only to a web page: anything else (a `javascript:` address, say) is shown as text. */
export const isWebAddress = (url: string | null): url is string =>
  !!url && /^https?:\/\/\S+$/i.test(url);
