import { fail, redirect } from '@sveltejs/kit';
import { runMutation } from '#lib/graphql/client.ts';
import { checkImportMutation } from '#lib/graphql/ratings.ts';
import type { Actions } from './$types';

export const actions: Actions = {
  default: async ({ request, fetch }) => {
    const form = await request.formData();
    const file = form.get('file');
    if (!(file instanceof File) || file.size === 0)
      return fail(400, { issues: [{ field: ['file'], message: 'Choose a CSV file of ratings' }] });
    if (file.size > 5_000_000)
      return fail(400, {
        issues: [
          {
            field: ['file'],
            message: 'The file must be smaller than 5 MB: split it into smaller files',
          },
        ],
      });
    const result = await runMutation(fetch, checkImportMutation, 'checkRatingImport', {
      input: { fileName: file.name, csv: await file.text() },
    });
    if (result.problem)
      return fail(400, {
        issues: result.problem.issues.map((issue) => ({ ...issue, field: ['file'] })),
      });
    redirect(303, `/rate/import/${encodeURIComponent(result.data.id)}`);
  },
};
