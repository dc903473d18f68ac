/**
 * Counts the SQL statements one request costs: the API's own HTTP server, Apollo and schema,
 * run in the bench's process on a Prisma client that counts every statement at the pg driver.
 */
import { createHttpServer } from '@cjji/api/http';
import { requestContext } from '@cjji/api/request-context';
import { createApolloServer } from '@cjji/api/server';
import { createPrismaClient } from '@cjji/db';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { requestHeaders, type OperationName } from './operations.ts';

export interface CountingApi {
  /** The statements the request sent, after two unrecorded runs of it; and its answer. */
  count(
    operation: OperationName,
    body: () => string,
  ): Promise<{ statements: number; answer: string }>;
  stop(): Promise<void>;
}

export async function startCountingApi(databaseUrl: string): Promise<CountingApi> {
  let statements = 0;
  const prisma = createPrismaClient(
    { url: databaseUrl, poolSize: 10 },
    { onQuery: () => statements++ },
  );
  const apollo = createApolloServer();
  await apollo.start();
  // The same context as the API process: the session in the request's bearer token.
  const http = createHttpServer(apollo, requestContext(prisma));
  http.listen(0, '127.0.0.1');
  await once(http, 'listening');
  const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}/graphql`;
  const send = async (operation: OperationName, body: string) => {
    const response = await fetch(url, { method: 'POST', headers: requestHeaders(operation), body });
    return response.text();
  };
  return {
    async count(operation, body) {
      await send(operation, body());
      await send(operation, body());
      statements = 0;
      const answer = await send(operation, body());
      return { statements, answer };
    },
    async stop() {
      http.close();
      http.closeAllConnections();
      await apollo.stop();
      await prisma.$disconnect();
    },
  };
}
