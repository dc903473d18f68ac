import type { PageServerLoad } from './$types';
import { runQuery } from '#lib/graphql/client.ts';
import { accountsQuery, auditEventsQuery } from '#lib/graphql/access.ts';
import { auditFilterFrom } from './audit-filter.ts';

export const load: PageServerLoad = async ({ fetch, url }) => {
  const { values, filter } = auditFilterFrom(url);
  const after = url.searchParams.get('after') || null;
  const [{ data, problems }, people] = await Promise.all([
    runQuery(fetch, auditEventsQuery, { filter, first: 50, after }),
    runQuery(fetch, accountsQuery, {}),
  ]);
  const next = new URL(url);
  if (data?.auditEvents.pageInfo.endCursor)
    next.searchParams.set('after', data.auditEvents.pageInfo.endCursor);
  const exportUrl = new URL(url);
  exportUrl.pathname = '/admin/audit.csv';
  exportUrl.searchParams.delete('after');
  return {
    values,
    problems: [
      ...problems,
      ...(['from', 'until'] as const).flatMap((name) =>
        values[name].problem ? [{ field: [name], message: values[name].problem!.message }] : [],
      ),
    ],
    people: (people.data?.accounts ?? [])
      .map((account) => ({ id: account.id, name: account.name, email: account.email }))
      .sort((a, b) => a.name.localeCompare(b.name, 'en-GB')),
    totalCount: data?.auditEvents.totalCount ?? 0,
    events: data?.auditEvents.edges.map((edge) => edge.node) ?? [],
    nextHref: data?.auditEvents.pageInfo.hasNextPage ? `${next.pathname}${next.search}` : null,
    firstHref: after ? firstPage(url) : null,
    exportHref: `${exportUrl.pathname}${exportUrl.search}`,
  };
};

/** The same filter from its first page: the query string without the cursor or empty boxes. */
function firstPage(url: URL): string {
  const params = new URLSearchParams(
    [...url.searchParams].filter(([name, value]) => name !== 'after' && value.trim()),
  );
  return `${url.pathname}?${params.toString()}`;
}
