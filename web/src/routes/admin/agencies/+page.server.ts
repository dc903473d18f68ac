import { error } from '@sveltejs/kit';
import { runQuery } from '#lib/graphql/client.ts';
import { agencyAdminListQuery } from '#lib/graphql/agency-admin.ts';
import type { AgencyKindCode } from '#lib/graphql/agencies.ts';
import type { PageServerLoad } from './$types';

const pageSize = 50;

export const load: PageServerLoad = async ({ fetch, url }) => {
  const search = url.searchParams.get('search')?.trim() ?? '';
  const kind = url.searchParams.get('kind') ?? '';
  const after = url.searchParams.get('after');
  const { data, problems } = await runQuery(fetch, agencyAdminListQuery, {
    filter: {
      includeClosed: true,
      ...(search ? { search } : {}),
      ...(kind ? { kinds: [kind as AgencyKindCode] } : {}),
    },
    first: pageSize,
    after,
  });
  if (!data) error(problems.length ? 400 : 503, problems[0]?.message ?? 'Try again later.');
  const next = new URLSearchParams(url.searchParams);
  if (data.agencies.pageInfo.endCursor) next.set('after', data.agencies.pageInfo.endCursor);
  return {
    search,
    kind,
    agencies: data.agencies,
    kinds: data.agencyKinds,
    nextHref: data.agencies.pageInfo.hasNextPage ? `?${next}` : null,
    firstHref: after ? `?${new URLSearchParams({ search, kind })}` : null,
    added: url.searchParams.get('added'),
  };
};
