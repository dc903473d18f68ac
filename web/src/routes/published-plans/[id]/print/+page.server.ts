import { loadPublishedPlan } from '../../published-plan.server.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, fetch }) => ({
  plan: await loadPublishedPlan(fetch, params.id),
});
