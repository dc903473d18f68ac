/** The audit trail's filters, read from the page's query string and passed to the API as they are. */
export interface AuditFilterValues {
  entityType: string;
  entityId: string;
  action: string;
  /** The global id of the account whose changes to show. */
  person: string;
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
    person: url.searchParams.get('person')?.trim() ?? '',
    from: url.searchParams.get('from')?.trim() ?? '',
    until: url.searchParams.get('until')?.trim() ?? '',
  };
  const filter: Record<string, string> = {};
  if (values.entityType) filter.entityType = values.entityType;
  if (values.entityId) filter.entityId = values.entityId;
  if (values.action) filter.action = values.action;
  if (values.person) filter.actorAccountId = values.person;
  // Whole days in UK terms are close enough for browsing; the export carries exact times.
  if (/^\d{4}-\d{2}-\d{2}$/.test(values.from)) filter.from = `${values.from}T00:00:00Z`;
  if (/^\d{4}-\d{2}-\d{2}$/.test(values.until))
    filter.until = new Date(Date.parse(`${values.until}T00:00:00Z`) + 86_400_000).toISOString();
  return { values, filter };
}
