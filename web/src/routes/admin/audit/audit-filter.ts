import { ukDayStartsAt } from '#lib/uk-calendar.ts';

/** The audit trail's filters, read from the page's query string and passed to the API as they are. */
export interface AuditFilterValues {
  entityType: string;
  entityId: string;
  action: string;
  from: string;
  until: string;
}

export function auditFilterFrom(url: URL): {
  values: AuditFilterValues;
  filter: Record<string, string>;
} {
  const values = {
    entityType: url.searchParams.get('entityType')?.trim() ?? '',
    entityId: url.searchParams.get('entityId')?.trim() ?? '',
    action: url.searchParams.get('action')?.trim() ?? '',
    from: url.searchParams.get('from')?.trim() ?? '',
    until: url.searchParams.get('until')?.trim() ?? '',
  };
  const filter: Record<string, string> = {};
  if (values.entityType) filter.entityType = values.entityType;
  if (values.entityId) filter.entityId = values.entityId;
  if (values.action) filter.action = values.action;
  // Days are UK calendar days: "from 1 July" starts at 00:00 BST, which is 23:00 UTC on 30 June.
  const from = ukDayStartsAt(values.from);
  const until = ukDayStartsAt(values.until, 1);
  if (from) filter.from = from;
  if (until) filter.until = until;
  return { values, filter };
}
