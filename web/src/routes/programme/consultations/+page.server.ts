import { runQuery } from '#lib/graphql/client.ts';
import { consultationsQuery } from '#lib/graphql/consultations.ts';
import type { ProgrammeStatus } from '#lib/graphql/plan.ts';
import type { PageServerLoad } from './$types';

interface Listed {
  id: string;
  status: 'OPEN' | 'CLOSED';
  opensOn: string;
  closesOn: string;
  programmeTitle: string;
  programmeStatus: ProgrammeStatus;
  publicResponseCount: number;
}

export const load: PageServerLoad = async ({ fetch }) => {
  const { data } = await runQuery<{ consultations: Listed[] }, Record<string, never>>(
    fetch,
    consultationsQuery,
    {},
  );
  return { consultations: data?.consultations ?? [] };
};
