/** Names the tracking pages show; the documents and their result types are the contract's. */
import type {
  DeadlineKind,
  EscalationKind,
  ImplementationStatus,
  RecommendationAnswer,
  RecommendationSource,
} from '@cjji/contract/track';

export * from '@cjji/contract/track';

export const deadlineKindNames: Record<DeadlineKind, string> = {
  RECOMMENDATION_RESPONSE: 'Response to a recommendation',
  URGENT_NOTIFICATION_RESPONSE: 'Public response to an Urgent Notification',
  ACTION_PLAN_OWED: 'Action plan owed',
  ACTION_PLAN_TO_REVIEW: 'Action plan to review',
  ACTION_PLAN_TO_LAY: 'Action plan to lay before Parliament',
  ACTION_PLAN_TO_PUBLISH: 'Action plan to publish',
  CONSULTATION_CLOSES: 'Consultation on a proposed programme closes',
  PROGRAMME_DIRECTED: 'Programme directed by a date',
};
export const sourceNames: Record<RecommendationSource, string> = {
  VICTIMS_COMMISSIONER_ANNUAL_REPORT: 'Victims’ Commissioner’s annual report',
  URGENT_NOTIFICATION: 'Urgent Notification',
  INSPECTION_REPORT: 'Inspection report',
};
export const answerNames: Record<RecommendationAnswer, string> = {
  ACCEPTED: 'Accepted',
  PARTLY_ACCEPTED: 'Partly accepted',
  NOT_ACCEPTED: 'Not accepted',
};
export const implementationNames: Record<ImplementationStatus, string> = {
  OPEN: 'Not yet implemented',
  IMPLEMENTED: 'Implemented',
  NOT_IMPLEMENTED: 'Will not be implemented',
};
export const escalationKindNames: Record<EscalationKind, string> = {
  ENHANCED_MONITORING: 'Enhanced monitoring (Engage)',
  URGENT_NOTIFICATION: 'Urgent Notification',
  INDEPENDENT_REVIEW_OF_PROGRESS: 'Independent Review of Progress',
};

/**
 * Where a deadline's subject is shown, from the type inside its global id (base64 of
 * "Type:uuid"); null when no page shows it.
 */
export function subjectHref(subjectId: string): string | null {
  let decoded: string;
  try {
    decoded = atob(subjectId);
  } catch {
    return null;
  }
  const type = decoded.slice(0, decoded.indexOf(':'));
  if (type === 'ActionPlan') return `/act/plans/${encodeURIComponent(subjectId)}`;
  if (type === 'RecommendationResponse') return `/track/recommendations#response-${subjectId}`;
  if (type === 'Escalation') return `/track/escalations#escalation-${subjectId}`;
  if (type === 'Agency') return `/agencies/${encodeURIComponent(subjectId)}`;
  if (type === 'Consultation') return `/plan/consultations/${encodeURIComponent(subjectId)}`;
  return null;
}
