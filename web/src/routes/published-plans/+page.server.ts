import { runQuery } from '#lib/graphql/client.ts';
import { isPublic, publishedPlansQuery } from '#lib/graphql/published.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url, fetch }) => {
  const { data } = await runQuery(fetch, publishedPlansQuery, {});
  const { actionPlans, agencyKinds } = data!;
  const asked = url.searchParams.get('kind') ?? '';
  const kind = agencyKinds.find((k) => k.code === asked);
  const problems =
    asked && !kind ? [{ message: 'Choose a kind of agency from the list', href: '#kind' }] : [];
  // The query asks only for public statuses; checking again means a change to it can never show a plan in preparation.
  const plans = actionPlans
    .flatMap(({ status, ...plan }) =>
      isPublic(status) && (!kind || plan.agency.kind.code === kind.code)
        ? [{ ...plan, status }]
        : [],
    )
    .sort(
      (a, b) =>
        (b.laidOn ?? '').localeCompare(a.laidOn ?? '') ||
        a.agency.name.localeCompare(b.agency.name) ||
        a.title.localeCompare(b.title),
    );
  return {
    plans,
    kinds: agencyKinds,
    chosen: { kind: kind?.code ?? '' },
    noun: kind ? kind.pluralName.toLowerCase() : null,
    problems,
  };
};
