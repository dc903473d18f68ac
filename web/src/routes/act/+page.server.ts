import { runQuery } from '#lib/graphql/client.ts';
import { actOverviewQuery, type PlanListItem } from '#lib/graphql/act.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch }) => {
  const { data } = await runQuery(fetch, actOverviewQuery, {});
  return {
    plans: data!.actionPlans,
    owedNotStarted: data!.deadlines.filter((d) => d.kind === 'ACTION_PLAN_OWED'),
  };
};
