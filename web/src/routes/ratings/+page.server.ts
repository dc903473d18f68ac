import { runQuery } from '#lib/graphql/client.ts';
import { kindNoun, publicRatingsQuery } from '#lib/graphql/agency-ratings.ts';
import { londonToday } from '#lib/dates.ts';
import { distributionChart } from '#lib/server/charts.ts';
import type { EnumOf } from '@cjji/contract/graphql';
import type { PageServerLoad } from './$types';

const defaultKind = 'POLICE_FORCE' satisfies EnumOf<'AgencyKindCode'>;

export const load: PageServerLoad = async ({ url, fetch }) => {
  // The API refuses a kind it does not know, as a problem this page shows.
  const asked = (url.searchParams.get('kind') || defaultKind) as EnumOf<'AgencyKindCode'>;
  let { data, problems } = await runQuery(fetch, publicRatingsQuery, { kind: asked });
  // A kind that does not exist: say so, and show police forces beside the message.
  if (problems.length)
    ({ data } = await runQuery(fetch, publicRatingsQuery, {
      kind: defaultKind,
    }));
  const { ratingComparison, agencyKinds } = data!;
  const kind = problems.length ? defaultKind : asked;
  const chosenKind = agencyKinds.find((k) => k.code === kind);
  const noun = chosenKind ? kindNoun(chosenKind) : 'agencies';
  return {
    kinds: agencyKinds,
    chosen: { kind },
    problems: problems.length
      ? [{ message: 'Choose a kind of agency from the list', href: '#kind' }]
      : [],
    noun,
    kindName: chosenKind?.pluralName ?? 'Agencies',
    rows: ratingComparison.rows,
    distribution: ratingComparison.distribution,
    chart: distributionChart(ratingComparison.distribution, noun),
    today: londonToday(),
  };
};
