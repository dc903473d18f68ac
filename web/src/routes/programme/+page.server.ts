import { runQuery } from '#lib/graphql/client.ts';
import { currentProgrammeQuery, type PublicProgramme } from '#lib/graphql/plan.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch }) => {
  const { data } = await runQuery(fetch, currentProgrammeQuery, {});
  return {
    programme: data?.currentProgramme ?? null,
    today: new Date().toISOString().slice(0, 10),
  };
};
