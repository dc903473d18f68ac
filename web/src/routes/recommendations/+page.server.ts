import { runQuery } from '#lib/graphql/client.ts';
import {
  publishedRecommendationsQuery,
  recommendationSources,
} from '#lib/graphql/recommendations.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url, fetch }) => {
  const askedAgency = url.searchParams.get('agency') ?? '';
  const askedSource = url.searchParams.get('source') ?? '';
  const source = recommendationSources.find((s) => s === askedSource) ?? null;
  const problems: Array<{ message: string; href: string }> = [];
  if (askedSource && !source)
    problems.push({
      message: 'Choose where the recommendations were made from the list',
      href: '#source',
    });

  let { data, problems: refused } = await runQuery(fetch, publishedRecommendationsQuery, {
    agencyId: askedAgency || null,
    source,
  });
  // An id that is not an agency's: say so, and list every recommendation beside the message.
  if (refused.length)
    ({ data } = await runQuery(fetch, publishedRecommendationsQuery, { agencyId: null, source }));
  const { publishedRecommendations, publishedRecommendationAddressees } = data!;
  const agency = publishedRecommendationAddressees.find((a) => a.id === askedAgency);
  if (askedAgency && !agency)
    problems.unshift({ message: 'Choose an agency from the list', href: '#agency' });

  return {
    recommendations: publishedRecommendations,
    addressees: publishedRecommendationAddressees,
    chosen: { agency: agency?.id ?? '', source },
    agencyName: agency?.name ?? null,
    problems,
  };
};
