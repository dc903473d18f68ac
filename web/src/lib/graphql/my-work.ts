/** Operations behind "My work" and the choice of reminders on the account page. */
import { mutationErrors } from './mutation-errors.ts';
import type { DeadlineKind } from './track.ts';

export type WorkItemKind =
  DeadlineKind | 'ACTION_PLAN_TO_DRAFT' | 'ACTION_PLAN_TO_SUBMIT' | 'PHASE_STARTING';
export type ReminderOffset =
  'THIRTY_DAYS_BEFORE' | 'SEVEN_DAYS_BEFORE' | 'ONE_DAY_BEFORE' | 'FIRST_OVERDUE_DAY';

export interface WorkItem {
  kind: WorkItemKind;
  title: string;
  organisationName: string;
  agencyName: string | null;
  dueOn: string | null;
  since: string;
  overdue: boolean;
  subjectId: string;
  path: string;
}

interface UnreadReminder {
  id: string;
  subject: string;
  offsetName: string;
  dueOn: string;
  remindedOn: string;
  path: string;
  emailedAt: string | null;
}

export interface MyWork {
  count: number;
  overdueCount: number;
  items: WorkItem[];
  reminders: UnreadReminder[];
}

/** The counts the header shows, asked for with the signed-in person on every page. */
export interface WorkCounts {
  count: number;
  overdueCount: number;
}

export const myWorkQuery = `
  query MyWork {
    myWork {
      count overdueCount
      items { kind title organisationName agencyName dueOn since overdue subjectId path }
      reminders { id subject offsetName dueOn remindedOn path emailedAt }
    }
  }
`;

export const markRemindersReadMutation = `
  mutation MarkRemindersRead($ids: [ID!]!) {
    markRemindersRead(reminderIds: $ids) { ${mutationErrors} ... on MutationMarkRemindersReadSuccess { data } }
  }
`;

export interface ReminderPreferences {
  offsets: ReminderOffset[];
  byEmail: boolean;
  version: number;
}

export const reminderPreferencesQuery = `query ReminderPreferences { viewer { reminderPreferences { offsets byEmail version } } }`;

export const setReminderPreferencesMutation = `
  mutation SetReminderPreferences($input: SetReminderPreferencesInput!) {
    setReminderPreferences(input: $input) { ${mutationErrors} ... on MutationSetReminderPreferencesSuccess { data { version } } }
  }
`;

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
  CONSULTATION_CLOSES: 'Consultation on a proposed programme closes',
};
