import { runQuery } from '#lib/graphql/client.ts';
import { deadlinesQuery, type Deadline } from '#lib/graphql/track.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url, fetch }) => {
  const chosen = {
    owner: url.searchParams.get('owner') ?? '',
    overdueOnly: url.searchParams.get('overdue') === 'yes',
  };
  const filtered = Boolean(chosen.owner || chosen.overdueOnly);
  // One request: the API works the deadlines out once and answers both the owner list and the filtered list.
  const { data } = await runQuery(fetch, deadlinesQuery, {
    owner: chosen.owner || null,
    overdueOnly: chosen.overdueOnly,
  });
  const owners = [...new Set((data?.owners ?? []).map((d) => d.owner))].sort((a, b) =>
    a.localeCompare(b, 'en-GB'),
  );
  // Keep a chosen owner in the list even when nothing of theirs is left, so the form shows what was asked.
  if (chosen.owner && !owners.includes(chosen.owner)) owners.unshift(chosen.owner);
  return { chosen, filtered, owners, deadlines: data?.deadlines ?? [] };
};
