import { redirect } from '@sveltejs/kit';
import { chosenCsv, fileProblems } from '#lib/imports/upload.ts';
import { runMutation, runQuery } from '#lib/graphql/client.ts';
import { agencyFormChoicesQuery, checkAgencyImportMutation } from '#lib/graphql/agency-admin.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch }) => {
  const { data } = await runQuery(fetch, agencyFormChoicesQuery, {});
  return { kinds: data?.agencyKinds ?? [] };
};

export const actions: Actions = {
  default: async ({ request, fetch }) => {
    const input = await chosenCsv(request, { rowsOf: 'agencies', megabytes: 2 });
    if (!('csv' in input)) return input;
    const result = await runMutation(fetch, checkAgencyImportMutation, 'checkAgencyImport', {
      input,
    });
    if (result.problem) return fileProblems(result.problem.issues.map((issue) => issue.message));
    redirect(303, `/admin/agencies/import/${encodeURIComponent(result.data.id)}`);
  },
};
