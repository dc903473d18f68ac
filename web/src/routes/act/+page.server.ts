import { error } from '@sveltejs/kit';
import { runQuery } from '#lib/graphql/client.ts';
import { actOverviewQuery } from '#lib/graphql/act.ts';
import { planListChoicesQuery, planListQuery } from '#lib/graphql/act-list.ts';
import { planChoicesFrom, planListHref, planVariables } from './plan-filter.ts';
import type { PageServerLoad } from './$types';

const pageSize = 25;

export const load: PageServerLoad = async ({ fetch, url }) => {
  const choices = planChoicesFrom(url);
  const [overview, list, agencies] = await Promise.all([
    runQuery(fetch, actOverviewQuery, {}),
    runQuery(fetch, planListQuery, planVariables(choices, choices.page, pageSize)),
    runQuery(fetch, planListChoicesQuery, {}),
  ]);
  if (!overview.data || !agencies.data) error(503, 'Try again later.');
  // "Start a plan" only for the agencies the API says the signed-in person may start one for.
  const mayOpen = new Set(
    overview.data.agenciesOwingActionPlans
      .filter((a) => a.viewerCan.openActionPlan)
      .map((a) => a.id),
  );
  const page = list.data?.actionPlanPage;
  const lastPage = page ? Math.max(1, Math.ceil(page.totalCount / pageSize)) : 1;
  return {
    choices,
    problems: list.problems,
    page,
    agencies: agencies.data.agencies.edges.map((edge) => edge.node),
    previousHref: choices.page > 1 ? planListHref(choices, { page: choices.page - 1 }) : null,
    nextHref: choices.page < lastPage ? planListHref(choices, { page: choices.page + 1 }) : null,
    lastPage,
    csvHref: `/act/plans.csv${planListHref(choices, { page: 1 }).replace(/^\?$/, '')}`,
    owedNotStarted: overview.data.owed.items.map((d) => ({
      ...d,
      mayOpen: mayOpen.has(d.subjectId),
    })),
    owedCount: overview.data.owed.totalCount,
  };
};
