import { runQuery, type UserInputProblem } from '#lib/graphql/client.ts';
import { agencyDirectoryQuery, type AgencyKindCode } from '#lib/graphql/agencies.ts';
import type { PageServerLoad } from './$types';

const pageSize = 50;
const kindCodes: AgencyKindCode[] = [
  'POLICE_FORCE',
  'CPS',
  'CPS_AREA',
  'HMCTS',
  'HMPPS',
  'PROBATION_REGION',
  'PRISON',
  'YOUTH_OFFENDING_TEAM',
];

export const load: PageServerLoad = async ({ url, fetch }) => {
  const chosen = {
    kind: url.searchParams.get('kind') ?? '',
    region: url.searchParams.get('region') ?? '',
    search: url.searchParams.get('search')?.trim() ?? '',
  };
  const problems: UserInputProblem[] = [];
  if (chosen.kind && !kindCodes.includes(chosen.kind as AgencyKindCode)) {
    problems.push({ message: 'Choose a kind of agency from the list', field: ['filter', 'kinds'] });
  }
  const after = url.searchParams.get('after');
  const before = url.searchParams.get('before');
  const filter = {
    // The directory is a record, not a choice for new work: closed agencies stay in it.
    includeClosed: true,
    ...(chosen.kind && !problems.length ? { kinds: [chosen.kind as AgencyKindCode] } : {}),
    ...(chosen.region ? { region: chosen.region } : {}),
    ...(chosen.search ? { search: chosen.search } : {}),
  };
  const paging = before
    ? { last: pageSize, before }
    : { first: pageSize, ...(after ? { after } : {}) };

  let result = await runQuery(fetch, agencyDirectoryQuery, { filter, ...paging });
  if (result.problems.length) {
    // Still show the lists to choose from, and the whole directory, beside the message.
    const fallback = await runQuery(fetch, agencyDirectoryQuery, {
      filter: { includeClosed: true },
      first: pageSize,
    });
    result = { data: fallback.data, problems: result.problems };
  }
  return { chosen, directory: result.data!, problems: [...problems, ...result.problems], pageSize };
};
