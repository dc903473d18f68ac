import { error, fail, redirect } from '@sveltejs/kit';
import { runMutation, runQuery } from '#lib/graphql/client.ts';
import {
  changeInspectionStatusMutation,
  inspectionQuery,
  type InspectionDetail,
  type InspectionStatus,
} from '#lib/graphql/plan.ts';
import { choice, text } from '#lib/forms.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, fetch }) => {
  const { data, problems } = await runQuery(fetch, inspectionQuery, { id: params.id });
  if (problems.length || !data?.inspection) error(404, 'Page not found');
  return { inspection: data.inspection };
};

export const actions: Actions = {
  status: async ({ request, fetch, params }) => {
    const form = await request.formData();
    const values = {
      status: choice<InspectionStatus>(form, 'status'),
      reason: text(form, 'reason'),
    };
    const result = await runMutation(
      fetch,
      changeInspectionStatusMutation,
      'changeInspectionStatus',
      {
        input: {
          inspectionId: params.id,
          expectedVersion: Number(text(form, 'expectedVersion')),
          status: values.status,
          reason: values.reason || null,
        },
      },
    );
    if (result.problem) return fail(400, { values, issues: result.problem.issues });
    redirect(303, `/plan/inspections/${encodeURIComponent(params.id)}`);
  },
};
