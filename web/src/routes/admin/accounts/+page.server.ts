import type { PageServerLoad } from './$types';
import { runQuery } from '#lib/graphql/client.ts';
import { accountsQuery } from '#lib/graphql/access.ts';

export const load: PageServerLoad = async ({ fetch }) => {
  const { data } = await runQuery(fetch, accountsQuery, {});
  return { accounts: data!.accounts };
};
