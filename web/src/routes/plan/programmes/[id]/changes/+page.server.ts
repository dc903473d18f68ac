import { error } from '@sveltejs/kit';
import { runQuery } from '#lib/graphql/client.ts';
import { programmeChangesQuery } from '#lib/graphql/review.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, fetch }) => {
  const { data, problems } = await runQuery(fetch, programmeChangesQuery, { id: params.id });
  if (problems.length || !data?.programme) error(404, 'Page not found');
  return { programme: data.programme };
};
