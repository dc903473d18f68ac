/** The plans list's choices, read from the address, as the API's variables. */
import type { ActionPlanStatus } from '#lib/graphql/act.ts';
import type { ActionPlanParty, ActionPlanSort } from '#lib/graphql/act-list.ts';

export interface PlanChoices {
  statuses: ActionPlanStatus[];
  agency: string;
  waitingOn: string;
  search: string;
  sort: string;
  page: number;
}

export function planChoicesFrom(url: URL): PlanChoices {
  const page = Number(url.searchParams.get('page') ?? '1');
  return {
    statuses: url.searchParams.getAll('status') as ActionPlanStatus[],
    agency: url.searchParams.get('agency') ?? '',
    waitingOn: url.searchParams.get('waitingOn') ?? '',
    search: url.searchParams.get('search')?.trim() ?? '',
    sort: url.searchParams.get('sort') ?? 'UPDATED',
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

export function planVariables(choices: PlanChoices, page: number, pageSize: number) {
  return {
    filter: {
      ...(choices.statuses.length ? { statuses: choices.statuses } : {}),
      ...(choices.agency ? { agencyId: choices.agency } : {}),
      ...(choices.waitingOn ? { waitingOn: choices.waitingOn as ActionPlanParty } : {}),
      ...(choices.search ? { search: choices.search } : {}),
    },
    sort: choices.sort as ActionPlanSort,
    page,
    pageSize,
  };
}

/** The address of the list with some choices changed, keeping the rest. */
export function planListHref(choices: PlanChoices, change: Partial<PlanChoices>): string {
  const next = { ...choices, ...change };
  const params = new URLSearchParams();
  for (const status of next.statuses) params.append('status', status);
  if (next.agency) params.set('agency', next.agency);
  if (next.waitingOn) params.set('waitingOn', next.waitingOn);
  if (next.search) params.set('search', next.search);
  if (next.sort !== 'UPDATED') params.set('sort', next.sort);
  if (next.page > 1) params.set('page', String(next.page));
  const query = params.toString();
  return query ? `?${query}` : '?';
}
