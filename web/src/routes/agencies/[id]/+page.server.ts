import { error } from '@sveltejs/kit';
import { runQuery } from '#lib/graphql/client.ts';
import { agencyDetailQuery } from '#lib/graphql/agencies.ts';
import { trendChart } from '#lib/server/charts.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, fetch }) => {
  const { data, problems } = await runQuery(fetch, agencyDetailQuery, { id: params.id });
  // A malformed id is a link that leads nowhere: the person sees "page not found".
  if (problems.length || !data?.agency) error(404, 'Page not found');
  const history = [...data.agency.victimsRatings].reverse();
  return {
    agency: data.agency,
    trendChart: history.length > 1 ? trendChart(history, data.commonScale) : null,
  };
};
