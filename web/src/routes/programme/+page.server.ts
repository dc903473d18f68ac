import { londonToday } from '#lib/dates.ts';
import { runQuery } from '#lib/graphql/client.ts';
import { currentProgrammeQuery } from '#lib/graphql/plan.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch }) => {
  const { data } = await runQuery(fetch, currentProgrammeQuery, {});
  return {
    programme: data?.currentProgramme ?? null,
    today: londonToday(),
  };
};
