import { error, fail, redirect } from '@sveltejs/kit';
import { runMutation, runQuery } from '#lib/graphql/client.ts';
import {
  correctPlanFactMutation,
  movePlanMutation,
  planQuery,
  planStillWrongQuery,
  recordProgressMutation,
  saveDraftMutation,
  type ActionPlanStatus,
  type PlanActionStatus,
} from '#lib/graphql/act.ts';
import { choice, text } from '#lib/forms.ts';
import { dateIssues, readDate } from '#lib/dates.ts';
import type { Actions, PageServerLoad } from './$types';

/** The steps that are public or final: each has a check page before it (what is still wrong). */
const checkedMoves: ActionPlanStatus[] = ['SUBMITTED', 'LAID', 'PUBLISHED', 'CLOSED'];

/** The check page before a move: what the API says is still wrong, and what will be recorded. */
async function checkStep(
  fetch: typeof globalThis.fetch,
  id: string,
  status: ActionPlanStatus,
  values: Record<string, unknown>,
) {
  const { data } = await runQuery(fetch, planStillWrongQuery, { id, move: status });
  return { check: status, values, stillWrong: data?.actionPlan?.stillWrongBefore ?? [] };
}

export const load: PageServerLoad = async ({ params, fetch }) => {
  const { data, problems } = await runQuery(fetch, planQuery, { id: params.id });
  if (problems.length || !data?.actionPlan) error(404, 'Page not found');
  return { plan: data.actionPlan };
};

const back = (id: string) => `/act/plans/${encodeURIComponent(id)}`;

export const actions: Actions = {
  save: async ({ request, fetch, params }) => {
    const form = await request.formData();
    // "Save and submit" carries this page's edits with the submission, in one change.
    const submit = text(form, 'then') === 'SUBMITTED';
    const rows = form.getAll('description').map((description, index) => ({
      index,
      description: String(description).trim(),
      owner: String(form.getAll('owner')[index] ?? '').trim(),
      targetDate: readDate(form, `targetDate-${index}`, { subject: 'Target date' }),
    }));
    // Blank rows are spare rows a person did not use.
    const used = rows.filter(
      (row) =>
        row.description ||
        row.owner ||
        Object.values(row.targetDate.parts).some((part) => part !== ''),
    );
    const values = {
      title: text(form, 'title'),
      summary: text(form, 'summary'),
      actions: used.map((row) => ({
        description: row.description,
        owner: row.owner,
        targetDate: row.targetDate.parts,
      })),
    };
    const issues = used.flatMap((row) => [
      ...(!row.description
        ? [{ field: [`description-${row.index}`], message: `Describe action ${row.index + 1}` }]
        : []),
      ...(!row.owner
        ? [{ field: [`owner-${row.index}`], message: `Say who owns action ${row.index + 1}` }]
        : []),
      ...(row.targetDate.problem
        ? [{ field: [`targetDate-${row.index}`], message: row.targetDate.problem.message }]
        : !row.targetDate.iso
          ? [
              {
                field: [`targetDate-${row.index}`],
                message: `Enter the target date of action ${row.index + 1}`,
              },
            ]
          : []),
    ]);
    if (issues.length) return fail(400, { form: 'save' as const, values, issues });
    // Without the check's "yes", the edits are saved and the check page asks before submitting.
    const confirmed = submit && text(form, 'confirmed') === 'yes';
    const result = await runMutation(fetch, saveDraftMutation, 'saveActionPlanDraft', {
      input: {
        planId: params.id,
        expectedVersion: Number(text(form, 'expectedVersion')),
        title: values.title,
        summary: values.summary,
        actions: used.map((row) => ({
          description: row.description,
          owner: row.owner,
          targetDate: row.targetDate.iso!,
        })),
        ...(confirmed ? { submit: true } : {}),
      },
    });
    if (result.problem)
      return fail(400, {
        form: 'save' as const,
        values,
        // The API names an action by its place among the rows sent, which are the rows used.
        issues: result.problem.issues.map((issue) => renumbered(issue, used)),
      });
    if (submit && !confirmed) return checkStep(fetch, params.id, 'SUBMITTED', {});
    redirect(303, `${back(params.id)}?done=${confirmed ? 'SUBMITTED' : 'saved'}`);
  },
  move: async ({ request, fetch, params }) => {
    const form = await request.formData();
    const optional = (name: string) => text(form, name) || null;
    const status = choice<ActionPlanStatus>(form, 'status');
    const laidOn = readDate(form, 'laidOn', {
      subject: 'Date laid',
      enter: 'Enter the date the plan was laid before Parliament',
      notFuture: true,
    });
    const publishedOn = readDate(form, 'publishedOn', {
      subject: 'Date published',
      enter: 'Enter the date the plan was published',
      notFuture: true,
    });
    const dates = {
      ...(status === 'LAID' ? { laidOn } : {}),
      ...(status === 'PUBLISHED' ? { publishedOn } : {}),
    };
    const values = {
      status,
      comment: optional('comment'),
      laidOn: laidOn.parts,
      paperReference: optional('paperReference'),
      publishedOn: publishedOn.parts,
      publishedUrl: optional('publishedUrl'),
    };
    const failed = (issues: Array<{ field: string[]; message: string }>) =>
      fail(400, {
        form: `move-${status}`,
        values,
        issues: issues.map((issue) =>
          // Two forms on the page take a comment: each box has its own id.
          issue.field.at(-1) === 'comment' ? { ...issue, field: [`comment-${status}`] } : issue,
        ),
      });
    const wrongDates = dateIssues(dates);
    if (wrongDates.length) return failed(wrongDates);
    if (checkedMoves.includes(status) && text(form, 'confirmed') !== 'yes') {
      // "Change" on the check page brings the form back with what was typed.
      if (text(form, 'change') === 'yes')
        return {
          form: `move-${status}`,
          values,
          issues: [] as Array<{ field: string[]; message: string }>,
        };
      return checkStep(fetch, params.id, status, {
        ...values,
        laidOnIso: laidOn.iso,
        publishedOnIso: publishedOn.iso,
      });
    }
    const result = await runMutation(fetch, movePlanMutation, 'moveActionPlan', {
      input: {
        planId: params.id,
        expectedVersion: Number(text(form, 'expectedVersion')),
        ...values,
        laidOn: laidOn.iso,
        publishedOn: publishedOn.iso,
      },
    });
    if (result.problem) return failed(result.problem.issues);
    redirect(303, `${back(params.id)}?done=${encodeURIComponent(status)}`);
  },
  correct: async ({ request, fetch, params }) => {
    const form = await request.formData();
    const fact = text(form, 'fact') === 'PUBLICATION' ? 'PUBLICATION' : 'LAYING';
    const laying = fact === 'LAYING';
    const date = laying
      ? readDate(form, 'laidOn', {
          subject: 'Date laid',
          enter: 'Enter the date the plan was laid before Parliament',
          notFuture: true,
        })
      : readDate(form, 'publishedOn', {
          subject: 'Date published',
          enter: 'Enter the date the plan was published',
          notFuture: true,
        });
    const values = {
      correctedOn: date.parts,
      paperReference: text(form, 'paperReference'),
      publishedUrl: text(form, 'publishedUrl'),
      reason: text(form, 'reason'),
    };
    const failed = (issues: Array<{ field: string[]; message: string }>) =>
      fail(400, {
        form: `correct-${fact}`,
        values,
        issues: issues.map((issue) =>
          // Each correction form has its own reason box.
          issue.field.at(-1) === 'reason' ? { ...issue, field: [`reason-${fact}`] } : issue,
        ),
      });
    const wrong = [
      ...dateIssues(laying ? { laidOn: date } : { publishedOn: date }),
      ...(!values.reason
        ? [
            {
              field: ['reason'],
              message: 'Say why it is corrected: the reason is kept with the plan',
            },
          ]
        : []),
    ];
    if (wrong.length) return failed(wrong);
    const result = await runMutation(fetch, correctPlanFactMutation, 'correctActionPlanFact', {
      input: {
        planId: params.id,
        expectedVersion: Number(text(form, 'expectedVersion')),
        fact,
        reason: values.reason,
        ...(laying
          ? { laidOn: date.iso, paperReference: values.paperReference || null }
          : { publishedOn: date.iso, publishedUrl: values.publishedUrl || null }),
      },
    });
    if (result.problem) return failed(result.problem.issues);
    redirect(303, `${back(params.id)}?done=corrected-${fact}`);
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
    redirect(303, `${back(params.id)}?done=progress#action-${encodeURIComponent(values.actionId)}`);
  },
};

/** An issue about the n-th action sent, renamed for the row of the form it came from. */
function renumbered(
  issue: { field: string[]; message: string },
  used: Array<{ index: number }>,
): { field: string[]; message: string } {
  const at = issue.field.indexOf('actions');
  const sent = at >= 0 ? Number(issue.field[at + 1]) : Number.NaN;
  if (Number.isNaN(sent) || !used[sent]) return issue;
  const row = String(used[sent]!.index);
  const field = issue.field[at + 2] ?? 'description';
  return { ...issue, field: [`${field}-${row}`] };
}
