/**
 * The `graphql` tag every document of the contract is written with. gql.tada reads the schema's
 * introspection types (graphql-env.d.ts, printed from schema.graphql by `pnpm schema:print`)
 * and infers each document's result and variables in TypeScript: a field the schema does not
 * have is a type error, with no code generation step between the two.
 */
import { initGraphQLTada } from 'gql.tada';
import type { introspection } from '../graphql-env.d.ts';

export const graphql = initGraphQLTada<{
  introspection: introspection;
  // Dates travel as UK calendar days (YYYY-MM-DD) and instants as ISO 8601 strings.
  scalars: { Date: string; DateTime: string };
  // Pages read a fragment's fields directly; masking would make every reader unwrap it.
  disableMasking: true;
}>();

import type { ResultOf } from 'gql.tada';
export type { FragmentOf, ResultOf, VariablesOf, TadaDocumentNode } from 'gql.tada';
export { readFragment } from 'gql.tada';

/** The values of a schema enum, e.g. `EnumOf<'Role'>`. */
export type EnumOf<Name extends keyof introspection['types']> =
  introspection['types'][Name] extends { enumValues: infer Values } ? Values : never;

/** The selection every mutation asks for, so that its errors come back in a form's terms. */
export const mutationErrors = graphql(`
  fragment MutationErrors on Error {
    __typename
    message
    ... on InputError {
      issues {
        field
        message
      }
    }
    ... on ConflictError {
      field
    }
  }
`);

/** What a mutation's success holds: the `data` of the member of its result named `…Success`. */
export type MutationOutcome<Result> =
  Extract<Result, { __typename: `${string}Success` }> extends { data: infer Data } ? Data : never;

/** An error a mutation answers with, as the MutationErrors fragment reads it. */
export type MutationError = ResultOf<typeof mutationErrors>;
