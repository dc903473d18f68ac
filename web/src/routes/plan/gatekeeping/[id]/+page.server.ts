import { dateIssues, readDate } from '#lib/dates.ts';
import { error, fail, redirect } from '@sveltejs/kit';
import { runMutation, runQuery } from '#lib/graphql/client.ts';
import {
  decideProposedInspectionMutation,
  proposedInspectionQuery,
  type GatekeepingDecision,
} from '#lib/graphql/gatekeeping.ts';
import { choice, text } from '#lib/forms.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, fetch, url }) => {
  const found = await runQuery(fetch, proposedInspectionQuery, { id: params.id });
  if (found.problems.length || !found.data?.proposedInspection) error(404, 'Page not found');
  return { proposal: found.data.proposedInspection, done: url.searchParams.get('done') };
};

export const actions: Actions = {
  default: async ({ request, fetch, params }) => {
    const form = await request.formData();
    const decidedOn = readDate(form, 'decidedOn', {
      subject: 'The date of the decision',
      enter: 'Enter the date of the decision',
      notFuture: true,
    });
    const values = {
      decision: choice<GatekeepingDecision>(form, 'decision'),
      decidedOn: decidedOn.parts,
      reasons: text(form, 'reasons'),
      manner: text(form, 'manner'),
      correctionReason: text(form, 'correctionReason'),
      expectedVersion: Number(text(form, 'expectedVersion')) || 0,
    };
    // What the page can tell alone, all at once; the API then checks the rest, all at once.
    const missing = [
      ...(!values.decision ? [{ field: ['decision'], message: 'Select the decision' }] : []),
      ...dateIssues({ decidedOn }),
      ...(!values.reasons
        ? [{ field: ['reasons'], message: 'Give the reasons for the decision' }]
        : []),
      ...(values.decision === 'NOT_IN_THAT_MANNER' && !values.manner
        ? [
            {
              field: ['manner'],
              message: 'Say the manner the inspection must not be carried out in',
            },
          ]
        : []),
    ];
    if (missing.length) return fail(400, { values, issues: missing });
    const result = await runMutation(
      fetch,
      decideProposedInspectionMutation,
      'decideProposedInspection',
      {
        input: {
          id: params.id,
          expectedVersion: values.expectedVersion,
          decision: values.decision,
          decidedOn: decidedOn.iso!,
          reasons: values.reasons,
          manner: values.manner || null,
          correctionReason: values.correctionReason || null,
        },
      },
    );
    if (result.problem) return fail(400, { values, issues: result.problem.issues });
    redirect(303, `/plan/gatekeeping/${encodeURIComponent(params.id)}?done=decided`);
  },
};
