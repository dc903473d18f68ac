/** Names "My work" and the account page show; the documents and types are the contract's. */
import type { ReminderOffset, WorkItemKind } from '@cjji/contract/my-work';

export * from '@cjji/contract/my-work';

export const reminderOffsetNames: Record<ReminderOffset, string> = {
  THIRTY_DAYS_BEFORE: '30 days before the due date',
  SEVEN_DAYS_BEFORE: '7 days before the due date',
  ONE_DAY_BEFORE: '1 day before the due date',
  FIRST_OVERDUE_DAY: 'On the first day it is overdue',
};

export const workItemKindNames: Record<WorkItemKind, string> = {
  RECOMMENDATION_RESPONSE: 'Answer a recommendation',
  URGENT_NOTIFICATION_RESPONSE: 'Public response to an Urgent Notification',
  ACTION_PLAN_OWED: 'Action plan owed',
  ACTION_PLAN_TO_DRAFT: 'Action plan to draft',
  ACTION_PLAN_TO_SUBMIT: 'Action plan to submit',
  ACTION_PLAN_TO_REVIEW: 'Action plan to review',
  ACTION_PLAN_TO_LAY: 'Action plan to lay before Parliament',
  ACTION_PLAN_TO_PUBLISH: 'Action plan to publish',
  PHASE_STARTING: 'Inspection phase starting',
  GATEKEEPING_DECISION: 'Another body’s proposed inspection to decide',
  CONSULTATION_CLOSES: 'Consultation on a proposed programme closes',
  PROGRAMME_DIRECTED: 'Programme directed by a date',
};
