import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/client/client.ts';
import type { Database } from './database.ts';

export interface ClientOptions {
  /** Called for every SQL statement Prisma sends: used to count statements per operation. */
  onQuery?: (sql: string) => void;
}

export function createPrismaClient(database: Pick<Database, 'url' | 'poolSize'>, options: ClientOptions = {}): PrismaClient {
  const adapter = new PrismaPg({ connectionString: database.url, max: database.poolSize });
  if (!options.onQuery) return new PrismaClient({ adapter });
  const client = new PrismaClient({ adapter, log: [{ emit: 'event', level: 'query' }] });
  client.$on('query', (event) => options.onQuery!(event.query));
  return client as unknown as PrismaClient;
}
