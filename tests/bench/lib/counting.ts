/**
 * Counts the SQL statements one request costs: the API's own HTTP server, Apollo and schema,
 * run in the bench's process on a Prisma client that counts every statement at the pg driver.
 */
import { createHttpServer } from '@cjji/api/http';
import { requestContext } from '@cjji/api/request-context';
import { publicCache } from '@cjji/api/public-cache';
import { createApolloServer } from '@cjji/api/server';
import { createPrismaClient } from '@cjji/db';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { getHeaders, requestHeaders, type Operation, type OperationName } from './operations.ts';

export interface CountingApi {
  /** The statements the request sent, after two unrecorded runs of it; and its answer. */
  count(
    operation: OperationName,
    body: () => string,
    onCounting?: () => void,
  ): Promise<{ statements: number; answer: string }>;
  /** The same for a GET read, conditional (with the ETag of a first answer) or not. */
  countRead(
    operation: Operation,
    onCounting?: () => void,
  ): Promise<{ statements: number; answer: string }>;
  stop(): Promise<void>;
}

/** `onQuery` sees each statement's text (for `pnpm bench:statements --sql`). */
export async function startCountingApi(
  databaseUrl: string,
  onQuery?: (sql: string) => void,
): Promise<CountingApi> {
  let statements = 0;
  const prisma = createPrismaClient(
    { url: databaseUrl, poolSize: 10 },
    {
      onQuery: (sql) => {
        statements++;
        onQuery?.(sql);
      },
    },
  );
  const apollo = createApolloServer();
  await apollo.start();
  // The same context as the API process: the session in the request's bearer token.
  const http = createHttpServer(apollo, requestContext(prisma), {
    publicCache: publicCache(prisma),
  });
  http.listen(0, '127.0.0.1');
  await once(http, 'listening');
  const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}/graphql`;
  const send = async (operation: OperationName, body: string) => {
    const response = await fetch(url, { method: 'POST', headers: requestHeaders(operation), body });
    return response.text();
  };
  const api: CountingApi = {
    async count(operation, body, onCounting) {
      await send(operation, body());
      await send(operation, body());
      statements = 0;
      onCounting?.();
      const answer = await send(operation, body());
      return { statements, answer };
    },
    async countRead(operation, onCounting) {
      if (!operation.get) return api.count(operation.name, operation.body, onCounting);
      const get = (headers: Record<string, string> = {}) =>
        fetch(`${url}${operation.get}`, { headers: { ...getHeaders, ...headers } });
      const first = await get();
      const etag = first.headers.get('etag') ?? '';
      await first.text();
      await get().then((response) => response.text());
      statements = 0;
      onCounting?.();
      const response = await get(operation.conditional ? { 'if-none-match': etag } : {});
      const answer = await response.text();
      if (operation.conditional && response.status !== 304)
        throw new Error(`${operation.label}: a conditional GET answered ${response.status}.`);
      return { statements, answer: operation.conditional ? '{"data":"304"}' : answer };
    },
    async stop() {
      http.close();
      http.closeAllConnections();
      await apollo.stop();
      await prisma.$disconnect();
    },
  };
  return api;
}
