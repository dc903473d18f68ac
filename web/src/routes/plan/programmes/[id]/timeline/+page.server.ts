import { error, fail, redirect } from '@sveltejs/kit';
import { runMutation, runQuery } from '#lib/graphql/client.ts';
import {
  programmePlanQuery,
  reschedulePhaseMutation,
  type ProgrammePlan,
} from '#lib/graphql/plan.ts';
import { text } from '#lib/forms.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, fetch, url }) => {
  const { data, problems } = await runQuery(fetch, programmePlanQuery, { id: params.id });
  if (problems.length || !data?.programme) error(404, 'Page not found');
  return {
    programme: data.programme,
    selectedPhaseId: url.searchParams.get('phase'),
    movedPhaseId: url.searchParams.get('moved'),
    today: new Date().toISOString().slice(0, 10),
  };
};

export const actions: Actions = {
  reschedule: async ({ request, fetch, params }) => {
    const form = await request.formData();
    const values = {
      phaseId: text(form, 'phaseId'),
      expectedVersion: Number(text(form, 'expectedVersion')),
      plannedStart: text(form, 'plannedStart'),
      plannedEnd: text(form, 'plannedEnd'),
      actualStart: text(form, 'actualStart') || null,
      actualEnd: text(form, 'actualEnd') || null,
      reason: text(form, 'reason') || null,
    };
    const missing = (['plannedStart', 'plannedEnd'] as const)
      .filter((field) => !values[field])
      .map((field) => ({
        field: [field],
        message: field === 'plannedStart' ? 'Enter the planned start' : 'Enter the planned end',
      }));
    if (missing.length) return fail(400, { values, issues: missing });
    const result = await runMutation(fetch, reschedulePhaseMutation, 'reschedulePhase', {
      input: values,
    });
    if (result.problem)
      return fail(result.problem.kind === 'ConflictError' ? 409 : 400, {
        values,
        issues: result.problem.issues,
      });
    redirect(
      303,
      `/plan/programmes/${encodeURIComponent(params.id)}/timeline?moved=${encodeURIComponent(values.phaseId)}#warnings`,
    );
  },
};
