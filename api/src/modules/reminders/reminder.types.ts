/** Reminders and a person's choice of them, as GraphQL types. */
import { ReminderOffset } from '@cjji/db';
import { builder } from '../../builder.ts';
import { maySeeRow } from '../access/visibility.ts';
import {
  defaultReminderPreferences,
  offsetWords,
  type ReminderPreferences,
} from './reminder.rules.ts';

export const ReminderOffsetEnum = builder.enumType(ReminderOffset, {
  name: 'ReminderOffset',
  description:
    'When, relative to a due date, a person is reminded: 30, 7 or 1 days before, or on the first day it is overdue.',
});

export const ReminderPreferencesRef = builder
  .objectRef<ReminderPreferences & { version: number }>('ReminderPreferences')
  .implement({
    description: 'Which reminders a person gets. Until they choose, every one, by email too.',
    fields: (t) => ({
      offsets: t.field({ type: [ReminderOffsetEnum], resolve: (choice) => [...choice.offsets] }),
      byEmail: t.exposeBoolean('byEmail', {
        description: 'False: reminders show in the service only.',
      }),
      version: t.exposeInt('version', { description: '0 until the person first chooses.' }),
    }),
  });

builder.prismaObjectFields('User', (t) => ({
  reminderPreferences: t.field({
    type: ReminderPreferencesRef,
    select: { reminderPreference: { select: { offsets: true, byEmail: true, version: true } } },
    resolve: (user) => user.reminderPreference ?? { ...defaultReminderPreferences, version: 0 },
  }),
}));

builder.prismaObject('Reminder', {
  authScopes: (reminder, ctx) => maySeeRow.Reminder(ctx, reminder),
  description:
    'A reminder of a deadline sent to one person: shown in their work until read, and by email if they chose it.',
  fields: (t) => ({
    id: t.exposeID('id'),
    offset: t.expose('offset', { type: ReminderOffsetEnum }),
    offsetName: t.string({ resolve: (reminder) => offsetWords[reminder.offset] }),
    title: t.exposeString('title'),
    subject: t.exposeString('subject', {
      description: 'What the reminder says, in a line: also the email’s subject.',
    }),
    dueOn: t.expose('dueOn', { type: 'Date' }),
    remindedOn: t.expose('remindedOn', { type: 'Date' }),
    subjectId: t.exposeID('subjectId'),
    path: t.exposeString('path', { description: 'The web page where the item is dealt with.' }),
    emailedAt: t.expose('emailedAt', { type: 'DateTime', nullable: true }),
    readAt: t.expose('readAt', { type: 'DateTime', nullable: true }),
  }),
});
