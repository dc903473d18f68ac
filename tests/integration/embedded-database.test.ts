/** The embedded default: data written before a restart is there after it. */
import {
  applyMigrations,
  createPrismaClient,
  loadReferenceData,
  openEmbeddedDatabase,
} from '@cjji/db';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';

const dataDir = mkdtempSync(join(tmpdir(), 'cjji-data-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function start() {
  const database = await openEmbeddedDatabase(dataDir);
  const applied = await applyMigrations(database.url);
  const prisma = createPrismaClient(database);
  const { loaded } = await loadReferenceData(prisma);
  return {
    database,
    prisma,
    applied,
    loaded,
    async stop() {
      await prisma.$disconnect();
      await database.close();
    },
  };
}

describe('the embedded database in a data folder', () => {
  it('keeps data written before a restart, and neither migrates nor reloads again', async () => {
    const first = await start();
    expect(first.applied.length).toBeGreaterThan(0);
    expect(first.loaded).toContain('police-forces.csv');
    await first.prisma.agency.create({
      data: { name: 'HMP Example', kindCode: 'PRISON', country: 'ENGLAND' },
    });
    await first.stop();

    const second = await start();
    expect(second.applied).toEqual([]);
    expect(second.loaded).toEqual([]);
    expect(
      await second.prisma.agency.findUnique({
        where: { name: 'HMP Example' },
        select: { kindCode: true },
      }),
    ).toEqual({ kindCode: 'PRISON' });
    expect(await second.prisma.agency.count({ where: { kindCode: 'POLICE_FORCE' } })).toBe(43);
    await second.stop();
  });
});

describe('the embedded database shared by several connections', () => {
  // Prisma's pool and the reminders' queue each hold connections to the one PGlite session.
  // Unpatched, pglite-socket interleaved their Parse/Bind messages whenever several waited at
  // once (as they do behind a transaction), so that one bound another's statement
  // (electric-sql/pglite#1046); patches/ keeps each batch together.
  it('answers each connection its own query, also when they queue behind a transaction', async () => {
    const database = await openEmbeddedDatabase(':memory:');
    const clients = await Promise.all(
      [0, 1, 2, 3].map(async () => {
        const client = new pg.Client({ connectionString: database.url });
        await client.connect();
        return client;
      }),
    );
    const [holder, ...others] = clients;
    try {
      for (let round = 0; round < 5; round++) {
        await holder!.query('BEGIN');
        await holder!.query('SELECT 1');
        // Each asks for the sum of 1..n with n parameters: a statement bound to another's parameters fails or answers wrongly.
        const sums = others.map((client, index) => {
          const n = index + 1;
          const parameters = Array.from({ length: n }, (_, k) => k + 1);
          return client
            .query(`SELECT ${parameters.map((k) => `$${k}::int`).join(' + ')} AS total`, parameters)
            .then((result) => result.rows[0]?.total);
        });
        await holder!.query('COMMIT');
        expect(await Promise.all(sums)).toEqual([1, 3, 6]);
      }
    } finally {
      for (const client of clients) await client.end();
      await database.close();
    }
  });
});

describe('the embedded database’s socket', () => {
  // PGlite itself would accept anyone as its superuser: the gate in front asks for a password
  // made by the process that opened the data, and listens on the loopback address only.
  it('listens on the loopback address and refuses a wrong or missing password', async () => {
    const database = await openEmbeddedDatabase(':memory:');
    try {
      const url = new URL(database.url);
      expect(url.hostname).toBe('127.0.0.1');
      expect(url.password.length).toBeGreaterThanOrEqual(40);
      const attempt = async (password: string | undefined) => {
        const client = new pg.Client({
          host: url.hostname,
          port: Number(url.port),
          user: 'postgres',
          database: 'postgres',
          ...(password === undefined ? {} : { password }),
        });
        try {
          await client.connect();
          return (await client.query('SELECT current_user AS who')).rows[0]?.who;
        } catch (error) {
          return (error as { code?: string }).code ?? String(error);
        } finally {
          await client.end().catch(() => {});
        }
      };
      expect(await attempt('postgres')).toBe('28P01');
      expect(await attempt(`${url.password}x`)).toBe('28P01');
      expect(await attempt('')).not.toBe('postgres');
      expect(await attempt(decodeURIComponent(url.password))).toBe('postgres');
    } finally {
      await database.close();
    }
  });

  it('makes a new password each time the data is opened', async () => {
    const first = await openEmbeddedDatabase(':memory:');
    const second = await openEmbeddedDatabase(':memory:');
    try {
      expect(new URL(first.url).password).not.toBe(new URL(second.url).password);
    } finally {
      await first.close();
      await second.close();
    }
  });
});
