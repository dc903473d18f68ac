/**
 * Starts the API: opens the database (PGlite in DATA_DIR unless DATABASE_URL is set),
 * applies pending migrations, loads the reference data if it changed, then serves GraphQL and
 * runs the reminders' queue (unless REMINDERS=off).
 */
import { migrateDatabase, createPrismaClient, loadReferenceData, openDatabase } from '@cjji/db';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { config } from './config.ts';
import { createHttpServer } from './http.ts';
import { publicCache } from './modules/public-cache/public-cache.ts';
import { smtpMailer } from './modules/reminders/mailer.ts';
import { startReminderQueue, type ReminderQueue } from './modules/reminders/reminder.queue.ts';
import { requestContext } from './request-context.ts';
import { createApolloServer } from './server.ts';

const settings = config();
const database = await openDatabase({
  databaseUrl: settings.DATABASE_URL,
  dataDir: settings.DATA_DIR,
});
const applied = await migrateDatabase(database, { ownerUrl: settings.MIGRATION_DATABASE_URL });
if (applied.length) console.log(`Applied migrations: ${applied.join(', ')}`);
const prisma = createPrismaClient(database);
const { loaded } = await loadReferenceData(prisma);
if (loaded.length) console.log(`Loaded reference data: ${loaded.join(', ')}`);

const server = createApolloServer();
await server.start();
const http = createHttpServer(server, requestContext(prisma), {
  publicCache: publicCache(prisma),
});
const host = settings.API_HOST;
http.listen(settings.API_PORT, host);
await once(http, 'listening');
const boundPort = (http.address() as AddressInfo).port;
console.log(
  `API ready at http://${host === '127.0.0.1' ? 'localhost' : host}:${boundPort}/graphql (${database.kind === 'embedded' ? `embedded database in ${settings.DATA_DIR}` : 'PostgreSQL server'})`,
);

if ((await prisma.user.count()) === 0) {
  console.log(
    'No accounts yet. Published pages work without one; to sign in, stop the service and run: pnpm admin:create --email you@example.gov.uk --name "Your Name"',
  );
}

// Started once the API is serving (below); declared first, as stopping may come before it.
let reminders: ReminderQueue | null = null;
let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  // Never hang on the way down: a stuck connection must not keep a stopped service alive.
  setTimeout(() => process.exit(1), 10_000).unref();
  http.close();
  http.closeIdleConnections();
  await server.stop();
  await reminders?.stop();
  await prisma.$disconnect();
  await database.close();
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

// If the reminders' queue cannot start, the API serves without it.
if (settings.REMINDERS === 'on') {
  reminders = await startReminders().catch((error: unknown) => {
    console.error(
      'Reminders could not start, so none will be sent until the API is restarted:',
      error,
    );
    return null;
  });
}

function startReminders(): Promise<ReminderQueue> {
  const smtpUrl = settings.SMTP_URL;
  if (!smtpUrl)
    console.log(
      'Reminders: SMTP_URL is not set, so reminders are recorded in the service but not emailed.',
    );
  return startReminderQueue({
    prisma,
    connectionString: database.url,
    // The embedded database runs one query at a time whatever the pool: two connections are plenty.
    poolSize: database.kind === 'embedded' ? 2 : 5,
    mailer: smtpUrl ? smtpMailer(smtpUrl, settings.MAIL_FROM) : null,
    webUrl: settings.WEB_URL,
  });
}
