import { error, fail, redirect } from '@sveltejs/kit';
import { runMutation, runQuery } from '#lib/graphql/client.ts';
import {
  addInspectionMutation,
  planningChoicesQuery,
  programmePlanQuery,
} from '#lib/graphql/plan.ts';
import { readDate, type DateAnswer } from '#lib/dates.ts';
import { readInspectionDetails } from '#lib/plan/inspection-details.ts';
import type { Actions, PageServerLoad } from './$types';

const phases = ['SCOPING', 'FIELDWORK', 'REPORTING', 'PUBLICATION'] as const;
const phaseWords = {
  SCOPING: 'Scoping',
  FIELDWORK: 'Fieldwork',
  REPORTING: 'Reporting',
  PUBLICATION: 'Publication',
} as const;

export const load: PageServerLoad = async ({ params, fetch }) => {
  const [plan, choices] = await Promise.all([
    runQuery(fetch, programmePlanQuery, {
      id: params.id,
    }),
    runQuery(fetch, planningChoicesQuery, {}),
  ]);
  if (plan.problems.length || !plan.data?.programme) error(404, 'Page not found');
  // Only someone who may add an inspection now has the form; anyone else goes back to the programme.
  if (!plan.data.programme.viewerCan.addInspection)
    redirect(303, `/plan/programmes/${encodeURIComponent(params.id)}`);
  return { programme: plan.data.programme, choices: choices.data! };
};

export const actions: Actions = {
  default: async ({ request, fetch, params }) => {
    const form = await request.formData();
    const details = readInspectionDetails(form);
    const dates = Object.fromEntries(
      phases.map((kind) => {
        const name = phaseWords[kind];
        return [
          kind,
          {
            start: readDate(form, `plannedStart-${kind}`, {
              subject: `${name} start date`,
              enter: `Enter the date ${name.toLowerCase()} starts`,
            }),
            end: readDate(form, `plannedEnd-${kind}`, {
              subject: `${name} end date`,
              enter: `Enter the date ${name.toLowerCase()} ends`,
            }),
          },
        ];
      }),
    ) as Record<(typeof phases)[number], { start: DateAnswer; end: DateAnswer }>;
    const values = {
      ...details.values,
      phases: phases.map((kind) => ({
        kind,
        plannedStart: dates[kind].start.parts,
        plannedEnd: dates[kind].end.parts,
      })),
    };
    const dateProblem = (kind: string, end: 'plannedStart' | 'plannedEnd', answer: DateAnswer) =>
      answer.problem ? [{ field: [`${end}-${kind}`], message: answer.problem.message }] : [];
    const issues = [
      ...details.issues,
      ...phases.flatMap((kind) => [
        ...dateProblem(kind, 'plannedStart', dates[kind].start),
        ...dateProblem(kind, 'plannedEnd', dates[kind].end),
      ]),
    ];
    if (issues.length) return fail(400, { values, issues });
    const result = await runMutation(fetch, addInspectionMutation, 'addInspection', {
      input: {
        programmeId: params.id,
        ...values,
        phases: phases.map((kind) => ({
          kind,
          plannedStart: dates[kind].start.iso!,
          plannedEnd: dates[kind].end.iso!,
        })),
      },
    });
    if (result.problem) return fail(400, { values, issues: result.problem.issues });
    redirect(303, `/plan/programmes/${encodeURIComponent(params.id)}?done=inspection-added`);
  },
};
