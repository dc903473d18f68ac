import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { runMutation, runQuery } from '#lib/graphql/client.ts';
import {
  accountQuery,
  endRoleMutation,
  grantRoleMutation,
  updateAccountMutation,
  type Role,
} from '#lib/graphql/access.ts';
import { formProblems, text, choice } from '#lib/forms.ts';
import { organisationChoices } from '#lib/access/organisations.server.ts';

export const load: PageServerLoad = async ({ fetch, params, url }) => {
  const [{ data }, organisations] = await Promise.all([
    runQuery(fetch, accountQuery, { id: params.id }),
    organisationChoices(fetch),
  ]);
  if (data?.node?.__typename !== 'User') error(404, 'Page not found');
  return { account: data.node, organisations, created: url.searchParams.has('created') };
};

export const actions: Actions = {
  grantRole: async ({ request, fetch, params }) => {
    const form = await request.formData();
    const result = await runMutation(fetch, grantRoleMutation, 'grantRole', {
      input: {
        userId: params.id,
        role: choice<Role>(form, 'role'),
        organisationId: text(form, 'organisationId') || null,
      },
    });
    if (result.problem)
      return fail(400, { grantProblems: formProblems(result.problem.issues, 'role') });
    redirect(303, `/admin/accounts/${encodeURIComponent(params.id)}`);
  },
  endRole: async ({ request, fetch, params }) => {
    const form = await request.formData();
    // Ending a role takes effect at once and cannot be taken back: a step first says so.
    if (text(form, 'confirmed') !== 'yes') return { confirmEnd: text(form, 'roleAssignmentId') };
    const result = await runMutation(fetch, endRoleMutation, 'endRole', {
      id: text(form, 'roleAssignmentId'),
      expectedVersion: Number(text(form, 'expectedVersion')),
    });
    if (result.problem)
      return fail(400, { grantProblems: formProblems(result.problem.issues, 'role') });
    redirect(303, `/admin/accounts/${encodeURIComponent(params.id)}?done=role-ended`);
  },
  update: async ({ request, fetch, params }) => {
    const form = await request.formData();
    const password = form.get('newPassword');
    const result = await runMutation(fetch, updateAccountMutation, 'updateAccount', {
      input: {
        userId: params.id,
        expectedVersion: Number(text(form, 'expectedVersion')),
        name: text(form, 'name'),
        disabled: form.get('disabled') === 'yes',
        newPassword: typeof password === 'string' && password ? password : null,
      },
    });
    if (result.problem)
      return fail(400, { updateProblems: formProblems(result.problem.issues, 'name') });
    redirect(303, `/admin/accounts/${encodeURIComponent(params.id)}`);
  },
};
