import { runQuery } from '#lib/graphql/client.ts';
import { comparisonQuery } from '#lib/graphql/ratings.ts';
import { distributionChart, regionsChart } from '#lib/server/charts.ts';
import type { EnumOf } from '@cjji/contract/graphql';
import type { PageServerLoad } from './$types';

const sorts = [
  'NAME',
  'GRADE',
  'RATED_ON',
  'REGION',
] as const satisfies EnumOf<'RatingComparisonSort'>[];
const isSort = (value: string | null) => (sorts as readonly (string | null)[]).includes(value);

export const load: PageServerLoad = async ({ url, fetch }) => {
  const chosen = {
    // The API refuses a kind it does not know, as a problem this page shows.
    kind: (url.searchParams.get('kind') || 'POLICE_FORCE') as EnumOf<'AgencyKindCode'>,
    regions: url.searchParams.getAll('region').filter(Boolean),
    fell: url.searchParams.get('fell') === 'yes',
    sort: isSort(url.searchParams.get('sort'))
      ? (url.searchParams.get('sort') as (typeof sorts)[number])
      : 'NAME',
  };
  let { data, problems } = await runQuery(fetch, comparisonQuery, {
    kind: chosen.kind,
    regions: chosen.regions.length ? chosen.regions : null,
    fell: chosen.fell,
    sort: chosen.sort,
  });
  if (problems.length) {
    // Still show the whole comparison beside the message.
    ({ data } = await runQuery(fetch, comparisonQuery, {
      kind: 'POLICE_FORCE',
    }));
  }
  const comparison = data!;
  const noun =
    comparison.agencyKinds.find((k) => k.code === chosen.kind)?.pluralName.toLowerCase() ??
    'agencies';
  return {
    chosen,
    problems,
    comparison,
    noun,
    charts: {
      distribution: distributionChart(comparison.ratingComparison.distribution, noun),
      regions: regionsChart(comparison.ratingComparison.regions),
    },
  };
};
