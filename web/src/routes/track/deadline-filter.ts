/** The deadlines page's filter, read from its address so that every view can be linked to. */
import type {
  DeadlineKind,
  DeadlinePageVariables,
  DeadlineSort,
  DeadlineStatus,
} from '#lib/graphql/track.ts';
import { deadlineKindNames } from '#lib/graphql/track.ts';

export const pageSize = 25;

export const statusNames: Record<DeadlineStatus, string> = {
  OVERDUE: 'Overdue',
  DUE: 'Due, not yet overdue',
  WAITING: 'No statutory date',
};

export const sortNames: Record<DeadlineSort, string> = {
  DUE: 'Due soonest',
  LONGEST_WAITING: 'Waiting longest',
  OWNER: 'Owner (A to Z)',
  AGENCY: 'Agency (A to Z)',
};

export interface DeadlineChoices {
  /** 'mine', 'everyone' or empty for the default (mine when the viewer acts for any). */
  whose: '' | 'mine' | 'everyone';
  owner: string;
  kinds: DeadlineKind[];
  statuses: DeadlineStatus[];
  q: string;
  sort: DeadlineSort;
  page: number;
}

const oneOf = <T extends string>(values: readonly T[], value: string | null): value is T =>
  value !== null && (values as readonly string[]).includes(value);

export function deadlineChoicesFrom(url: URL): DeadlineChoices {
  const params = url.searchParams;
  const kinds = params
    .getAll('kind')
    .filter((k): k is DeadlineKind => oneOf(Object.keys(deadlineKindNames) as DeadlineKind[], k));
  const statuses = params
    .getAll('status')
    .filter((s): s is DeadlineStatus => oneOf(Object.keys(statusNames) as DeadlineStatus[], s));
  // The old address for the overdue only.
  if (params.get('overdue') === 'yes' && !statuses.includes('OVERDUE')) statuses.push('OVERDUE');
  const whose = params.get('whose');
  const sort = params.get('sort');
  const page = Number.parseInt(params.get('page') ?? '1', 10);
  return {
    whose: whose === 'mine' || whose === 'everyone' ? whose : '',
    owner: (params.get('owner') ?? '').slice(0, 200),
    kinds,
    statuses,
    q: (params.get('q') ?? '').trim().slice(0, 200),
    sort: oneOf(Object.keys(sortNames) as DeadlineSort[], sort) ? sort : 'DUE',
    page: Number.isFinite(page) && page > 0 ? Math.min(page, 100_000) : 1,
  };
}

export function variablesFor(
  choices: DeadlineChoices,
  offset: number,
  limit: number,
): DeadlinePageVariables {
  return {
    mine: choices.whose === 'everyone' ? false : choices.whose === 'mine' ? true : null,
    owners: choices.owner ? [choices.owner] : null,
    kinds: choices.kinds.length ? choices.kinds : null,
    statuses: choices.statuses.length ? choices.statuses : null,
    search: choices.q || null,
    sort: choices.sort,
    offset,
    limit,
  };
}

/** The address of the same view with some choices changed. */
export function hrefFor(
  base: string,
  choices: DeadlineChoices,
  change: Partial<DeadlineChoices> = {},
): string {
  const next = { ...choices, ...change };
  const params = new URLSearchParams();
  if (next.whose) params.set('whose', next.whose);
  if (next.owner) params.set('owner', next.owner);
  for (const kind of next.kinds) params.append('kind', kind);
  for (const status of next.statuses) params.append('status', status);
  if (next.q) params.set('q', next.q);
  if (next.sort !== 'DUE') params.set('sort', next.sort);
  if (next.page > 1) params.set('page', String(next.page));
  const query = params.toString();
  return query ? `${base}?${query}` : base;
}
