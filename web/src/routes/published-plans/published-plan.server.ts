/** One plan for the public pages. A plan not yet public answers exactly as an unknown id does. */
import { error } from '@sveltejs/kit';
import { runQuery } from '#lib/graphql/client.ts';
import { isPublic, publishedPlanQuery, type PublicPlan } from '#lib/graphql/published.ts';

export async function loadPublishedPlan(
  fetch: typeof globalThis.fetch,
  id: string,
): Promise<PublicPlan> {
  const { data, problems } = await runQuery(fetch, publishedPlanQuery, { id });
  // A malformed id, an unknown one and a plan still in preparation all look the same from outside.
  const plan = data?.actionPlan;
  if (problems.length || !plan || !isPublic(plan.status)) error(404, 'Page not found');
  return { ...plan, status: plan.status };
}
