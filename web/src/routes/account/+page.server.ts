import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { runMutation, runQuery } from '#lib/graphql/client.ts';
import { changePasswordMutation } from '#lib/graphql/access.ts';
import {
  reminderOffsetNames,
  reminderPreferencesQuery,
  setReminderPreferencesMutation,
  type ReminderOffset,
} from '#lib/graphql/my-work.ts';
import { formProblems, text } from '#lib/forms.ts';

export const load: PageServerLoad = async ({ locals, fetch }) => {
  const { data } = await runQuery(fetch, reminderPreferencesQuery, {});
  return { account: locals.viewer!, reminders: data?.viewer?.reminderPreferences ?? null };
};

const offsets = Object.keys(reminderOffsetNames) as ReminderOffset[];

export const actions: Actions = {
  changePassword: async ({ request, fetch }) => {
    const form = await request.formData();
    const result = await runMutation(fetch, changePasswordMutation, 'changePassword', {
      input: {
        currentPassword: String(form.get('currentPassword') ?? ''),
        newPassword: String(form.get('newPassword') ?? ''),
      },
    });
    if (result.problem)
      return fail(400, { problems: formProblems(result.problem.issues, 'newPassword') });
    return { changed: true };
  },
  reminders: async ({ request, fetch }) => {
    const form = await request.formData();
    const chosen = form
      .getAll('offsets')
      .filter((value): value is ReminderOffset => offsets.includes(value as ReminderOffset));
    const result = await runMutation(
      fetch,
      setReminderPreferencesMutation,
      'setReminderPreferences',
      {
        input: {
          offsets: chosen,
          byEmail: text(form, 'byEmail') !== 'no',
          expectedVersion: Number(text(form, 'expectedVersion')),
        },
      },
    );
    if (result.problem)
      return fail(400, { reminderProblems: formProblems(result.problem.issues, 'offsets') });
    return { remindersSaved: true };
  },
};
