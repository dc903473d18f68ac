import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { runMutation } from '#lib/graphql/client.ts';
import { changePasswordMutation } from '#lib/graphql/access.ts';
import { formProblems } from '#lib/forms.ts';

export const load: PageServerLoad = ({ locals }) => ({ account: locals.viewer! });

export const actions: Actions = {
  changePassword: async ({ request, fetch }) => {
    const form = await request.formData();
    const result = await runMutation(fetch, changePasswordMutation, 'changePassword', {
      input: { currentPassword: form.get('currentPassword') ?? '', newPassword: form.get('newPassword') ?? '' },
    });
    if (result.problem) return fail(400, { problems: formProblems(result.problem.issues, 'newPassword') });
    return { changed: true };
  },
};
