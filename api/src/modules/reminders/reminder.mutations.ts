/** A person's own choice of reminders, and marking reminders read. */
import { z } from 'zod';
import { builder } from '../../builder.ts';
import { InvalidStateError } from '../../errors.ts';
import { inMutation, setVersioned } from '../shared/mutation.ts';
import { ReminderOffsetEnum, ReminderPreferencesRef } from './reminder.types.ts';
import { reminderOffsets } from './reminder.rules.ts';

const ReminderPreferencesInput = builder.inputType('SetReminderPreferencesInput', {
  fields: (t) => ({
    offsets: t.field({
      type: [ReminderOffsetEnum],
      required: true,
      description: 'None at all to get no reminders.',
      validate: z.array(z.string()).max(4),
    }),
    byEmail: t.boolean({ required: true }),
    expectedVersion: t.int({
      required: true,
      description: 'The version read: 0 while the defaults stand.',
    }),
  }),
});

function ownAccount(userId: string | null | undefined): string {
  if (!userId) throw new InvalidStateError('Only a person with an account chooses reminders.');
  return userId;
}

builder.mutationField('setReminderPreferences', (t) =>
  t.field({
    type: ReminderPreferencesRef,
    description:
      'Chooses which of your own reminders you get (30, 7 and 1 days before a due date, the first overdue day) and whether by email.',
    errors: {},
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: ReminderPreferencesInput, required: true }) },
    resolve: async (_root, { input }, ctx, info) => {
      const userId = ownAccount(ctx.viewer?.userId);
      // Kept in the offsets' own order, each once, whatever order the form sent them in.
      const offsets = reminderOffsets.filter((offset) => input.offsets.includes(offset));
      return inMutation(ctx, info, (steps) =>
        setVersioned(steps, {
          what: 'choice of reminders',
          entityType: 'ReminderPreference',
          id: userId,
          expectedVersion: input.expectedVersion,
          read: (tx) => tx.reminderPreference.findUnique({ where: { userId } }),
          update: (tx, before) =>
            tx.reminderPreference.updateMany({
              where: { userId, version: before.version },
              data: { offsets, byEmail: input.byEmail, version: { increment: 1 } },
            }),
          create: (tx) =>
            tx.reminderPreference.createMany({
              data: [{ userId, offsets, byEmail: input.byEmail }],
              skipDuplicates: true,
            }),
        }),
      );
    },
  }),
);

builder.mutationField('markRemindersRead', (t) =>
  t.int({
    description:
      'Marks your own reminders read, so they leave your work. Answers how many were unread.',
    errors: {},
    authScopes: { signedIn: true },
    args: {
      reminderIds: t.arg.idList({
        required: true,
        validate: z
          .array(z.uuid('That is not a reminder id.'))
          .min(1, 'Choose a reminder.')
          .max(200),
      }),
    },
    resolve: async (_root, { reminderIds }, ctx, info) => {
      const userId = ownAccount(ctx.viewer?.userId);
      return inMutation(ctx, info, async ({ tx, audit }) => {
        // Only the person's own: another person's id matches nothing.
        const { count } = await tx.reminder.updateMany({
          where: { id: { in: reminderIds }, userId, readAt: null },
          data: { readAt: ctx.now() },
        });
        await audit('User', userId, { after: { reminderIds, count } });
        return count;
      });
    },
  }),
);
