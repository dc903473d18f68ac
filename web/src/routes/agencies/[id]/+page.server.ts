import { error } from '@sveltejs/kit';
import { runQuery } from '#lib/graphql/client.ts';
import { agencyRatingsQuery } from '#lib/graphql/agency-ratings.ts';
import { agencyDetailQuery, agencyInspectionsQuery } from '#lib/graphql/agencies.ts';
import { agencyBurdenQuery } from '#lib/graphql/burden.ts';
import { isPublic } from '#lib/graphql/published.ts';
import { londonToday } from '#lib/dates.ts';
import { trendChart } from '#lib/server/charts.ts';
import type { PageServerLoad } from './$types';

/** One page per agency: what it is, who answers for it, its ratings, plans, recommendations and inspections. */
export const load: PageServerLoad = async ({ params, fetch }) => {
  const [detail, ratings, inspections, burden] = await Promise.all([
    runQuery(fetch, agencyDetailQuery, { id: params.id }),
    runQuery(fetch, agencyRatingsQuery, { id: params.id }),
    runQuery(fetch, agencyInspectionsQuery, { id: params.id }),
    runQuery(fetch, agencyBurdenQuery, { id: params.id }),
  ]);
  // A malformed id is a link that leads nowhere: the person sees "page not found".
  if (detail.problems.length || !detail.data?.agency || !ratings.data?.agency)
    error(404, 'Page not found');
  const history = ratings.data.agency.victimsRatings;
  return {
    agency: detail.data.agency,
    ratingsAgency: ratings.data.agency,
    ratings: history,
    withdrawnRatings: ratings.data.agency.withdrawnVictimsRatings,
    // Oldest first for the chart; a single rating is a point, which the table says better.
    chart: history.length > 1 ? trendChart([...history].reverse(), ratings.data.commonScale) : null,
    // The query asks only for public statuses; checking again means a change to it can never show a plan in preparation.
    plans: ratings.data.actionPlans.flatMap(({ status, ...plan }) =>
      isPublic(status) ? [{ ...plan, status }] : [],
    ),
    recommendations: ratings.data.publishedRecommendations.length,
    inspections: inspections.data?.agency?.inspectionsVisiting ?? [],
    // Visits in programmes the viewer may see: published ones only for the public.
    burden: burden.data?.agency?.inspectionBurden ?? null,
    today: londonToday(),
  };
};
