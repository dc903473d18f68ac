/** The API's real HTTP front on a free port, over a test database, as a client reaches it. */
import { createHttpServer } from '@cjji/api/http';
import { requestContext } from '@cjji/api/request-context';
import { createApolloServer } from '@cjji/api/server';
import { publicCache } from '@cjji/api/public-cache';
import type { PrismaClient } from '@cjji/db';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';

export async function startHttpApi(
  prisma: PrismaClient,
  now?: () => Date,
): Promise<{ base: string; close(): Promise<void> }> {
  const apollo = createApolloServer();
  await apollo.start();
  const server = createHttpServer(apollo, requestContext(prisma, now), {
    publicCache: publicCache(prisma),
    now,
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async close() {
      server.close();
      await apollo.stop();
    },
  };
}
