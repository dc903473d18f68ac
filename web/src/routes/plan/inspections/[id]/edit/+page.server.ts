import { error, fail, redirect } from '@sveltejs/kit';
import { runMutation, runQuery } from '#lib/graphql/client.ts';
import {
  inspectionQuery,
  planningChoicesQuery,
  updateInspectionMutation,
} from '#lib/graphql/plan.ts';
import { text } from '#lib/forms.ts';
import { readInspectionDetails } from '#lib/plan/inspection-details.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, fetch }) => {
  const [found, choices] = await Promise.all([
    runQuery(fetch, inspectionQuery, {
      id: params.id,
    }),
    runQuery(fetch, planningChoicesQuery, {}),
  ]);
  const inspection = found.data?.inspection;
  if (found.problems.length || !inspection) error(404, 'Page not found');
  return {
    inspection,
    choices: choices.data!,
    current: {
      title: inspection.title,
      kind: inspection.kind,
      victimsThematic: inspection.victimsThematic,
      theme: inspection.theme,
      scopeStatement: inspection.scopeStatement,
      leadInspectorateId: inspection.leadInspectorate.id ?? '',
      partnerInspectorateIds: inspection.partnerInspectorates.flatMap((p) => (p.id ? [p.id] : [])),
      agencyKindsInScope: inspection.agencyKindsInScope,
      scopeFunctionIds: inspection.functionsInScope.map((fn) => fn.id),
      administrationOnlyStatement: inspection.administrationOnlyStatement ?? '',
      localityIds: inspection.localities.map((l) => l.id),
    },
  };
};

export const actions: Actions = {
  default: async ({ request, fetch, params }) => {
    const form = await request.formData();
    const { values, issues } = readInspectionDetails(form);
    if (issues.length) return fail(400, { values, issues });
    const result = await runMutation(fetch, updateInspectionMutation, 'updateInspection', {
      input: {
        inspectionId: params.id,
        expectedVersion: Number(text(form, 'expectedVersion')),
        ...values,
      },
    });
    if (result.problem) return fail(400, { values, issues: result.problem.issues });
    redirect(303, `/plan/inspections/${encodeURIComponent(params.id)}?saved=details`);
  },
};
