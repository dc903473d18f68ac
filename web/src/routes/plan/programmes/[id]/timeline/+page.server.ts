import { error, fail, redirect } from '@sveltejs/kit';
import { runMutation, runQuery } from '#lib/graphql/client.ts';
import { londonToday } from '#lib/dates.ts';
import { programmePlanQuery, reschedulePhaseMutation } from '#lib/graphql/plan.ts';
import { text } from '#lib/forms.ts';
import { dateIssues, readDate } from '#lib/dates.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, fetch, url }) => {
  const { data, problems } = await runQuery(fetch, programmePlanQuery, { id: params.id });
  if (problems.length || !data?.programme) error(404, 'Page not found');
  return {
    programme: data.programme,
    selectedPhaseId: url.searchParams.get('phase'),
    movedPhaseId: url.searchParams.get('moved'),
    today: londonToday(),
  };
};

export const actions: Actions = {
  reschedule: async ({ request, fetch, params }) => {
    const form = await request.formData();
    const read = (name: string, subject: string, enter?: string) =>
      readDate(form, name, { subject, enter });
    const dates = {
      plannedStart: read('plannedStart', 'Planned start', 'Enter the planned start'),
      plannedEnd: read('plannedEnd', 'Planned end', 'Enter the planned end'),
      actualStart: read('actualStart', 'Actual start'),
      actualEnd: read('actualEnd', 'Actual end'),
    };
    const values = {
      phaseId: text(form, 'phaseId'),
      expectedVersion: Number(text(form, 'expectedVersion')),
      plannedStart: dates.plannedStart.parts,
      plannedEnd: dates.plannedEnd.parts,
      actualStart: dates.actualStart.parts,
      actualEnd: dates.actualEnd.parts,
      reason: text(form, 'reason') || null,
    };
    const wrong = dateIssues(dates);
    if (wrong.length) return fail(400, { values, issues: wrong });
    const result = await runMutation(fetch, reschedulePhaseMutation, 'reschedulePhase', {
      input: {
        ...values,
        plannedStart: dates.plannedStart.iso!,
        plannedEnd: dates.plannedEnd.iso!,
        actualStart: dates.actualStart.iso,
        actualEnd: dates.actualEnd.iso,
      },
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
