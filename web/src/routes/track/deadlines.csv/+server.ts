import { stringify } from 'csv-stringify/sync';
import { londonToday } from '#lib/dates.ts';
import { runQuery } from '#lib/graphql/client.ts';
import {
  deadlineExportQuery,
  deadlineKindNames,
  type Deadline,
  type DeadlineKind,
} from '#lib/graphql/track.ts';
import { deadlineChoicesFrom, variablesFor } from '../deadline-filter.ts';
import type { RequestHandler } from './$types';

/** Up to this many deadlines per file; narrow the filter for more. */
const exportLimit = 20_000;
const batch = 500;

/** A spreadsheet cell that starts like a formula is read as text. */
const cell = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

/** The filtered deadlines as CSV, in the page's order, read from the API 500 at a time. */
export const GET: RequestHandler = async ({ fetch, url }) => {
  const choices = deadlineChoicesFrom(url);
  const rows: Deadline[] = [];
  let total = Infinity;
  while (rows.length < Math.min(total, exportLimit)) {
    const { data } = await runQuery(
      fetch,
      deadlineExportQuery,
      variablesFor(choices, rows.length, batch),
    );
    if (!data) break;
    total = data.deadlinePage.totalCount;
    rows.push(...data.deadlinePage.items);
    if (data.deadlinePage.items.length < batch) break;
  }
  const csv = stringify(
    rows.map((d) => ({
      kind: deadlineKindNames[d.kind as DeadlineKind] ?? d.kind,
      title: cell(d.title),
      owner: cell(d.owner),
      agency: cell(d.agencyName),
      dueOn: d.dueOn ?? '',
      since: d.since,
      overdue: d.overdue ? 'yes' : 'no',
    })),
    { header: true, columns: ['kind', 'title', 'owner', 'agency', 'dueOn', 'since', 'overdue'] },
  );
  return new Response(csv, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="deadlines-${londonToday()}.csv"`,
      'cache-control': 'private, no-store',
    },
  });
};
