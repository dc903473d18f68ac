import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from '../generated/client/client.ts';
import type { Database } from './database.ts';

export interface ClientOptions {
  /**
   * Called for every SQL statement sent to the database, counted at the driver (pg) rather
   * than from Prisma's log, so that BEGIN and COMMIT count too: used to count statements per
   * operation.
   */
  onQuery?: (sql: string) => void;
}

export function createPrismaClient(
  database: Pick<Database, 'url' | 'poolSize'>,
  options: ClientOptions = {},
): PrismaClient {
  if (!options.onQuery)
    return new PrismaClient({
      adapter: new PrismaPg({ connectionString: database.url, max: database.poolSize }),
    });
  const onQuery = options.onQuery;
  const pool = new pg.Pool({ connectionString: database.url, max: database.poolSize });
  // Every statement, pooled or in a transaction, goes through one of the pool's clients.
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    client.query = ((...args: unknown[]) => {
      const first = args[0];
      onQuery(
        typeof first === 'string'
          ? first
          : String((first as { text?: string } | undefined)?.text ?? ''),
      );
      return query(...args);
    }) as typeof client.query;
  });
  return new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
}
