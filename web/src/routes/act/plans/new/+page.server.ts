import { error, fail, redirect } from '@sveltejs/kit';
import { runMutation, runQuery } from '#lib/graphql/client.ts';
import { newPlanQuery, openPlanMutation } from '#lib/graphql/act.ts';
import { text } from '#lib/forms.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url, fetch }) => {
  const agencyId = url.searchParams.get('agency');
  if (!agencyId) error(404, 'Page not found');
  const { data, problems } = await runQuery(fetch, newPlanQuery, {
    id: agencyId,
  });
  if (problems.length || !data?.agency) error(404, 'Page not found');
  // The form is for those who may start a plan for this agency; anyone else goes back to the list.
  if (!data.agency.viewerCan.openActionPlan) redirect(303, '/act');
  return { agency: data.agency };
};

export const actions: Actions = {
  default: async ({ request, fetch, url }) => {
    const form = await request.formData();
    const values = {
      title: text(form, 'title'),
      summary: text(form, 'summary'),
      reviewingInspectorateId: text(form, 'reviewingInspectorateId'),
      ratingId: text(form, 'ratingId'),
    };
    if (!values.reviewingInspectorateId)
      return fail(400, {
        values,
        issues: [
          {
            field: ['reviewingInspectorateId'],
            message: 'Choose the inspectorate that will review the plan',
          },
        ],
      });
    const result = await runMutation(fetch, openPlanMutation, 'openActionPlan', {
      input: {
        agencyId: url.searchParams.get('agency') ?? '',
        reason: 'RATING',
        ratingId: values.ratingId,
        reviewingInspectorateId: values.reviewingInspectorateId,
        title: values.title,
        summary: values.summary,
      },
    });
    if (result.problem) return fail(400, { values, issues: result.problem.issues });
    redirect(303, `/act/plans/${encodeURIComponent(result.data.id)}`);
  },
};
