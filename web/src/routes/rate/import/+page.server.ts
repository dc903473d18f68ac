import { redirect } from '@sveltejs/kit';
import { chosenCsv, fileProblems } from '#lib/imports/upload.ts';
import { runMutation } from '#lib/graphql/client.ts';
import { checkImportMutation } from '#lib/graphql/ratings.ts';
import type { Actions } from './$types';

export const actions: Actions = {
  default: async ({ request, fetch }) => {
    const input = await chosenCsv(request, { rowsOf: 'ratings', megabytes: 5 });
    if (!('csv' in input)) return input;
    const result = await runMutation(fetch, checkImportMutation, 'checkRatingImport', { input });
    if (result.problem) return fileProblems(result.problem.issues.map((issue) => issue.message));
    redirect(303, `/rate/import/${encodeURIComponent(result.data.id)}`);
  },
};
