import type { PageServerLoad } from './$types';
import { runQuery } from '#lib/graphql/client.ts';
import { auditEventsQuery, type AuditEventRow } from '#lib/graphql/access.ts';
import { auditFilterFrom } from './audit-filter.ts';

export const load: PageServerLoad = async ({ fetch, url }) => {
  const { values, filter } = auditFilterFrom(url);
  const after = url.searchParams.get('after') || null;
  const { data, problems } = await runQuery(fetch, auditEventsQuery, { filter, first: 50, after });
  const next = new URL(url);
  if (data?.auditEvents.pageInfo.endCursor)
    next.searchParams.set('after', data.auditEvents.pageInfo.endCursor);
  const exportUrl = new URL(url);
  exportUrl.pathname = '/admin/audit.csv';
  exportUrl.searchParams.delete('after');
  return {
    values,
    problems,
    totalCount: data?.auditEvents.totalCount ?? 0,
    events: data?.auditEvents.edges.map((edge) => edge.node) ?? [],
    nextHref: data?.auditEvents.pageInfo.hasNextPage ? `${next.pathname}${next.search}` : null,
    firstHref: after
      ? `${url.pathname}?${new URLSearchParams(Object.entries(values).filter(([, v]) => v)).toString()}`
      : null,
    exportHref: `${exportUrl.pathname}${exportUrl.search}`,
  };
};
