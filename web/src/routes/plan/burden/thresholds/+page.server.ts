import { error, fail, redirect } from '@sveltejs/kit';
import { runMutation, runQuery } from '#lib/graphql/client.ts';
import { burdenThresholdsQuery, setBurdenThresholdsMutation } from '#lib/graphql/burden.ts';
import { choice, text } from '#lib/forms.ts';
import type { EnumOf } from '@cjji/contract/graphql';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch, url }) => {
  const found = await runQuery(fetch, burdenThresholdsQuery, {});
  if (found.problems.length || !found.data) error(404, 'Page not found');
  return {
    thresholds: found.data.inspectionBurdenThresholds,
    mayChange: found.data.viewerCanChangeBurdenThresholds,
    done: url.searchParams.get('done'),
  };
};

export const actions: Actions = {
  default: async ({ request, fetch }) => {
    const form = await request.formData();
    const count = Number(text(form, 'count')) || 0;
    const rows = Array.from({ length: Math.min(count, 20) }, (_, index) => ({
      agencyKind: choice<EnumOf<'AgencyKindCode'>>(form, `agencyKind-${index}`),
      typed: text(form, `warnFromVisit-${index}`),
      expectedVersion: Number(text(form, `expectedVersion-${index}`)) || 0,
    }));
    const values = Object.fromEntries(rows.map((row, index) => [index, row.typed]));
    // Every box that is not a whole number, at once; the API checks the range of the rest.
    const missing = rows.flatMap((row, index) =>
      /^\d+$/.test(row.typed)
        ? []
        : [
            {
              field: ['thresholds', String(index), 'warnFromVisit'],
              message: 'Give a whole number of visits',
            },
          ],
    );
    if (missing.length) return fail(400, { values, issues: missing });
    const result = await runMutation(fetch, setBurdenThresholdsMutation, 'setBurdenThresholds', {
      input: {
        thresholds: rows.map((row) => ({
          agencyKind: row.agencyKind,
          warnFromVisit: Number(row.typed),
          expectedVersion: row.expectedVersion,
        })),
      },
    });
    if (result.problem) return fail(400, { values, issues: result.problem.issues });
    redirect(303, '/plan/burden/thresholds?done=saved');
  },
};
