/**
 * Starts the API: opens the database (PGlite in DATA_DIR unless DATABASE_URL is set),
 * applies pending migrations, loads the reference data if it changed, then serves GraphQL and
 * runs the reminders' queue (unless REMINDERS=off).
 *
 * On a PostgreSQL server it serves from API_PROCESSES processes (node:cluster, sharing the
 * port): this one migrates and loads, then starts them one after another and stops them on
 * SIGINT and SIGTERM. They keep nothing between requests (docs/deployment.md), so any of them
 * may answer any request; only the first runs the reminders' queue.
 */
import { migrateDatabase, createPrismaClient, loadReferenceData, openDatabase } from '@cjji/db';
import cluster from 'node:cluster';
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
const host = settings.API_HOST;
const readyLine = (port: number, kind: string) =>
  `API ready at http://${host === '127.0.0.1' ? 'localhost' : host}:${port}/graphql (${kind})`;
const noAccounts =
  'No accounts yet. Published pages work without one; to sign in, stop the service and run: pnpm admin:create --email you@example.gov.uk --name "Your Name"';

if (cluster.isPrimary && settings.API_PROCESSES > 1) await runProcesses(settings.API_PROCESSES);
else await serve();

/** The first process of several: prepares the database, then starts and stops the others. */
async function runProcesses(count: number) {
  const database = await openDatabase({
    databaseUrl: settings.DATABASE_URL,
    dataDir: settings.DATA_DIR,
  });
  const prisma = createPrismaClient(database);
  let accounts: number;
  try {
    const applied = await migrateDatabase(database, {
      ownerUrl: settings.MIGRATION_DATABASE_URL,
    });
    if (applied.length) console.log(`Applied migrations: ${applied.join(', ')}`);
    const { loaded } = await loadReferenceData(prisma);
    if (loaded.length) console.log(`Loaded reference data: ${loaded.join(', ')}`);
    accounts = await prisma.user.count();
  } finally {
    await prisma.$disconnect();
    await database.close();
  }

  let stopping = false;
  const started = (worker: ReturnType<typeof cluster.fork>) =>
    new Promise<number>((resolve, reject) => {
      worker.on('message', (message: { listening?: number }) => {
        if (message.listening !== undefined) resolve(message.listening);
      });
      worker.once('exit', (code) =>
        reject(new Error(`An API process stopped (exit code ${code})`)),
      );
    });
  const fork = (index: number) => {
    // Only the first runs the reminders' queue: a reminder is recorded once whoever records it,
    // but one queue is enough for one service.
    const worker = cluster.fork({ REMINDERS: index === 0 ? settings.REMINDERS : 'off' });
    worker.once('exit', (code, signal) => {
      if (stopping) return;
      console.error(
        `API process ${index + 1} stopped (${signal ?? `exit code ${code}`}); starting another.`,
      );
      setTimeout(() => started(fork(index)).catch(() => {}), 1_000);
    });
    return worker;
  };

  async function stop() {
    if (stopping) return;
    stopping = true;
    setTimeout(() => process.exit(1), 12_000).unref();
    const workers = Object.values(cluster.workers ?? {}).flatMap((w) => (w ? [w] : []));
    await Promise.all(
      workers.map(async (worker) => {
        if (worker.isDead()) return;
        const exited = once(worker, 'exit');
        worker.process.kill('SIGTERM');
        await exited;
      }),
    );
    process.exit(0);
  }
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  // One after another: each opens its pool and Apollo while the others wait, and the first
  // answers before the next starts.
  let port = 0;
  try {
    for (let index = 0; index < count; index++) port = await started(fork(index));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
    process.exit(1);
  }
  console.log(readyLine(port, `PostgreSQL server, ${count} processes`));
  if (accounts === 0) console.log(noAccounts);
}

/** Serves GraphQL from this process (the only one, or one of several). */
async function serve() {
  const database = await openDatabase({
    databaseUrl: settings.DATABASE_URL,
    dataDir: settings.DATA_DIR,
  });
  // The first process of several has migrated and loaded already.
  if (cluster.isPrimary) {
    const applied = await migrateDatabase(database, {
      ownerUrl: settings.MIGRATION_DATABASE_URL,
    });
    if (applied.length) console.log(`Applied migrations: ${applied.join(', ')}`);
  }
  const prisma = createPrismaClient(database);
  if (cluster.isPrimary) {
    const { loaded } = await loadReferenceData(prisma);
    if (loaded.length) console.log(`Loaded reference data: ${loaded.join(', ')}`);
  }

  const server = createApolloServer();
  await server.start();
  const http = createHttpServer(server, requestContext(prisma), {
    publicCache: publicCache(prisma),
  });
  http.listen(settings.API_PORT, host);
  await once(http, 'listening');
  const boundPort = (http.address() as AddressInfo).port;
  if (cluster.isWorker) process.send!({ listening: boundPort });
  else {
    console.log(
      readyLine(
        boundPort,
        database.kind === 'embedded'
          ? `embedded database in ${settings.DATA_DIR}`
          : 'PostgreSQL server',
      ),
    );
    if ((await prisma.user.count()) === 0) console.log(noAccounts);
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
}
