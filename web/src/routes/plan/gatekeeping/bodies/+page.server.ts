import { dateIssues, readDate } from '#lib/dates.ts';
import { error, fail, redirect } from '@sveltejs/kit';
import { runMutation, runQuery } from '#lib/graphql/client.ts';
import {
  otherInspectingBodiesQuery,
  saveOtherInspectingBodyMutation,
} from '#lib/graphql/gatekeeping.ts';
import { text } from '#lib/forms.ts';
import type { Actions, PageServerLoad } from './$types';

/** The other inspecting bodies, and (for administrators) a form to add or change one. */
export const load: PageServerLoad = async ({ fetch, url }) => {
  const found = await runQuery(fetch, otherInspectingBodiesQuery, {});
  if (found.problems.length || !found.data) error(404, 'Page not found');
  const editing = url.searchParams.get('edit');
  return {
    bodies: found.data.otherInspectingBodies,
    // The same administrators who set the burden warnings keep this list.
    mayChange: found.data.viewerCanChangeBurdenThresholds,
    editing: found.data.otherInspectingBodies.find((b) => b.id === editing) ?? null,
    done: url.searchParams.get('done'),
  };
};

export const actions: Actions = {
  default: async ({ request, fetch }) => {
    const form = await request.formData();
    const retiredOn = readDate(form, 'retiredOn', { subject: 'The date it was retired' });
    const values = {
      id: text(form, 'id'),
      expectedVersion: Number(text(form, 'expectedVersion')) || null,
      name: text(form, 'name'),
      shortName: text(form, 'shortName'),
      inspects: text(form, 'inspects'),
      notes: text(form, 'notes'),
      retiredOn: retiredOn.parts,
    };
    if (retiredOn.problem) return fail(400, { values, issues: dateIssues({ retiredOn }) });
    const result = await runMutation(
      fetch,
      saveOtherInspectingBodyMutation,
      'saveOtherInspectingBody',
      {
        input: {
          id: values.id || null,
          expectedVersion: values.expectedVersion,
          name: values.name,
          shortName: values.shortName,
          inspects: values.inspects,
          notes: values.notes || null,
          retiredOn: retiredOn.iso,
        },
      },
    );
    if (result.problem) return fail(400, { values, issues: result.problem.issues });
    redirect(303, '/plan/gatekeeping/bodies?done=saved');
  },
};
