import { error, redirect } from '@sveltejs/kit';
import { runMutation, runQuery } from '#lib/graphql/client.ts';
import {
  markRemindersReadMutation,
  myWorkQuery,
  workItemKindNames,
  type WorkItemKind,
} from '#lib/graphql/my-work.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch, locals, url }) => {
  const { data } = await runQuery(fetch, myWorkQuery, {});
  if (!data) error(503, 'Sorry, the service is unavailable. Try again in a few minutes.');
  const organisations = [
    ...new Set(
      (locals.viewer?.roles ?? [])
        .filter((grant) => !!grant.organisationName)
        // A minister is a title: "What the Home Secretary must do next".
        .map((grant) =>
          grant.role === 'MINISTER_OFFICE'
            ? `the ${grant.organisationName}`
            : grant.organisationName!,
        ),
    ),
  ];
  // A person's work is short (their own organisations'), so it is filtered here, not paged.
  const kinds = url.searchParams
    .getAll('kind')
    .filter((kind): kind is WorkItemKind => kind in workItemKindNames);
  const organisation = url.searchParams.get('organisation') ?? '';
  const items = data.myWork.items.filter(
    (item) =>
      (!kinds.length || kinds.includes(item.kind)) &&
      (!organisation || item.organisationName.split(', ').includes(organisation)),
  );
  const acting = [
    ...new Set(data.myWork.items.flatMap((item) => item.organisationName.split(', '))),
  ].sort((a, b) => a.localeCompare(b, 'en-GB'));
  return {
    work: data.myWork,
    items,
    organisations,
    acting,
    chosen: { kinds, organisation },
    filtered: kinds.length > 0 || !!organisation,
  };
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
