/**
 * Where the data lives: a real PostgreSQL server when DATABASE_URL is set, otherwise PGlite
 * (PostgreSQL compiled to WebAssembly) persisted in a data folder, reached over the PostgreSQL
 * wire protocol through pglite-socket so that the rest of the code cannot tell the two apart.
 *
 * PGlite accepts anyone who reaches its socket as its superuser, so nobody else may reach it:
 * it listens on a Unix socket in a folder only this user may enter, behind a gate on the
 * loopback address that asks for a password made afresh by each process that opens the data
 * (only one can: PGlite allows one at a time), kept in memory and never written down.
 */
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openPasswordGate } from './password-gate.ts';

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

/** Socket folders still open, removed on exit too, for a process that never closes its database. */
const socketDirs = new Set<string>();
let removingOnExit = false;
function removeOnExit(dir: string) {
  socketDirs.add(dir);
  if (removingOnExit) return;
  removingOnExit = true;
  process.once('exit', () => {
    for (const each of socketDirs) rmSync(each, { recursive: true, force: true });
  });
}

export async function openEmbeddedDatabase(dataDir: string): Promise<Database> {
  const inMemory = dataDir === ':memory:';
  const folder = inMemory ? undefined : resolve(dataDir, 'pglite');
  if (folder) mkdirSync(folder, { recursive: true });
  const db = await PGlite.create(folder ? { dataDir: folder } : {});
  // mkdtemp makes the folder 0700: other users cannot reach the socket inside it.
  const socketDir = mkdtempSync(join(tmpdir(), 'cjji-pglite-'));
  removeOnExit(socketDir);
  // Connections only queue for the one PGlite: room for Prisma's pool and the reminders' queue.
  const server = new PGLiteSocketServer({
    db,
    path: join(socketDir, '.s.PGSQL.5432'),
    maxConnections: 16,
  });
  await server.start();
  const password = randomBytes(32).toString('base64url');
  // Port 0: the operating system picks a free loopback port, so two copies never collide.
  const gate = await openPasswordGate({ upstreamPath: server.getServerConn(), password });
  return {
    url: `postgresql://postgres:${password}@${gate.address}/postgres?sslmode=disable`,
    kind: 'embedded',
    poolSize: 4,
    async close() {
      await gate.close();
      await server.stop();
      await db.close();
      rmSync(socketDir, { recursive: true, force: true });
      socketDirs.delete(socketDir);
    },
  };
}
