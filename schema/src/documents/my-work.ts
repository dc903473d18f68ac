/** Operations behind "My work" and the choice of reminders on the account page. */
import { graphql, mutationErrors, type EnumOf, type ResultOf } from '../graphql.ts';

export type WorkItemKind = EnumOf<'WorkItemKind'>;
export type ReminderOffset = EnumOf<'ReminderOffset'>;

export const myWorkQuery = graphql(`
  query MyWork {
    myWork {
      count
      overdueCount
      items {
        kind
        title
        organisationName
        agencyName
        dueOn
        since
        overdue
        subjectId
        path
      }
      reminders {
        id
        subject
        offsetName
        dueOn
        remindedOn
        path
        emailedAt
      }
    }
  }
`);

export type MyWork = NonNullable<ResultOf<typeof myWorkQuery>['myWork']>;
export type WorkItem = MyWork['items'][number];
export type UnreadReminder = MyWork['reminders'][number];
/** The counts the header shows, asked for with the signed-in person on every page. */
export type WorkCounts = Pick<MyWork, 'count' | 'overdueCount'>;

export const markRemindersReadMutation = graphql(
  `
    mutation MarkRemindersRead($ids: [ID!]!) {
      markRemindersRead(reminderIds: $ids) {
        __typename
        ...MutationErrors
        ... on MutationMarkRemindersReadSuccess {
          data
        }
      }
    }
  `,
  [mutationErrors],
);

export const reminderPreferencesQuery = graphql(`
  query ReminderPreferences {
    viewer {
      reminderPreferences {
        offsets
        byEmail
        version
      }
    }
  }
`);

export type ReminderPreferences = NonNullable<
  ResultOf<typeof reminderPreferencesQuery>['viewer']
>['reminderPreferences'];

export const setReminderPreferencesMutation = graphql(
  `
    mutation SetReminderPreferences($input: SetReminderPreferencesInput!) {
      setReminderPreferences(input: $input) {
        __typename
        ...MutationErrors
        ... on MutationSetReminderPreferencesSuccess {
          data {
            version
          }
        }
      }
    }
  `,
  [mutationErrors],
);
