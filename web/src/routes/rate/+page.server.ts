import { runQuery } from '#lib/graphql/client.ts';
import { comparisonQuery, type Comparison } from '#lib/graphql/ratings.ts';
import { distributionChart, regionsChart } from '#lib/server/charts.ts';
import type { PageServerLoad } from './$types';

const sorts = ['NAME', 'GRADE', 'RATED_ON', 'REGION'] as const;

export const load: PageServerLoad = async ({ url, fetch }) => {
  const chosen = {
    kind: url.searchParams.get('kind') || 'POLICE_FORCE',
    regions: url.searchParams.getAll('region').filter(Boolean),
    fell: url.searchParams.get('fell') === 'yes',
    sort: (sorts as readonly string[]).includes(url.searchParams.get('sort') ?? '')
      ? url.searchParams.get('sort')!
      : 'NAME',
  };
  let { data, problems } = await runQuery<Comparison, Record<string, unknown>>(
    fetch,
    comparisonQuery,
    {
      kind: chosen.kind,
      regions: chosen.regions.length ? chosen.regions : null,
      fell: chosen.fell,
      sort: chosen.sort,
    },
  );
  if (problems.length) {
    // Still show the whole comparison beside the message.
    ({ data } = await runQuery<Comparison, Record<string, unknown>>(fetch, comparisonQuery, {
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
