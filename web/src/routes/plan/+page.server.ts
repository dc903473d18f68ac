import { fail, redirect } from '@sveltejs/kit';
import { runMutation, runQuery } from '#lib/graphql/client.ts';
import {
  createProgrammeMutation,
  programmesQuery,
  type ProgrammeSummary,
} from '#lib/graphql/plan.ts';
import { text } from '#lib/forms.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch }) => {
  const { data } = await runQuery<
    { programmes: ProgrammeSummary[]; viewerCan: { createProgramme: boolean } },
    {}
  >(fetch, programmesQuery, {});
  return { programmes: data!.programmes, viewerCan: data!.viewerCan };
};

export const actions: Actions = {
  create: async ({ request, fetch }) => {
    const form = await request.formData();
    const values = {
      title: text(form, 'title'),
      startsOn: text(form, 'startsOn'),
      endsOn: text(form, 'endsOn'),
    };
    const missing = Object.entries({
      startsOn: 'Enter the date the programme starts',
      endsOn: 'Enter the date the programme ends',
    })
      .filter(([field]) => !values[field as keyof typeof values])
      .map(([field, message]) => ({ field: [field], message }));
    if (missing.length) return fail(400, { values, issues: missing });
    const result = await runMutation<{ id: string }>(
      fetch,
      createProgrammeMutation,
      'createProgramme',
      { input: values },
    );
    if (result.problem) return fail(400, { values, issues: result.problem.issues });
    redirect(303, `/plan/programmes/${encodeURIComponent(result.data.id)}`);
  },
};
