import { error } from '@sveltejs/kit';
import { runQuery } from '#lib/graphql/client.ts';
import { publicConsultationQuery, type PublicConsultation } from '#lib/graphql/consultations.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, fetch }) => {
  const { data, problems } = await runQuery<{ consultation: PublicConsultation }, { id: string }>(
    fetch,
    publicConsultationQuery,
    { id: params.id },
  );
  if (problems.length || !data?.consultation) error(404, 'Page not found');
  return { consultation: data.consultation };
};
