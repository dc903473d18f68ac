import { error, fail, redirect } from '@sveltejs/kit';
import { runMutation, runQuery } from '#lib/graphql/client.ts';
import {
  addInspectionMutation,
  planningChoicesQuery,
  programmePlanQuery,
  type PlanningChoices,
  type ProgrammePlan,
} from '#lib/graphql/plan.ts';
import { text } from '#lib/forms.ts';
import type { Actions, PageServerLoad } from './$types';

const phases = ['SCOPING', 'FIELDWORK', 'REPORTING', 'PUBLICATION'] as const;

export const load: PageServerLoad = async ({ params, fetch }) => {
  const [plan, choices] = await Promise.all([
    runQuery<{ programme: ProgrammePlan }, { id: string }>(fetch, programmePlanQuery, {
      id: params.id,
    }),
    runQuery<PlanningChoices, {}>(fetch, planningChoicesQuery, {}),
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
    const all = (name: string) =>
      form
        .getAll(name)
        .filter((value): value is string => typeof value === 'string' && value !== '');
    const values = {
      title: text(form, 'title'),
      kind: text(form, 'kind'),
      victimsThematic: form.get('victimsThematic') === 'yes',
      theme: text(form, 'theme'),
      scopeStatement: text(form, 'scopeStatement'),
      leadInspectorateId: text(form, 'leadInspectorateId'),
      partnerInspectorateIds: all('partnerInspectorateIds'),
      agencyKindsInScope: all('agencyKindsInScope'),
      localityIds: all('localityIds'),
      phases: phases.map((kind) => ({
        kind,
        plannedStart: text(form, `${kind}-start`),
        plannedEnd: text(form, `${kind}-end`),
      })),
    };
    const issues = [
      ...(!values.kind
        ? [
            {
              field: ['kind'],
              message: 'Choose whether it is a joint thematic or a core inspection',
            },
          ]
        : []),
      ...(!values.leadInspectorateId
        ? [{ field: ['leadInspectorateId'], message: 'Choose the lead inspectorate' }]
        : []),
      ...values.phases.flatMap((phase) => [
        ...(!phase.plannedStart
          ? [
              {
                field: [`${phase.kind}-start`],
                message: `Enter when ${phase.kind.toLowerCase()} starts`,
              },
            ]
          : []),
        ...(!phase.plannedEnd
          ? [
              {
                field: [`${phase.kind}-end`],
                message: `Enter when ${phase.kind.toLowerCase()} ends`,
              },
            ]
          : []),
      ]),
    ];
    if (issues.length) return fail(400, { values, issues });
    const result = await runMutation<{ id: string }>(
      fetch,
      addInspectionMutation,
      'addInspection',
      { input: { programmeId: params.id, ...values } },
    );
    if (result.problem) return fail(400, { values, issues: result.problem.issues });
    redirect(303, `/plan/programmes/${encodeURIComponent(params.id)}`);
  },
};
