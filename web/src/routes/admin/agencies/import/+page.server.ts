import { fail, redirect } from '@sveltejs/kit';
import { runMutation, runQuery } from '#lib/graphql/client.ts';
import { agencyFormChoicesQuery, checkAgencyImportMutation } from '#lib/graphql/agency-admin.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch }) => {
  const { data } = await runQuery(fetch, agencyFormChoicesQuery, {});
  return { kinds: data?.agencyKinds ?? [] };
};

const fileProblem = (message: string) => fail(400, { issues: [{ field: ['file'], message }] });

export const actions: Actions = {
  default: async ({ request, fetch }) => {
    const form = await request.formData();
    const file = form.get('file');
    if (!(file instanceof File) || file.size === 0)
      return fileProblem('Choose a CSV file of agencies');
    if (file.size > 2_000_000)
      return fileProblem('The file must be smaller than 2 MB: split it into smaller files');
    const result = await runMutation(fetch, checkAgencyImportMutation, 'checkAgencyImport', {
      input: { fileName: file.name, csv: await file.text() },
    });
    if (result.problem)
      return fail(400, {
        issues: result.problem.issues.map((issue) => ({ ...issue, field: ['file'] })),
      });
    redirect(303, `/admin/agencies/import/${encodeURIComponent(result.data.id)}`);
  },
};
