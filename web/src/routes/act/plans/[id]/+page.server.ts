import { error, fail, redirect } from '@sveltejs/kit';
import { runMutation, runQuery } from '#lib/graphql/client.ts';
import {
  movePlanMutation,
  planQuery,
  recordProgressMutation,
  saveDraftMutation,
  type ActionPlanStatus,
  type PlanActionStatus,
} from '#lib/graphql/act.ts';
import { choice, text } from '#lib/forms.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, fetch }) => {
  const { data, problems } = await runQuery(fetch, planQuery, { id: params.id });
  if (problems.length || !data?.actionPlan) error(404, 'Page not found');
  return { plan: data.actionPlan };
};

const back = (id: string) => `/act/plans/${encodeURIComponent(id)}`;

export const actions: Actions = {
  save: async ({ request, fetch, params }) => {
    const form = await request.formData();
    const rows = form.getAll('description').map((description, index) => ({
      description: String(description).trim(),
      owner: String(form.getAll('owner')[index] ?? '').trim(),
      targetDate: String(form.getAll('targetDate')[index] ?? '').trim(),
    }));
    // Blank rows are spare rows a person did not use.
    const actions = rows.filter((row) => row.description || row.owner || row.targetDate);
    const values = { title: text(form, 'title'), summary: text(form, 'summary'), actions };
    const incomplete = actions.findIndex(
      (row) => !row.description || !row.owner || !row.targetDate,
    );
    if (incomplete >= 0)
      return fail(400, {
        form: 'save' as const,
        values,
        issues: [
          {
            field: ['actions'],
            message: `Give action ${incomplete + 1} a description, an owner and a target date`,
          },
        ],
      });
    const result = await runMutation(fetch, saveDraftMutation, 'saveActionPlanDraft', {
      input: {
        planId: params.id,
        expectedVersion: Number(text(form, 'expectedVersion')),
        ...values,
      },
    });
    if (result.problem)
      return fail(400, { form: 'save' as const, values, issues: result.problem.issues });
    redirect(303, back(params.id));
  },
  move: async ({ request, fetch, params }) => {
    const form = await request.formData();
    const optional = (name: string) => text(form, name) || null;
    const values = {
      status: choice<ActionPlanStatus>(form, 'status'),
      comment: optional('comment'),
      laidOn: optional('laidOn'),
      paperReference: optional('paperReference'),
      publishedOn: optional('publishedOn'),
      publishedUrl: optional('publishedUrl'),
    };
    const result = await runMutation(fetch, movePlanMutation, 'moveActionPlan', {
      input: {
        planId: params.id,
        expectedVersion: Number(text(form, 'expectedVersion')),
        ...values,
      },
    });
    if (result.problem)
      return fail(400, { form: `move-${values.status}`, values, issues: result.problem.issues });
    redirect(303, back(params.id));
  },
  progress: async ({ request, fetch, params }) => {
    const form = await request.formData();
    const values = {
      actionId: text(form, 'actionId'),
      note: text(form, 'note'),
      evidenceUrl: text(form, 'evidenceUrl') || null,
      status: choice<PlanActionStatus>(form, 'actionStatus') || null,
    };
    const result = await runMutation(fetch, recordProgressMutation, 'recordActionProgress', {
      input: values,
    });
    if (result.problem)
      return fail(400, {
        form: `progress-${values.actionId}`,
        values,
        issues: result.problem.issues,
      });
    redirect(303, `${back(params.id)}#action-${encodeURIComponent(values.actionId)}`);
  },
};
