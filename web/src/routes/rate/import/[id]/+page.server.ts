import { error, fail, redirect } from '@sveltejs/kit';
import { runMutation, runQuery } from '#lib/graphql/client.ts';
import { acceptImportMutation, discardImportMutation, importQuery } from '#lib/graphql/ratings.ts';
import { text } from '#lib/forms.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, fetch }) => {
  const { data, problems } = await runQuery(fetch, importQuery, { id: params.id });
  if (problems.length || !data?.ratingImport) error(404, 'Page not found');
  return { report: data.ratingImport };
};

export const actions: Actions = {
  accept: async ({ request, fetch, params }) => {
    const form = await request.formData();
    const result = await runMutation(fetch, acceptImportMutation, 'acceptRatingImport', {
      input: { importId: params.id, expectedVersion: Number(text(form, 'expectedVersion')) },
    });
    if (result.problem) return fail(400, { problem: result.problem.message });
    redirect(303, `/rate/import/${encodeURIComponent(params.id)}`);
  },
  discard: async ({ request, fetch, params }) => {
    const form = await request.formData();
    const result = await runMutation(fetch, discardImportMutation, 'discardRatingImport', {
      input: { importId: params.id, expectedVersion: Number(text(form, 'expectedVersion')) },
    });
    if (result.problem) return fail(400, { problem: result.problem.message });
    redirect(303, `/rate/import/${encodeURIComponent(params.id)}`);
  },
};
