import { runQuery } from '#lib/graphql/client.ts';
import { actOverviewQuery, type PlanListItem } from '#lib/graphql/act.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch }) => {
  const { data } = await runQuery<
    {
      actionPlans: PlanListItem[];
      deadlines: Array<{ kind: string; agencyName: string; since: string; subjectId: string }>;
    },
    Record<string, never>
  >(fetch, actOverviewQuery, {});
  return {
    plans: data!.actionPlans,
    owedNotStarted: data!.deadlines.filter((d) => d.kind === 'ACTION_PLAN_OWED'),
  };
};
