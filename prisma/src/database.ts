/**
 * Where the data lives: a real PostgreSQL server when DATABASE_URL is set, otherwise PGlite
 * (PostgreSQL compiled to WebAssembly) persisted in a data folder, reached over the PostgreSQL
 * wire protocol through pglite-socket so that the rest of the code cannot tell the two apart.
 */
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

export interface Database {
  /** A postgres:// connection string for Prisma, pg and the schema engine. */
  readonly url: string;
  readonly kind: 'embedded' | 'server';
  /** How many connections a pool should open: PGlite runs one query at a time anyway. */
  readonly poolSize: number;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** A PostgreSQL server's connection string; when absent the embedded database is used. */
  databaseUrl?: string | undefined;
  /** The embedded database's folder; `:memory:` keeps it in memory (tests). */
  dataDir?: string | undefined;
}

export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<Database> {
  if (options.databaseUrl) {
    return { url: options.databaseUrl, kind: 'server', poolSize: 10, close: async () => {} };
  }
  return openEmbeddedDatabase(options.dataDir ?? 'data');
}

export async function openEmbeddedDatabase(dataDir: string): Promise<Database> {
  const inMemory = dataDir === ':memory:';
  const folder = inMemory ? undefined : resolve(dataDir, 'pglite');
  if (folder) mkdirSync(folder, { recursive: true });
  const db = await PGlite.create(folder ? { dataDir: folder } : {});
  // Port 0: the operating system picks a free loopback port, so two copies never collide.
  // Connections only queue for the one PGlite: room for Prisma's pool and the reminders' queue.
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 16 });
  await server.start();
  return {
    url: `postgresql://postgres:postgres@${server.getServerConn()}/postgres?sslmode=disable`,
    kind: 'embedded',
    poolSize: 4,
    async close() {
      await server.stop();
      await db.close();
    },
  };
}
