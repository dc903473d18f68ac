/**
 * Reminders as the people they are for meet them: an Urgent Notification issued today is in
 * the minister's office's work, and reminders of it arrive by email, through a real SMTP server,
 * at each offset as the clock is moved, each once: across a restart of the queue, and with two
 * queue instances running the same pass at once.
 */
import type { Viewer } from '@cjji/api/viewer';
import { smtpMailer } from '@cjji/api/mailer';
import { reminderQueues, startReminderQueue, type ReminderQueue } from '@cjji/api/reminders';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { reminderPreferencesQuery } from '@cjji/contract/my-work';
import { graphqlAgainst, type Execute } from '../support/graphql.ts';
import { referenceIds } from '../support/ids.ts';
import { startSmtpServer, type TestSmtpServer } from '../support/smtp-server.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

const webUrl = 'https://cjji.example.test';
const issuedOn = '2026-11-25';
const dueOn = '2026-12-23';
const day = (iso: string, shift = 0) =>
  new Date(Date.parse(`${iso}T09:00:00Z`) + shift * 86_400_000);
const title = 'Respond publicly to the Urgent Notification on HMP Example';

let db: TestDatabase;
let smtp: TestSmtpServer;
let admin: Execute;
const stops: Array<() => Promise<void>> = [];
let ids: Awaited<ReturnType<typeof referenceIds>>;
let escalationId: string;

interface Person {
  email: string;
  name: string;
  viewer: Viewer;
  execute: Execute;
}
const people = {} as Record<'office' | 'optedOut' | 'inServiceOnly' | 'homeOffice', Person>;

const errors = `__typename ... on Error { message } ... on InputError { issues { field message } }`;

async function mutate(run: Execute, name: string, input: Record<string, unknown>, fields: string) {
  const type = `${name[0]!.toUpperCase()}${name.slice(1)}`;
  const result = await run(
    `mutation($input: ${type}Input!) { ${name}(input: $input) { ${errors} ... on Mutation${type}Success { data { ${fields} } } } }`,
    { input },
  );
  expect(result.errors).toBeUndefined();
  return result.data![name];
}

async function account(
  email: string,
  name: string,
  role: string,
  minister: string,
): Promise<Person> {
  const created = await mutate(
    admin,
    'createAccount',
    { email, name, roles: [{ role, organisationId: ids.minister[minister] }] },
    'id',
  );
  expect(created.__typename).toBe('MutationCreateAccountSuccess');
  const user = await db.prisma.user.findUniqueOrThrow({ where: { email } });
  const ministerId = (await db.prisma.minister.findUniqueOrThrow({ where: { title: minister } }))
    .id;
  const viewer: Viewer = {
    userId: user.id,
    name,
    email,
    sessionId: null,
    roles: [{ role: 'MINISTER_OFFICE', ministerId }],
  };
  const server = await graphqlAgainst(db.prisma, day(issuedOn), viewer);
  stops.push(server.stop);
  return { email, name, viewer, execute: server.execute };
}

const queues: ReminderQueue[] = [];
async function queue(options: { sending?: boolean; mail?: boolean } = {}): Promise<ReminderQueue> {
  const started = await startReminderQueue({
    prisma: db.prisma,
    connectionString: db.url,
    poolSize: 2,
    mailer:
      options.mail === false
        ? null
        : smtpMailer(smtp.url, 'Plan and track joint inspections <reminders@cjji.example.test>'),
    webUrl,
    recurring: false,
    sending: options.sending ?? true,
    pollingIntervalSeconds: 0.5,
    log: () => undefined,
  });
  queues.push(started);
  return started;
}
async function stopQueue(instance: ReminderQueue) {
  await instance.stop();
  queues.splice(queues.indexOf(instance), 1);
}

/** Waits (not for a set time: until it is so) for every queued email job to be finished with. */
async function settled(instance: ReminderQueue) {
  for (let waited = 0; ; waited += 100) {
    const jobs = await instance.boss.findJobs(reminderQueues.send);
    if (
      jobs.every(
        (job) => job.state === 'completed' || job.state === 'failed' || job.state === 'cancelled',
      )
    )
      return;
    if (waited > 30_000)
      throw new Error(`Email jobs still waiting: ${JSON.stringify(jobs.map((job) => job.state))}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function passOn(instance: ReminderQueue, when: Date) {
  const result = await instance.runPass(when);
  await settled(instance);
  return result;
}

const subjects = (person: Person) => smtp.to(person.email).map((mail) => mail.subject);

beforeAll(async () => {
  db = await createTestDatabase();
  smtp = await startSmtpServer();
  const server = await graphqlAgainst(db.prisma, day(issuedOn));
  stops.push(server.stop);
  admin = server.execute;
  ids = await referenceIds(admin);
  await db.prisma.agency.create({
    data: { name: 'HMP Example', kindCode: 'PRISON', country: 'ENGLAND' },
  });
  people.office = await account(
    'sam.office@justice.example.test',
    'Sam Office',
    'MINISTER_OFFICE',
    'Lord Chancellor and Secretary of State for Justice',
  );
  people.optedOut = await account(
    'olu.office@justice.example.test',
    'Olu Office',
    'MINISTER_OFFICE',
    'Lord Chancellor and Secretary of State for Justice',
  );
  people.inServiceOnly = await account(
    'ira.office@justice.example.test',
    'Ira Office',
    'MINISTER_OFFICE',
    'Lord Chancellor and Secretary of State for Justice',
  );
  people.homeOffice = await account(
    'hana.office@homeoffice.example.test',
    'Hana Office',
    'MINISTER_OFFICE',
    'Home Secretary',
  );
});
afterEach(async () => {
  for (const instance of [...queues]) await stopQueue(instance);
});
afterAll(async () => {
  for (const stop of stops) await stop();
  await smtp?.stop();
  await db?.close();
});

describe('an Urgent Notification issued today', () => {
  it('gives a response due in 28 days, in the work of the responsible minister’s office and no one else’s', async () => {
    const agencies = await admin(
      `{ agencies(filter: { search: "HMP Example" }) { edges { node { id } } } }`,
    );
    const prison = agencies.data!.agencies.edges[0].node.id;
    const notice = await mutate(
      admin,
      'recordEscalation',
      {
        kind: 'URGENT_NOTIFICATION',
        agencyId: prison,
        inspectorateId: ids.inspectorate['HMI Prisons'],
        issuedOn,
        summary: 'Victims’ contact scheme has collapsed at the prison.',
      },
      'id responseDueOn',
    );
    expect(notice.data.responseDueOn).toBe(dueOn);
    escalationId = notice.data.id;

    const work = await people.office.execute(
      `{ myWork { count overdueCount items { kind title organisationName dueOn overdue path } } }`,
    );
    expect(work.errors).toBeUndefined();
    expect(work.data!.myWork).toEqual({
      count: 1,
      overdueCount: 0,
      items: [
        {
          kind: 'URGENT_NOTIFICATION_RESPONSE',
          title,
          organisationName: 'Lord Chancellor and Secretary of State for Justice',
          dueOn,
          overdue: false,
          path: `/track/escalations#escalation-${escalationId}`,
        },
      ],
    });
    const elsewhere = await people.homeOffice.execute(`{ myWork { count items { title } } }`);
    expect(elsewhere.data!.myWork).toEqual({ count: 0, items: [] });
  });

  it('lets each person choose their reminders, refusing a choice made from a stale copy', async () => {
    // The account page's own question.
    const read = await people.optedOut.execute(reminderPreferencesQuery);
    expect(read.data!.viewer!.reminderPreferences).toEqual({
      offsets: ['THIRTY_DAYS_BEFORE', 'SEVEN_DAYS_BEFORE', 'ONE_DAY_BEFORE', 'FIRST_OVERDUE_DAY'],
      byEmail: true,
      version: 0,
    });
    const chosen = await mutate(
      people.optedOut.execute,
      'setReminderPreferences',
      {
        offsets: ['FIRST_OVERDUE_DAY', 'ONE_DAY_BEFORE', 'THIRTY_DAYS_BEFORE'],
        byEmail: true,
        expectedVersion: 0,
      },
      'offsets byEmail version',
    );
    expect(chosen.data).toEqual({
      offsets: ['THIRTY_DAYS_BEFORE', 'ONE_DAY_BEFORE', 'FIRST_OVERDUE_DAY'],
      byEmail: true,
      version: 1,
    });
    const stale = await mutate(
      people.optedOut.execute,
      'setReminderPreferences',
      { offsets: [], byEmail: false, expectedVersion: 0 },
      'version',
    );
    expect(stale.__typename).toBe('ConflictError');
    expect(stale.message).toContain('Olu Office changed this choice of reminders');

    const inService = await mutate(
      people.inServiceOnly.execute,
      'setReminderPreferences',
      {
        offsets: ['THIRTY_DAYS_BEFORE', 'SEVEN_DAYS_BEFORE', 'ONE_DAY_BEFORE', 'FIRST_OVERDUE_DAY'],
        byEmail: false,
        expectedVersion: 0,
      },
      'byEmail',
    );
    expect(inService.data).toEqual({ byEmail: false });
    const audited = await db.prisma.auditEvent.count({
      where: { action: 'setReminderPreferences' },
    });
    expect(audited).toBe(2);
  });

  it('emails each reminder at its offset, once, to those who want it, across a restart of the queue', async () => {
    let instance = await queue();
    // Day 0 is 28 days before the due date: the 30-day reminder's day has passed, so it goes at once, saying 28.
    expect(await passOn(instance, day(issuedOn))).toMatchObject({ recorded: 3 });
    expect(subjects(people.office)).toEqual([`Due in 28 days: ${title}`]);
    expect(subjects(people.optedOut)).toEqual([`Due in 28 days: ${title}`]);

    for (const shift of [1, 10, -8])
      await passOn(instance, shift < 0 ? day(dueOn, shift) : day(issuedOn, shift));
    expect(subjects(people.office)).toHaveLength(1);

    await passOn(instance, day(dueOn, -7));
    await passOn(instance, day(dueOn, -7));
    expect(subjects(people.office)).toEqual([
      `Due in 28 days: ${title}`,
      `Due in 7 days: ${title}`,
    ]);
    expect(subjects(people.optedOut)).toEqual([`Due in 28 days: ${title}`]);

    // A restart between two reminders: a new queue instance picks up where the old one stopped.
    await stopQueue(instance);
    instance = await queue();
    await passOn(instance, day(dueOn, -7));
    await passOn(instance, day(dueOn, -1));
    await passOn(instance, day(dueOn));
    await passOn(instance, day(dueOn, 1));
    await passOn(instance, day(dueOn, 2));

    expect(subjects(people.office)).toEqual([
      `Due in 28 days: ${title}`,
      `Due in 7 days: ${title}`,
      `Due tomorrow: ${title}`,
      `Overdue: ${title}`,
    ]);
    expect(subjects(people.optedOut)).toEqual([
      `Due in 28 days: ${title}`,
      `Due tomorrow: ${title}`,
      `Overdue: ${title}`,
    ]);
    expect(smtp.to(people.inServiceOnly.email)).toEqual([]);
    expect(smtp.to(people.homeOffice.email)).toEqual([]);

    const overdue = smtp.to(people.office.email).at(-1)!;
    expect(overdue.from).toContain('reminders@cjji.example.test');
    expect(overdue.text).toContain('Dear Sam Office,');
    expect(overdue.text).toContain(
      'This was due on 23 December 2026 (yesterday) and is now overdue.',
    );
    expect(overdue.text).toContain(
      `Open it: ${webUrl}/track/escalations#escalation-${escalationId}`,
    );
    expect(overdue.text).toContain(`${webUrl}/account`);

    // Every reminder is on record: in the service for the person who wanted no email, with each email sent and to whom.
    const record = await db.prisma.reminder.findMany({
      where: { deadlineKey: { startsWith: 'URGENT_NOTIFICATION_RESPONSE:' } },
      include: { user: { select: { email: true } } },
    });
    expect(
      record
        .filter((r) => r.user.email === people.inServiceOnly.email)
        .map((r) => [r.offset, r.byEmail, r.emailedAt]),
    ).toEqual(
      expect.arrayContaining([
        ['THIRTY_DAYS_BEFORE', false, null],
        ['SEVEN_DAYS_BEFORE', false, null],
        ['ONE_DAY_BEFORE', false, null],
        ['FIRST_OVERDUE_DAY', false, null],
      ]),
    );
    expect(
      record.filter((r) => r.byEmail).every((r) => r.emailedAt && r.emailedTo === r.user.email),
    ).toBe(true);
    expect(record).toHaveLength(4 + 3 + 4);
  });

  it('shows unread reminders in the person’s work until they mark them read, and only their own', async () => {
    const query = `{ myWork { reminders { id subject path offset } } }`;
    const unread = (await people.inServiceOnly.execute(query)).data!.myWork.reminders;
    expect(unread.map((r: any) => r.subject)).toEqual(
      expect.arrayContaining([`Overdue: ${title}`, `Due in 28 days: ${title}`]),
    );
    expect(unread).toHaveLength(4);

    const others = await people.office.execute(
      `mutation($ids: [ID!]!) { markRemindersRead(reminderIds: $ids) { ${errors} ... on MutationMarkRemindersReadSuccess { data } } }`,
      { ids: unread.map((r: any) => r.id) },
    );
    expect(others.data!.markRemindersRead.data).toBe(0);
    const own = await people.inServiceOnly.execute(
      `mutation($ids: [ID!]!) { markRemindersRead(reminderIds: $ids) { ${errors} ... on MutationMarkRemindersReadSuccess { data } } }`,
      { ids: [unread[0].id] },
    );
    expect(own.data!.markRemindersRead.data).toBe(1);
    expect((await people.inServiceOnly.execute(query)).data!.myWork.reminders).toHaveLength(3);

    const bad = await people.inServiceOnly.execute(
      `mutation { markRemindersRead(reminderIds: ["nonsense"]) { ${errors} } }`,
    );
    expect(bad.data!.markRemindersRead.__typename).toBe('InputError');
  });
});

describe('the queue', () => {
  /** A Victims’ Commissioner recommendation to one agency, with one editor there to remind. */
  async function recommendationTo(agency: string, editorEmail: string, publishedOn: string) {
    const created = await mutate(
      admin,
      'createAccount',
      {
        email: editorEmail,
        name: `Editor of ${agency}`,
        roles: [{ role: 'AGENCY_EDITOR', organisationId: ids.agency[agency] }],
      },
      'id',
    );
    expect(created.__typename).toBe('MutationCreateAccountSuccess');
    const recorded = await mutate(
      admin,
      'recordRecommendation',
      {
        source: 'VICTIMS_COMMISSIONER_ANNUAL_REPORT',
        reportTitle: `Victims’ Commissioner annual report (${agency})`,
        publishedOn,
        reference: '1',
        text: 'Tell every victim of their rights under the Victims’ Code at first contact.',
        addresseeIds: [ids.agency[agency]],
      },
      'responses { dueOn }',
    );
    return recorded.data.responses[0].dueOn as string;
  }

  it('loses no reminder queued before a restart, nor one whose job was lost, and sends neither twice', async () => {
    const email = 'editor@kent.example.test';
    const due = await recommendationTo('Kent Police', email, '2026-11-25');
    // An instance that records and queues, then stops before sending.
    let stopped = await queue({ sending: false });
    expect(await stopped.runPass(day(due, -30))).toEqual({ recorded: 1, queued: 1 });
    await stopQueue(stopped);
    expect(smtp.to(email)).toEqual([]);

    const restarted = await queue();
    await settled(restarted);
    await passOn(restarted, day(due, -30));
    expect(smtp.to(email).map((mail) => mail.subject)).toEqual([
      expect.stringMatching(/^Due in 30 days: Answer recommendation 1 of/),
    ]);
    await stopQueue(restarted);

    // A job lost between recording and sending (here deleted from the queue): the next pass queues it again.
    stopped = await queue({ sending: false });
    await stopped.runPass(day(due, -7));
    expect(await stopped.boss.deleteQueuedJobs(reminderQueues.send)).toBe(1);
    await stopQueue(stopped);
    const next = await queue();
    await passOn(next, day(due, -6));
    await passOn(next, day(due, -5));
    expect(smtp.to(email).map((mail) => mail.subject)).toEqual([
      expect.stringMatching(/^Due in 30 days: /),
      expect.stringMatching(/^Due in 7 days: /),
    ]);
  });

  it('sends each reminder once when two instances run the same pass at the same time', async () => {
    const email = 'editor@essex.example.test';
    const due = await recommendationTo('Essex Police', email, '2026-11-25');
    const [first, second] = await Promise.all([queue(), queue()]);
    const when = day(due, -1);
    await Promise.all([
      first!.runPass(when),
      second!.runPass(when),
      first!.runPass(when),
      second!.runPass(when),
    ]);
    await Promise.all([settled(first!), settled(second!)]);
    expect(smtp.to(email).map((mail) => mail.subject)).toEqual([
      expect.stringMatching(/^Due tomorrow: Answer recommendation 1 of/),
    ]);
    expect(await db.prisma.reminder.count({ where: { user: { email } } })).toBe(1);
  });

  it('records reminders in the service without email when no mail server is set up', async () => {
    const email = 'editor@durham.example.test';
    const due = await recommendationTo('Durham Constabulary', email, '2026-11-25');
    const withoutMail = await queue({ mail: false });
    expect(await withoutMail.runPass(day(due, -1))).toMatchObject({ queued: 0 });
    expect(
      await db.prisma.reminder.findMany({
        where: { user: { email } },
        select: { offset: true, byEmail: true, emailedAt: true },
      }),
    ).toEqual([{ offset: 'ONE_DAY_BEFORE', byEmail: false, emailedAt: null }]);
    expect(smtp.to(email)).toEqual([]);
  });
});
