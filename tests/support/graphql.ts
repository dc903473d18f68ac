/** Runs GraphQL operations through the real Apollo server and schema against a test database. */
import { createContext } from '@cjji/api/context';
import { createApolloServer } from '@cjji/api/server';
import type { Viewer } from '@cjji/api/viewer';
import type { PrismaClient } from '@cjji/db';
import type { TadaDocumentNode } from '@cjji/contract/graphql';
import { print, type DocumentNode, type GraphQLFormattedError } from 'graphql';

export interface GraphQLResult<Data> {
  data: Data | null | undefined;
  errors: readonly GraphQLFormattedError[] | undefined;
}

/**
 * Runs a document: one of the contract's, whose answer and variables are then typed from it
 * (the operations the web sends), or a string the test writes for itself.
 */
export type Execute = <Data = Record<string, any>, Variables = Record<string, unknown>>(
  query: string | TadaDocumentNode<Data, Variables>,
  // Typed from the document alone, so that a test's variables are checked against it.
  variables?: NoInfer<Variables>,
  /**
   * The public content version the request runs under, as a signed-in request reads it with
   * its session: reference tables are then kept between requests (`kept` in context.ts).
   */
  options?: { contentVersion?: number },
) => Promise<GraphQLResult<Data>>;

/** Acts with every right, as the tests of each area's behaviour need; access has its own tests. */
const testAdministrator: Viewer = {
  userId: null,
  name: 'Test planner',
  email: 'planner@test.invalid',
  sessionId: null,
  roles: [{ role: 'ADMINISTRATOR' }],
};

export async function graphqlAgainst(
  prisma: PrismaClient,
  now: Date = new Date('2026-11-25T12:00:00Z'),
  viewer: Viewer | null = testAdministrator,
): Promise<{ execute: Execute; stop(): Promise<void> }> {
  const server = createApolloServer();
  await server.start();
  const execute: Execute = async (query, variables, options) => {
    const response = await server.executeOperation(
      {
        query: typeof query === 'string' ? query : print(query as unknown as DocumentNode),
        variables: variables as Record<string, unknown> | undefined,
      },
      {
        contextValue: createContext(
          prisma,
          () => now,
          viewer,
          'unknown',
          options?.contentVersion ?? null,
        ),
      },
    );
    if (response.body.kind !== 'single') throw new Error('Expected a single result');
    return response.body.singleResult as GraphQLResult<any>;
  };
  return { execute, stop: () => server.stop() };
}
