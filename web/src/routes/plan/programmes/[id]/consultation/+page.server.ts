import { error, fail, redirect } from '@sveltejs/kit';
import { runMutation, runQuery } from '#lib/graphql/client.ts';
import {
  openConsultationMutation,
  programmeConsultationQuery,
} from '#lib/graphql/consultations.ts';
import type { ProgrammeStatus } from '#lib/graphql/plan.ts';
import { text } from '#lib/forms.ts';
import type { Actions, PageServerLoad } from './$types';

interface Data {
  programme: {
    id: string;
    title: string;
    status: ProgrammeStatus;
    startsOn: string;
    endsOn: string;
    inspections: Array<{ id: string; status: string }>;
    consultation: { id: string } | null;
  };
  inspectorates: Array<{ id: string; name: string; shortName: string }>;
}

export const load: PageServerLoad = async ({ params, fetch }) => {
  const { data, problems } = await runQuery<Data, { id: string }>(
    fetch,
    programmeConsultationQuery,
    { id: params.id },
  );
  if (problems.length || !data?.programme) error(404, 'Page not found');
  if (data.programme.consultation)
    redirect(303, `/plan/consultations/${encodeURIComponent(data.programme.consultation.id)}`);
  return { programme: data.programme, inspectorates: data.inspectorates };
};

export const actions: Actions = {
  default: async ({ request, fetch, params }) => {
    const form = await request.formData();
    const values = {
      opensOn: text(form, 'opensOn'),
      closesOn: text(form, 'closesOn'),
      runByInspectorateId: text(form, 'runByInspectorateId'),
    };
    const missing = Object.entries({
      opensOn: 'Enter the date the consultation opens',
      closesOn: 'Enter the date the consultation closes',
      runByInspectorateId: 'Choose the inspectorate that runs the consultation',
    })
      .filter(([field]) => !values[field as keyof typeof values])
      .map(([field, message]) => ({ field: [field], message }));
    if (missing.length) return fail(400, { values, issues: missing });
    const result = await runMutation<{ id: string }>(
      fetch,
      openConsultationMutation,
      'openConsultation',
      { input: { programmeId: params.id, ...values } },
    );
    if (result.problem) return fail(400, { values, issues: result.problem.issues });
    redirect(303, `/plan/consultations/${encodeURIComponent(result.data.id)}`);
  },
};
