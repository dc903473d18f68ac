import { runQuery } from '#lib/graphql/client.ts';
import { deadlinePageQuery } from '#lib/graphql/track.ts';
import type { PageServerLoad } from './$types';
import { deadlineChoicesFrom, pageSize, variablesFor } from './deadline-filter.ts';

export const load: PageServerLoad = async ({ url, fetch }) => {
  const chosen = deadlineChoicesFrom(url);
  const filtered = Boolean(
    chosen.owner || chosen.kinds.length || chosen.statuses.length || chosen.q,
  );
  // One request: the page of deadlines, its counts and owners, and the plans to lay and publish.
  const { data, problems } = await runQuery(
    fetch,
    deadlinePageQuery,
    variablesFor(chosen, (chosen.page - 1) * pageSize, pageSize),
  );
  const page = data?.deadlinePage ?? {
    totalCount: 0,
    overdueCount: 0,
    mine: false,
    ownerCount: 0,
    owners: [],
    items: [],
  };
  const owners = [...page.owners];
  // Keep a chosen owner in the list even when nothing of theirs is left, so the form shows what was asked.
  if (chosen.owner && !owners.some((o) => o.id === chosen.owner))
    owners.unshift({ id: chosen.owner, name: 'The owner you chose', count: 0 });
  return {
    chosen,
    filtered,
    page,
    owners,
    pageSize,
    problem: problems?.[0]?.message ?? null,
    toLay: data?.toLay.items ?? [],
    toPublish: data?.toPublish.items ?? [],
  };
};
