import type { RequestHandler } from './$types';
import { error } from '@sveltejs/kit';
import { runQuery } from '#lib/graphql/client.ts';
import { toCsv } from '#lib/server/csv.ts';
import { londonToday } from '#lib/dates.ts';
import { auditEventsQuery, hasRole, type AuditEventRow } from '#lib/graphql/access.ts';
import { auditFilterFrom } from '../audit/audit-filter.ts';
import type { ResultOf } from '@cjji/contract/graphql';

/** Up to this many changes per file; narrow the filter for more. */
const exportLimit = 50_000;

/** The filtered audit trail as CSV, read from the API a thousand changes at a time. */
export const GET: RequestHandler = async ({ fetch, url, locals }) => {
  if (!hasRole(locals.viewer, 'ADMINISTRATOR'))
    error(403, 'Only administrators can export the audit trail.');
  const { filter } = auditFilterFrom(url);
  const rows: AuditEventRow[] = [];
  let after: string | null = null;
  do {
    const { data }: { data: ResultOf<typeof auditEventsQuery> | undefined } = await runQuery(
      fetch,
      auditEventsQuery,
      {
        filter,
        first: 1000,
        after,
      },
    );
    rows.push(...(data?.auditEvents.edges.map((edge) => edge.node) ?? []));
    after = data?.auditEvents.pageInfo.hasNextPage ? data.auditEvents.pageInfo.endCursor : null;
  } while (after && rows.length < exportLimit);
  const csv = toCsv(rows, ['at', 'actor', 'action', 'entityType', 'entityId', 'before', 'after']);
  return new Response(csv, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="audit-trail-${londonToday()}.csv"`,
      'cache-control': 'private, no-store',
    },
  });
};
