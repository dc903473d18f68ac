/** `pnpm db:migrate`: applies pending migrations to DATABASE_URL, or to the embedded database in DATA_DIR. */
import { applyMigrations, openDatabase } from '@cjji/db';
import { config } from '../src/config.ts';

const settings = config();
const database = await openDatabase({
  databaseUrl: settings.DATABASE_URL,
  dataDir: settings.DATA_DIR,
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
