import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { runMutation } from '#lib/graphql/client.ts';
import { createAccountMutation, type Role } from '#lib/graphql/access.ts';
import { formProblems, text, choice } from '#lib/forms.ts';
import { organisationChoices } from '#lib/access/organisations.server.ts';

export const load: PageServerLoad = async ({ fetch }) => ({
  organisations: await organisationChoices(fetch),
});

export const actions: Actions = {
  default: async ({ request, fetch }) => {
    const form = await request.formData();
    const values = { email: text(form, 'email'), name: text(form, 'name') };
    const password = form.get('password');
    const role = {
      role: choice<Role>(form, 'role'),
      organisationId: text(form, 'organisationId') || null,
    };
    const result = await runMutation(fetch, createAccountMutation, 'createAccount', {
      input: {
        ...values,
        password: typeof password === 'string' && password ? password : null,
        roles: [role],
      },
    });
    if (result.problem)
      return fail(400, { values, problems: formProblems(result.problem.issues, 'email') });
    redirect(303, `/admin/accounts/${encodeURIComponent(result.data.id)}?created=1`);
  },
};
