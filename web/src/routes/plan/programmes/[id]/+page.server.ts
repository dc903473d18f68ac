import { error, fail, redirect } from '@sveltejs/kit';
import { runMutation, runQuery } from '#lib/graphql/client.ts';
import {
  changeProgrammeStatusMutation,
  markFormItemMutation,
  programmePlanQuery,
  reviseProgrammeMutation,
  type ProgrammeStatus,
} from '#lib/graphql/plan.ts';
import { choice, text } from '#lib/forms.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, fetch }) => {
  const { data, problems } = await runQuery(fetch, programmePlanQuery, { id: params.id });
  if (problems.length || !data?.programme) error(404, 'Page not found');
  return { programme: data.programme };
};

export const actions: Actions = {
  mark: async ({ request, fetch, params }) => {
    const form = await request.formData();
    const itemId = text(form, 'itemId');
    const met = text(form, 'met');
    if (met !== 'yes' && met !== 'no')
      return fail(400, {
        mark: { itemId, issues: [{ field: ['met'], message: 'Choose whether the item is met' }] },
      });
    const version = text(form, 'expectedVersion');
    const result = await runMutation(fetch, markFormItemMutation, 'markFormItem', {
      input: {
        programmeId: params.id,
        itemId,
        met: met === 'yes',
        note: text(form, 'note') || null,
        expectedVersion: version ? Number(version) : null,
      },
    });
    if (result.problem) return fail(400, { mark: { itemId, issues: result.problem.issues } });
    redirect(303, `/plan/programmes/${encodeURIComponent(params.id)}?done=marked#form-checks`);
  },
  status: async ({ request, fetch, params }) => {
    const form = await request.formData();
    const status = choice<ProgrammeStatus>(form, 'status');
    // Agreeing and publishing cannot be taken back lightly: check first, then go on.
    if ((status === 'AGREED' || status === 'PUBLISHED') && text(form, 'confirmed') !== 'yes')
      return { confirm: status };
    const result = await runMutation(
      fetch,
      changeProgrammeStatusMutation,
      'changeProgrammeStatus',
      {
        input: {
          programmeId: params.id,
          status,
          expectedVersion: Number(text(form, 'expectedVersion')),
          reason: text(form, 'reason') || null,
        },
      },
    );
    if (result.problem)
      return fail(result.problem.kind === 'ConflictError' ? 409 : 400, { problem: result.problem });
    redirect(303, `/plan/programmes/${encodeURIComponent(params.id)}?done=${status}`);
  },
  revise: async ({ fetch, params }) => {
    const result = await runMutation(fetch, reviseProgrammeMutation, 'reviseProgramme', {
      input: { programmeId: params.id },
    });
    if (result.problem) return fail(400, { problem: result.problem });
    redirect(303, `/plan/programmes/${encodeURIComponent(result.data.id)}?done=revised`);
  },
};
