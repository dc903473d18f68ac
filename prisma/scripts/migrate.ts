/** `pnpm db:migrate`: applies pending migrations to DATABASE_URL, or to the embedded database in DATA_DIR. */
import { resolve } from 'node:path';
import { openDatabase } from '../src/database.ts';
import { applyMigrations } from '../src/migrate.ts';

const rootDir = resolve(import.meta.dirname, '../..');
const database = await openDatabase({
  databaseUrl: process.env.DATABASE_URL,
  dataDir: resolve(rootDir, process.env.DATA_DIR ?? 'data'),
});
try {
  const applied = await applyMigrations(database.url);
  console.log(
    applied.length
      ? `Applied ${applied.join(', ')}`
      : 'The database is up to date: no migration to apply.',
  );
} finally {
  await database.close();
}
