import { error, fail, redirect } from '@sveltejs/kit';
import { runMutation, runQuery } from '#lib/graphql/client.ts';
import { addAgencyMutation, agencyFormChoicesQuery } from '#lib/graphql/agency-admin.ts';
import type { AgencyKindCode } from '#lib/graphql/agencies.ts';
import { choice, formProblems, text } from '#lib/forms.ts';
import type { Actions, PageServerLoad } from './$types';

type Country = 'ENGLAND' | 'WALES' | 'ENGLAND_AND_WALES';

export const load: PageServerLoad = async ({ fetch }) => {
  const { data } = await runQuery(fetch, agencyFormChoicesQuery, {});
  if (!data) error(503, 'Try again later.');
  return { kinds: data.agencyKinds, parents: data.agencies.edges.map((edge) => edge.node) };
};

export const actions: Actions = {
  default: async ({ request, fetch }) => {
    const form = await request.formData();
    const values = {
      name: text(form, 'name'),
      shortName: text(form, 'shortName'),
      kindCode: text(form, 'kindCode'),
      country: text(form, 'country'),
      region: text(form, 'region'),
      parentId: text(form, 'parentId'),
      notes: text(form, 'notes'),
    };
    // What the API's types cannot say: a choice left unmade. Said with its other problems.
    const unchosen = [
      ...(!values.name ? [{ field: ['name'], message: 'Enter the agency’s name' }] : []),
      ...(!values.kindCode ? [{ field: ['kindCode'], message: 'Choose the kind of agency' }] : []),
      ...(!values.country
        ? [{ field: ['country'], message: 'Choose the country it works in' }]
        : []),
    ];
    if (unchosen.length) return fail(400, { values, problems: formProblems(unchosen, 'name') });
    const result = await runMutation(fetch, addAgencyMutation, 'addAgency', {
      input: {
        name: values.name,
        shortName: values.shortName || null,
        kindCode: choice<AgencyKindCode>(form, 'kindCode'),
        country: choice<Country>(form, 'country'),
        region: values.region || null,
        parentId: values.parentId || null,
        notes: values.notes || null,
      },
    });
    if (result.problem)
      return fail(400, { values, problems: formProblems(result.problem.issues, 'name') });
    redirect(303, `/admin/agencies/${encodeURIComponent(result.data.id)}?added=1`);
  },
};
