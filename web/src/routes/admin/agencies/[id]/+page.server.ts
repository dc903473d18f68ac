import { error, fail, redirect } from '@sveltejs/kit';
import { runMutation, runQuery } from '#lib/graphql/client.ts';
import {
  agencyAdminQuery,
  closeAgencyMutation,
  renameAgencyMutation,
  reopenAgencyMutation,
} from '#lib/graphql/agency-admin.ts';
import { dateIssues, readDate } from '#lib/dates.ts';
import { formProblems, text } from '#lib/forms.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch, params, url }) => {
  const { data } = await runQuery(fetch, agencyAdminQuery, { id: params.id });
  if (!data?.agency) error(404, 'Page not found');
  return {
    agency: data.agency,
    done: url.searchParams.get('done') ?? url.searchParams.get('added'),
  };
};

const done = (id: string, what: string) =>
  redirect(303, `/admin/agencies/${encodeURIComponent(id)}?done=${what}`);

export const actions: Actions = {
  rename: async ({ request, fetch, params }) => {
    const form = await request.formData();
    const renamedOn = readDate(form, 'renamedOn', {
      subject: 'Date of the new name',
      notFuture: true,
    });
    const values = {
      name: text(form, 'name'),
      shortName: text(form, 'shortName'),
      renamedOn: renamedOn.parts,
    };
    const missing = [
      ...dateIssues({ renamedOn }),
      ...(!values.name ? [{ field: ['name'], message: 'Enter the agency’s new name' }] : []),
    ];
    if (missing.length)
      return fail(400, {
        which: 'rename' as const,
        values,
        problems: formProblems(missing, 'name'),
      });
    const result = await runMutation(fetch, renameAgencyMutation, 'renameAgency', {
      input: {
        agencyId: params.id,
        expectedVersion: Number(text(form, 'expectedVersion')),
        name: values.name,
        shortName: values.shortName || null,
        renamedOn: renamedOn.iso,
      },
    });
    if (result.problem)
      return fail(400, {
        which: 'rename' as const,
        values,
        problems: formProblems(result.problem.issues, 'name'),
      });
    done(params.id, 'renamed');
  },
  close: async ({ request, fetch, params }) => {
    const form = await request.formData();
    const closedOn = readDate(form, 'closedOn', {
      subject: 'Date closed',
      enter: 'Enter the last day the agency existed',
      notFuture: true,
    });
    const values = { closedOn: closedOn.parts };
    if (!closedOn.iso)
      return fail(400, {
        which: 'close' as const,
        values,
        problems: formProblems(dateIssues({ closedOn }), 'closedOn'),
      });
    const result = await runMutation(fetch, closeAgencyMutation, 'closeAgency', {
      input: {
        agencyId: params.id,
        expectedVersion: Number(text(form, 'expectedVersion')),
        closedOn: closedOn.iso,
      },
    });
    if (result.problem)
      return fail(400, {
        which: 'close' as const,
        values,
        problems: formProblems(result.problem.issues, 'closedOn'),
      });
    done(params.id, 'closed');
  },
  reopen: async ({ request, fetch, params }) => {
    const form = await request.formData();
    const values = { reason: text(form, 'reason') };
    if (!values.reason)
      return fail(400, {
        which: 'reopen' as const,
        values,
        problems: formProblems(
          [{ field: ['reason'], message: 'Enter why the agency is reopened' }],
          'reason',
        ),
      });
    const result = await runMutation(fetch, reopenAgencyMutation, 'reopenAgency', {
      input: {
        agencyId: params.id,
        expectedVersion: Number(text(form, 'expectedVersion')),
        reason: values.reason,
      },
    });
    if (result.problem)
      return fail(400, {
        which: 'reopen' as const,
        values,
        problems: formProblems(result.problem.issues, 'reason'),
      });
    done(params.id, 'reopened');
  },
};
