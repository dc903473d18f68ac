import { dateIssues, readDate } from '#lib/dates.ts';
import { error, fail, redirect } from '@sveltejs/kit';
import { runMutation, runQuery } from '#lib/graphql/client.ts';
import {
  openConsultationMutation,
  programmeConsultationQuery,
} from '#lib/graphql/consultations.ts';
import { text } from '#lib/forms.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, fetch }) => {
  const { data, problems } = await runQuery(fetch, programmeConsultationQuery, { id: params.id });
  if (problems.length || !data?.programme) error(404, 'Page not found');
  if (data.programme.consultation)
    redirect(303, `/plan/consultations/${encodeURIComponent(data.programme.consultation.id)}`);
  return { programme: data.programme, inspectorates: data.inspectorates };
};

export const actions: Actions = {
  default: async ({ request, fetch, params }) => {
    const form = await request.formData();
    const dates = {
      opensOn: readDate(form, 'opensOn', {
        subject: 'The date the consultation opens',
        enter: 'Enter the date the consultation opens',
      }),
      closesOn: readDate(form, 'closesOn', {
        subject: 'The date the consultation closes',
        enter: 'Enter the date the consultation closes',
      }),
    };
    const runByInspectorateId = text(form, 'runByInspectorateId');
    const values = {
      opensOn: dates.opensOn.parts,
      closesOn: dates.closesOn.parts,
      runByInspectorateId,
    };
    const missing = [
      ...dateIssues(dates),
      ...(runByInspectorateId
        ? []
        : [
            {
              field: ['runByInspectorateId'],
              message: 'Choose the inspectorate that runs the consultation',
            },
          ]),
    ];
    if (missing.length) return fail(400, { values, issues: missing });
    const result = await runMutation(fetch, openConsultationMutation, 'openConsultation', {
      input: {
        programmeId: params.id,
        opensOn: dates.opensOn.iso!,
        closesOn: dates.closesOn.iso!,
        runByInspectorateId,
      },
    });
    if (result.problem) return fail(400, { values, issues: result.problem.issues });
    redirect(303, `/plan/consultations/${encodeURIComponent(result.data.id)}`);
  },
};
