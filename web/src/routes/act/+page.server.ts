import { runQuery } from '#lib/graphql/client.ts';
import { actOverviewQuery } from '#lib/graphql/act.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch }) => {
  const { data } = await runQuery(fetch, actOverviewQuery, {});
  // "Start a plan" only for the agencies the API says the signed-in person may start one for.
  const mayOpen = new Set(
    data!.agenciesOwingActionPlans.filter((a) => a.viewerCan.openActionPlan).map((a) => a.id),
  );
  return {
    plans: data!.actionPlans,
    owedNotStarted: data!.deadlines
      .filter((d) => d.kind === 'ACTION_PLAN_OWED')
      .map((d) => ({ ...d, mayOpen: mayOpen.has(d.subjectId) })),
  };
};
