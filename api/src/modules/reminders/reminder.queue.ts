/**
 * The reminders' job queue: pg-boss, keeping its jobs in the product's own PostgreSQL database
 * (its own schema, "pgboss"), so that several API instances share one queue and a restart
 * loses nothing queued. Two queues:
 *
 * - `reminder-pass`, every 15 minutes and once at start: records the reminders due today and
 *   queues an email for each (see reminder.pass.ts);
 * - `send-reminder`, one job per reminder, keyed by the reminder's id, so that at most one is
 *   ever waiting or running for a reminder: sends its email and records that it was sent.
 */
import type { PrismaClient } from '@cjji/db';
import { PgBoss } from 'pg-boss';
import type { Mailer } from './mailer.ts';
import { recordDueReminders, remindersToEmail } from './reminder.pass.ts';

export const reminderQueues = { pass: 'reminder-pass', send: 'send-reminder' } as const;

export interface ReminderQueueOptions {
  prisma: PrismaClient;
  /** The database the jobs are kept in: the product's own. */
  connectionString: string;
  /** Connections pg-boss may open. */
  poolSize: number;
  /** Null when no mail server is set up: reminders are then recorded in the service only. */
  mailer: Mailer | null;
  /** The web app's address, for the links in the emails. */
  webUrl: string;
  /** Runs the pass every 15 minutes and at start. Off in tests, which run passes themselves with the clock moved. */
  recurring?: boolean;
  /** Sends queued emails. Off to leave them queued, as an instance stopped before sending would. */
  sending?: boolean;
  /** How often an idle worker looks for jobs. */
  pollingIntervalSeconds?: number;
  log?: (message: string) => void;
}

export interface ReminderQueue {
  /** Records the reminders due on `now`'s day and queues their emails. */
  runPass(now: Date): Promise<{ recorded: number; queued: number }>;
  readonly boss: PgBoss;
  stop(): Promise<void>;
}

export async function startReminderQueue(options: ReminderQueueOptions): Promise<ReminderQueue> {
  const { prisma, mailer } = options;
  const log = options.log ?? ((message: string) => console.log(message));
  const polling = options.pollingIntervalSeconds ?? 2;
  const recurring = options.recurring !== false;
  const boss = new PgBoss({
    connectionString: options.connectionString,
    max: options.poolSize,
    schema: 'pgboss',
    // A migration creates the schema, so the API's role needs no right to create schemas.
    createSchema: false,
    application_name: 'cjji-reminders',
    schedule: recurring,
  });
  boss.on('error', (error) => console.error('Reminder queue error:', error));
  await boss.start();
  // "exclusive": at most one job per key waiting or running. For the pass, one at a time; for
  // emails, one per reminder however many passes ask for it.
  await boss.createQueue(reminderQueues.pass, {
    policy: 'exclusive',
    retryLimit: 2,
    retryDelay: 60,
    expireInSeconds: 600,
  });
  await boss.createQueue(reminderQueues.send, {
    policy: 'exclusive',
    retryLimit: 4,
    retryDelay: 30,
    retryBackoff: true,
    expireInSeconds: 300,
  });

  async function runPass(now: Date) {
    const recorded = await recordDueReminders(prisma, now, {
      webUrl: options.webUrl,
      emailOn: !!mailer,
    });
    if (!mailer) {
      if (recorded.length)
        log(
          `Reminders: ${recorded.length} recorded in the service; no email sent, as SMTP_URL is not set.`,
        );
      return { recorded: recorded.length, queued: 0 };
    }
    // Every unsent email, not only the new ones: a job lost between recording and queueing (a
    // crash in between) is queued again here. The key keeps it to one job per reminder.
    const unsent = await remindersToEmail(prisma, now);
    if (unsent.length)
      await boss.insert(
        reminderQueues.send,
        unsent.map(({ id }) => ({ data: { reminderId: id }, singletonKey: id })),
      );
    return { recorded: recorded.length, queued: unsent.length };
  }

  if (mailer && options.sending !== false) {
    await boss.work<{ reminderId: string }>(
      reminderQueues.send,
      { pollingIntervalSeconds: polling, batchSize: 1 },
      async ([job]) => {
        if (job) await sendReminder(prisma, mailer, job.data.reminderId);
      },
    );
  }
  if (recurring) {
    await boss.work(
      reminderQueues.pass,
      { pollingIntervalSeconds: Math.max(polling, 5) },
      async () => {
        await runPass(new Date());
      },
    );
    await boss.schedule(reminderQueues.pass, '*/15 * * * *', null, { tz: 'UTC' });
    await boss.send(reminderQueues.pass, null);
  }

  return {
    runPass,
    boss,
    async stop() {
      // Graceful: a send under way finishes (and records itself) before the pool closes.
      await boss.stop({ graceful: true, timeout: 8_000 });
      mailer?.close();
    },
  };
}

/**
 * Sends one reminder's email, once. The row is locked and read again first, so that a job run
 * twice (a retry overlapping a late first attempt) finds it sent and does nothing.
 */
export async function sendReminder(
  prisma: PrismaClient,
  mailer: Mailer,
  reminderId: string,
): Promise<void> {
  try {
    await prisma.$transaction(
      async (tx) => {
        const locked = await tx.$queryRaw<
          Array<{ id: string }>
        >`SELECT id FROM "Reminder" WHERE id = ${reminderId}::uuid AND "emailedAt" IS NULL FOR UPDATE`;
        if (!locked.length) return;
        const reminder = await tx.reminder.findUniqueOrThrow({
          where: { id: reminderId },
          select: {
            subject: true,
            body: true,
            user: { select: { email: true, disabledAt: true } },
          },
        });
        if (reminder.user.disabledAt) return;
        await mailer.send({
          to: reminder.user.email,
          subject: reminder.subject,
          text: reminder.body,
        });
        await tx.reminder.update({
          where: { id: reminderId },
          data: {
            emailedAt: new Date(),
            emailedTo: reminder.user.email,
            emailAttempts: { increment: 1 },
            lastEmailError: null,
          },
        });
      },
      { maxWait: 30_000, timeout: 60_000 },
    );
  } catch (error) {
    // Recorded on the reminder, then thrown again for pg-boss to retry with a growing delay.
    const message = error instanceof Error ? error.message : String(error);
    await prisma.reminder
      .update({
        where: { id: reminderId },
        data: { emailAttempts: { increment: 1 }, lastEmailError: message.slice(0, 1000) },
      })
      .catch(() => undefined);
    throw error;
  }
}
