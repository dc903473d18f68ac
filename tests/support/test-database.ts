/**
 * A fresh, migrated database with the reference data for one test file: in-memory PGlite
 * or a new database on the test run's PostgreSQL server, depending on the project.
 */
import {
  applyMigrations,
  createPrismaClient,
  loadReferenceData,
  openEmbeddedDatabase,
  type PrismaClient,
} from '@cjji/db';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import './postgres-global-setup.ts';

export interface TestDatabase {
  kind: 'pglite' | 'postgres';
  url: string;
  prisma: PrismaClient;
  /** SQL statements Prisma has sent since the last reset. */
  statements: { count: number; reset(): void };
  close(): Promise<void>;
}

async function createEmptyDatabase(): Promise<{
  url: string;
  poolSize: number;
  drop(): Promise<void>;
}> {
  if (inject('databaseKind') === 'pglite') {
    const database = await openEmbeddedDatabase(':memory:');
    return { url: database.url, poolSize: database.poolSize, drop: () => database.close() };
  }
  const adminUrl = inject('postgresAdminUrl');
  const name = `test_${randomUUID().replaceAll('-', '')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = adminUrl.replace(/\/postgres$/, `/${name}`);
  return {
    url,
    poolSize: 5,
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

export async function createTestDatabase(
  options: { referenceData?: boolean; migrate?: boolean } = {},
): Promise<TestDatabase> {
  const database = await createEmptyDatabase();
  if (options.migrate !== false) await applyMigrations(database.url);
  const counter = {
    count: 0,
    reset() {
      counter.count = 0;
    },
  };
  const prisma = createPrismaClient(database, { onQuery: () => counter.count++ });
  if (options.referenceData !== false && options.migrate !== false) await loadReferenceData(prisma);
  counter.reset();
  return {
    kind: inject('databaseKind'),
    url: database.url,
    prisma,
    statements: counter,
    async close() {
      await prisma.$disconnect();
      await database.drop();
    },
  };
}
