/**
 * `pnpm db:scale --multiple 10 --seed 1 [--today 2026-11-25]`: fills the database `pnpm start`
 * would use (DATABASE_URL, or the embedded one in DATA_DIR, default ./data) with synthetic
 * records at a multiple of today's volumes. It migrates and loads the reference data first,
 * and refuses a database that already holds programmes, ratings or action plans.
 */
import { applyMigrations, createPrismaClient, loadReferenceData, openDatabase } from '@cjji/db';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateScaleData } from './generate.ts';

const { values } = parseArgs({
  options: {
    multiple: { type: 'string', default: '1' },
    seed: { type: 'string', default: '1' },
    today: { type: 'string' },
  },
});
const root = resolve(import.meta.dirname, '../../..');
const database = await openDatabase({
  databaseUrl: process.env.DATABASE_URL,
  dataDir: resolve(root, process.env.DATA_DIR ?? 'data'),
});
const prisma = createPrismaClient(database);
try {
  await applyMigrations(database.url);
  await loadReferenceData(prisma);
  const started = Date.now();
  const summary = await generateScaleData(prisma, {
    multiple: Number(values.multiple),
    seed: Number(values.seed),
    ...(values.today ? { today: new Date(`${values.today}T00:00:00Z`) } : {}),
  });
  console.table(summary);
  console.log(
    `Filled ×${values.multiple} (seed ${values.seed}) in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await prisma.$disconnect();
  await database.close();
}
