/**
 * `pnpm db:migrate`: applies pending migrations to DATABASE_URL (as MIGRATION_DATABASE_URL, the
 * owner, when set, then grants the role of DATABASE_URL its rights), or to the embedded database
 * in DATA_DIR.
 */
import { migrateDatabase, openDatabase } from '@cjji/db';
import { config } from '../src/config.ts';

const settings = config();
const database = await openDatabase({
  databaseUrl: settings.DATABASE_URL,
  dataDir: settings.DATA_DIR,
});
try {
  const applied = await migrateDatabase(database, {
    ownerUrl: settings.MIGRATION_DATABASE_URL,
  });
  console.log(
    applied.length
      ? `Applied ${applied.join(', ')}`
      : 'The database is up to date: no migration to apply.',
  );
} finally {
  await database.close();
}
