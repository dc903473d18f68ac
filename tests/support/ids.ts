/** Global ids of reference rows, looked up the way a client would: through the API. */
import type { Execute } from './graphql.ts';

export async function referenceIds(execute: Execute) {
  const { data } = await execute(`{
    inspectorates { id shortName }
    ministers { id title }
    agencies(first: 200) { edges { node { id name } } }
  }`);
  const inspectorate = Object.fromEntries(
    data!.inspectorates.map((i: any) => [i.shortName, i.id]),
  ) as Record<string, string>;
  const minister = Object.fromEntries(data!.ministers.map((m: any) => [m.title, m.id])) as Record<
    string,
    string
  >;
  const agency = Object.fromEntries(
    data!.agencies.edges.map((e: any) => [e.node.name, e.node.id]),
  ) as Record<string, string>;
  return { inspectorate, minister, agency };
}
