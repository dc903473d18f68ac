import { dateIssues, readDate } from '#lib/dates.ts';
import { error, fail, redirect } from '@sveltejs/kit';
import { runMutation, runQuery } from '#lib/graphql/client.ts';
import {
  recordProposalChoicesQuery,
  recordProposedInspectionMutation,
} from '#lib/graphql/gatekeeping.ts';
import { text } from '#lib/forms.ts';
import type { Actions, PageServerLoad } from './$types';

/** The inspectorates the viewer records for, the agencies in their remits, and the bodies. */
export const load: PageServerLoad = async ({ fetch }) => {
  const found = await runQuery(fetch, recordProposalChoicesQuery, {});
  if (found.problems.length || !found.data?.gatekeepersForViewer.length)
    error(404, 'Page not found');
  return { gatekeepers: found.data.gatekeepersForViewer, bodies: found.data.otherInspectingBodies };
};

export const actions: Actions = {
  default: async ({ request, fetch }) => {
    const form = await request.formData();
    const dates = {
      proposedOn: readDate(form, 'proposedOn', {
        subject: 'The date the proposal came',
        enter: 'Enter the date the proposal came',
        notFuture: true,
      }),
      fieldworkStart: readDate(form, 'fieldworkStart', {
        subject: 'The start of fieldwork',
        enter: 'Enter the start of fieldwork',
      }),
      fieldworkEnd: readDate(form, 'fieldworkEnd', {
        subject: 'The end of fieldwork',
        enter: 'Enter the end of fieldwork',
      }),
    };
    const values = {
      gatekeeperId: text(form, 'gatekeeperId'),
      bodyId: text(form, 'bodyId'),
      title: text(form, 'title'),
      covers: text(form, 'covers'),
      agencyIds: form
        .getAll('agencyIds')
        .filter((value): value is string => typeof value === 'string' && value !== ''),
      proposedOn: dates.proposedOn.parts,
      fieldworkStart: dates.fieldworkStart.parts,
      fieldworkEnd: dates.fieldworkEnd.parts,
    };
    // What the page can tell alone, all at once; the API then checks the rest, all at once.
    const missing = [
      ...(!values.bodyId ? [{ field: ['bodyId'], message: 'Select the inspecting body' }] : []),
      ...(!values.title ? [{ field: ['title'], message: 'Give the inspection’s title' }] : []),
      ...(!values.covers
        ? [{ field: ['covers'], message: 'Say what the inspection would cover' }]
        : []),
      ...dateIssues(dates),
      ...(!values.agencyIds.length
        ? [{ field: ['agencyIds'], message: 'Select the agencies it would inspect' }]
        : []),
    ];
    if (missing.length) return fail(400, { values, issues: missing });
    const result = await runMutation(
      fetch,
      recordProposedInspectionMutation,
      'recordProposedInspection',
      {
        input: {
          gatekeeperId: values.gatekeeperId,
          bodyId: values.bodyId,
          title: values.title,
          covers: values.covers,
          agencyIds: values.agencyIds,
          proposedOn: dates.proposedOn.iso!,
          fieldworkStart: dates.fieldworkStart.iso!,
          fieldworkEnd: dates.fieldworkEnd.iso!,
        },
      },
    );
    if (result.problem) return fail(400, { values, issues: result.problem.issues });
    redirect(303, '/plan/gatekeeping?done=recorded');
  },
};
