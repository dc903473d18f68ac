/** The organisations a role can be held in, grouped for the role form. */
import { runQuery } from '#lib/graphql/client.ts';
import { organisationsQuery } from '#lib/graphql/access.ts';

export interface OrganisationChoices {
  inspectorates: Array<{ id: string; name: string }>;
  agencies: Array<{ id: string; name: string }>;
  policingBodies: Array<{ id: string; name: string }>;
  ministers: Array<{ id: string; name: string }>;
}

export async function organisationChoices(
  fetch: typeof globalThis.fetch,
): Promise<OrganisationChoices> {
  const { data } = await runQuery(fetch, organisationsQuery, {});
  const bodies = new Map<string, string>();
  for (const { node } of data!.policingBodies.edges)
    if (node.localPolicingBody) bodies.set(node.localPolicingBody.id, node.localPolicingBody.name);
  return {
    inspectorates: data!.inspectorates,
    agencies: data!.agencies.edges.map((edge) => edge.node),
    policingBodies: [...bodies]
      .map(([id, name]) => ({ id, name }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    ministers: data!.ministers.map((minister) => ({ id: minister.id, name: minister.title })),
  };
}
