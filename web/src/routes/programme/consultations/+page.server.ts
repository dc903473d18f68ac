import { runQuery } from '#lib/graphql/client.ts';
import { consultationsQuery } from '#lib/graphql/consultations.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch }) => {
  const { data } = await runQuery(fetch, consultationsQuery, {});
  return { consultations: data?.consultations ?? [] };
};
