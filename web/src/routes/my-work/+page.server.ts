import { error, redirect } from '@sveltejs/kit';
import { runMutation, runQuery } from '#lib/graphql/client.ts';
import { markRemindersReadMutation, myWorkQuery, type MyWork } from '#lib/graphql/my-work.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch, locals }) => {
  const { data } = await runQuery(fetch, myWorkQuery, {});
  if (!data) error(503, 'Sorry, the service is unavailable. Try again in a few minutes.');
  const organisations = [
    ...new Set(
      (locals.viewer?.roles ?? [])
        .map((grant) => grant.organisationName)
        .filter((name): name is string => !!name),
    ),
  ];
  return { work: data.myWork, organisations };
};

export const actions: Actions = {
  /** Marks one reminder read, or all those listed. */
  read: async ({ request, fetch }) => {
    const ids = (await request.formData())
      .getAll('reminderId')
      .filter((id): id is string => typeof id === 'string' && !!id);
    if (ids.length) {
      const result = await runMutation(fetch, markRemindersReadMutation, 'markRemindersRead', {
        ids,
      });
      if (result.problem) error(400, result.problem.message);
    }
    redirect(303, '/my-work');
  },
};
