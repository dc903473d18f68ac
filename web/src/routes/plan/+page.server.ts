import { fail, redirect } from '@sveltejs/kit';
import { runMutation, runQuery } from '#lib/graphql/client.ts';
import { createProgrammeMutation, programmesQuery } from '#lib/graphql/plan.ts';
import { text } from '#lib/forms.ts';
import { dateIssues, lastDayAfterYears, readDate } from '#lib/dates.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch }) => {
  const { data } = await runQuery(fetch, programmesQuery, {});
  return { programmes: data!.programmes, viewerCan: data!.viewerCan };
};

export const actions: Actions = {
  create: async ({ request, fetch }) => {
    const form = await request.formData();
    const startsOn = readDate(form, 'startsOn', {
      subject: 'Start date',
      enter: 'Enter the date the programme starts',
    });
    const values = { title: text(form, 'title'), startsOn: startsOn.parts };
    const wrong = dateIssues({ startsOn });
    if (wrong.length) return fail(400, { values, issues: wrong });
    // A programme runs for two years: its end follows from its start, and is shown, not typed.
    const input = {
      title: values.title,
      startsOn: startsOn.iso!,
      endsOn: lastDayAfterYears(startsOn.iso!, 2),
    };
    const result = await runMutation(fetch, createProgrammeMutation, 'createProgramme', { input });
    if (result.problem) return fail(400, { values, issues: result.problem.issues });
    redirect(303, `/plan/programmes/${encodeURIComponent(result.data.id)}?done=created`);
  },
};
