import { error } from '@sveltejs/kit';
import { runQuery } from '#lib/graphql/client.ts';
import { forcesBurdenQuery } from '#lib/graphql/burden.ts';
import type { PageServerLoad } from './$types';

/** The inspection burden across the police forces: one query, read with the forces. */
export const load: PageServerLoad = async ({ fetch }) => {
  const found = await runQuery(fetch, forcesBurdenQuery, {});
  if (found.problems.length || !found.data) error(500, 'The inspection burden could not be read');
  return { forces: found.data.agencies.edges.map((edge) => edge.node) };
};
