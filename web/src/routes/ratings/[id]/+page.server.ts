import { error } from '@sveltejs/kit';
import { runQuery } from '#lib/graphql/client.ts';
import { agencyRatingsQuery, type AgencyRatings } from '#lib/graphql/agency-ratings.ts';
import { isPublic } from '#lib/graphql/published.ts';
import { todayInUk } from '#lib/ratings/age.ts';
import { trendChart } from '#lib/server/charts.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, fetch }) => {
  const { data, problems } = await runQuery(fetch, agencyRatingsQuery, { id: params.id });
  // A malformed id is a link that leads nowhere: the person sees "page not found".
  if (problems.length || !data?.agency) error(404, 'Page not found');
  const ratings = data.agency.victimsRatings;
  return {
    agency: data.agency,
    ratings,
    // Oldest first for the chart; a single rating is a point, which the table says better.
    chart: ratings.length > 1 ? trendChart([...ratings].reverse(), data.commonScale) : null,
    // The query asks only for public statuses; checking again means a change to it can never show a plan in preparation.
    plans: data.actionPlans.flatMap(({ status, ...plan }) =>
      isPublic(status) ? [{ ...plan, status }] : [],
    ),
    recommendations: data.publishedRecommendations.length,
    today: todayInUk(),
  };
};
