/** The embedded default: data written before a restart is there after it. */
import { applyMigrations, createPrismaClient, loadReferenceData, openEmbeddedDatabase } from '@cjji/db';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dataDir = mkdtempSync(join(tmpdir(), 'cjji-data-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function start() {
  const database = await openEmbeddedDatabase(dataDir);
  const applied = await applyMigrations(database.url);
  const prisma = createPrismaClient(database);
  const { loaded } = await loadReferenceData(prisma);
  return { database, prisma, applied, loaded, async stop() { await prisma.$disconnect(); await database.close(); } };
}

describe('the embedded database in a data folder', () => {
  it('keeps data written before a restart, and neither migrates nor reloads again', async () => {
    const first = await start();
    expect(first.applied.length).toBeGreaterThan(0);
    expect(first.loaded).toContain('police-forces.csv');
    await first.prisma.agency.create({ data: { name: 'HMP Example', kindCode: 'PRISON', country: 'ENGLAND' } });
    await first.stop();

    const second = await start();
    expect(second.applied).toEqual([]);
    expect(second.loaded).toEqual([]);
    expect(await second.prisma.agency.findUnique({ where: { name: 'HMP Example' }, select: { kindCode: true } })).toEqual({ kindCode: 'PRISON' });
    expect(await second.prisma.agency.count({ where: { kindCode: 'POLICE_FORCE' } })).toBe(43);
    await second.stop();
  });
});
