import { error, fail, redirect } from '@sveltejs/kit';
import { runMutation, runQuery } from '#lib/graphql/client.ts';
import {
  acceptAgencyImportMutation,
  agencyImportQuery,
  discardAgencyImportMutation,
} from '#lib/graphql/agency-admin.ts';
import { text } from '#lib/forms.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, fetch }) => {
  const { data } = await runQuery(fetch, agencyImportQuery, { id: params.id });
  if (!data?.agencyImport) error(404, 'Page not found');
  return { report: data.agencyImport };
};

const back = (id: string) => redirect(303, `/admin/agencies/import/${encodeURIComponent(id)}`);
const version = (form: FormData) => Number(text(form, 'expectedVersion'));

export const actions: Actions = {
  accept: async ({ request, fetch, params }) => {
    const form = await request.formData();
    const result = await runMutation(fetch, acceptAgencyImportMutation, 'acceptAgencyImport', {
      input: { importId: params.id, expectedVersion: version(form) },
    });
    if (result.problem) return fail(400, { problem: result.problem.message });
    back(params.id);
  },
  discard: async ({ request, fetch, params }) => {
    const form = await request.formData();
    const result = await runMutation(fetch, discardAgencyImportMutation, 'discardAgencyImport', {
      input: { importId: params.id, expectedVersion: version(form) },
    });
    if (result.problem) return fail(400, { problem: result.problem.message });
    back(params.id);
  },
};
