import { error } from '@sveltejs/kit';
import { runQuery } from '#lib/graphql/client.ts';
import { publicConsultationQuery } from '#lib/graphql/consultations.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, fetch }) => {
  const { data, problems } = await runQuery(fetch, publicConsultationQuery, { id: params.id });
  if (problems.length || !data?.consultation) error(404, 'Page not found');
  return { consultation: data.consultation };
};
