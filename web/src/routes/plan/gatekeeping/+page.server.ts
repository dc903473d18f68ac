import { error } from '@sveltejs/kit';
import { runQuery } from '#lib/graphql/client.ts';
import { proposedInspectionsQuery } from '#lib/graphql/gatekeeping.ts';
import type { PageServerLoad } from './$types';

/** Other inspecting bodies' proposed inspections, and the gatekeepers' decisions: one query. */
export const load: PageServerLoad = async ({ fetch, url }) => {
  const undecided = url.searchParams.get('show') === 'undecided';
  const found = await runQuery(fetch, proposedInspectionsQuery, { undecided });
  if (found.problems.length || !found.data) error(404, 'Page not found');
  return {
    proposals: found.data.proposedInspections,
    mayRecord: found.data.viewerCanRecordProposedInspections,
    undecided,
    done: url.searchParams.get('done'),
  };
};
