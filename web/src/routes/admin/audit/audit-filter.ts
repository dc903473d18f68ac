/** The audit trail's filters, read from the page's query string and passed to the API as they are. */
import { readDate, type DateAnswer } from '#lib/dates.ts';
import { ukDayStartsAt } from '#lib/uk-calendar.ts';

export interface AuditFilterValues {
  entityType: string;
  entityId: string;
  action: string;
  /** The global id of the account whose changes to show. */
  person: string;
  /** The days as typed into the date inputs (from-day, from-month, from-year), or `from=YYYY-MM-DD`. */
  from: DateAnswer;
  until: DateAnswer;
}

function dateFrom(url: URL, name: string, subject: string): DateAnswer {
  const iso = url.searchParams.get(name)?.trim() ?? '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso) && !url.searchParams.has(`${name}-day`)) {
    const [year, month, day] = iso.split('-');
    return readDate(
      new Map([
        [`${name}-day`, day],
        [`${name}-month`, month],
        [`${name}-year`, year],
      ]),
      name,
      { subject },
    );
  }
  return readDate(url.searchParams, name, { subject });
}

export function auditFilterFrom(url: URL): {
  values: AuditFilterValues;
  filter: Record<string, string>;
} {
  const values = {
    entityType: url.searchParams.get('entityType')?.trim() ?? '',
    entityId: url.searchParams.get('entityId')?.trim() ?? '',
    action: url.searchParams.get('action')?.trim() ?? '',
    person: url.searchParams.get('person')?.trim() ?? '',
    from: dateFrom(url, 'from', 'From date'),
    until: dateFrom(url, 'until', 'Until date'),
  };
  const filter: Record<string, string> = {};
  if (values.entityType) filter.entityType = values.entityType;
  if (values.entityId) filter.entityId = values.entityId;
  if (values.action) filter.action = values.action;
  if (values.person) filter.actorAccountId = values.person;
  // Days are UK calendar days: "from 1 July" starts at 00:00 BST, which is 23:00 UTC on 30 June.
  const from = values.from.iso && ukDayStartsAt(values.from.iso);
  const until = values.until.iso && ukDayStartsAt(values.until.iso, 1);
  if (from) filter.from = from;
  if (until) filter.until = until;
  return { values, filter };
}
