/**
 * `pnpm sample:proposed-programme`: loads the inspectorates' published proposal for 2025 to
 * 2027 as a proposed programme out for consultation, so that a new installation shows real
 * work. Run it once with the service stopped (the embedded database allows one process).
 */
import { migrateDatabase, createPrismaClient, loadReferenceData, openDatabase } from '@cjji/db';
import { resolve } from 'node:path';
import { loadSampleProposedProgramme, sampleTitle } from '../src/modules/consultations/sample.ts';

const database = await openDatabase({
  databaseUrl: process.env.DATABASE_URL,
  dataDir: resolve(process.env.DATA_DIR ?? 'data'),
}).catch((error: unknown) => {
  console.error(
    `Could not open the database (${error instanceof Error ? error.message : error}). If the service is running on the embedded database, stop it first.`,
  );
  process.exit(1);
});
try {
  await migrateDatabase(database, { ownerUrl: process.env.MIGRATION_DATABASE_URL });
  const prisma = createPrismaClient(database);
  try {
    await loadReferenceData(prisma);
    const { loaded } = await loadSampleProposedProgramme(
      prisma,
      'Command line (pnpm sample:proposed-programme)',
    );
    console.log(
      loaded
        ? `Loaded "${sampleTitle}", out for consultation from 20 November 2024 to 7 January 2025: see Plan, or /programme/consultations.`
        : `"${sampleTitle}" is already loaded: nothing to do.`,
    );
  } finally {
    await prisma.$disconnect();
  }
} finally {
  await database.close();
}
