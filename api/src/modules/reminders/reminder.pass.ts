/**
 * The reminder pass: for "today", works out which reminder of each deadline is due, for whom,
 * and records one row per deadline, offset and person. The table's unique key makes a second
 * pass (another API instance's, or a rerun the same day) record nothing new.
 */
import type { PrismaClient, Prisma } from '@cjji/db';
import { createContext } from '../../context.ts';
import type { RoleGrant } from '../access/viewer.ts';
import { actsFor, type Organisation } from '../deadlines/work.rules.ts';
import {
  deadlineKey,
  deadlinePath,
  workOutDeadlines,
  type Deadline,
} from '../deadlines/deadline.list.ts';
import { shiftDays, startOfDay } from '../shared/calendar.ts';
import {
  defaultReminderPreferences,
  reminderDueOn,
  reminderMessage,
  type ReminderOffset,
} from './reminder.rules.ts';

export interface PassOptions {
  /** The web app's address, for the links in the emails. */
  webUrl: string;
  /** False when no mail server is set up: reminders are then recorded in the service only. */
  emailOn: boolean;
}

interface Recipient {
  id: string;
  name: string;
  grants: RoleGrant[];
  offsets: readonly ReminderOffset[];
  byEmail: boolean;
}

/** Everyone (with an account that is not disabled) holding a current role in one of the organisations. */
async function recipientsIn(
  prisma: PrismaClient,
  organisations: Organisation[],
): Promise<Recipient[]> {
  const ids = (kind: Organisation['kind']) => [
    ...new Set(organisations.filter((o) => o.kind === kind).map((o) => o.id)),
  ];
  const anyOf: Prisma.RoleAssignmentWhereInput[] = [
    { agencyId: { in: ids('AGENCY') } },
    { ministerId: { in: ids('MINISTER') } },
    { inspectorateId: { in: ids('INSPECTORATE') } },
    { localPolicingBodyId: { in: ids('LOCAL_POLICING_BODY') } },
  ];
  const grants = await prisma.roleAssignment.findMany({
    where: { endedAt: null, user: { disabledAt: null }, OR: anyOf },
    select: {
      role: true,
      agencyId: true,
      ministerId: true,
      inspectorateId: true,
      localPolicingBodyId: true,
      user: {
        select: {
          id: true,
          name: true,
          reminderPreference: { select: { offsets: true, byEmail: true } },
        },
      },
    },
  });
  const people = new Map<string, Recipient>();
  for (const { user, ...grant } of grants) {
    const choice = user.reminderPreference ?? defaultReminderPreferences;
    const person = people.get(user.id) ?? {
      id: user.id,
      name: user.name,
      grants: [],
      offsets: choice.offsets,
      byEmail: choice.byEmail,
    };
    person.grants.push(grant);
    people.set(user.id, person);
  }
  return [...people.values()];
}

/** Records the reminders due on `now`'s day that are not yet recorded; returns the new ones. */
export async function recordDueReminders(
  prisma: PrismaClient,
  now: Date,
  options: PassOptions,
): Promise<Array<{ id: string; byEmail: boolean }>> {
  const today = startOfDay(now);
  const due: Array<{ deadline: Deadline & { dueOn: Date }; offset: ReminderOffset }> = [];
  for (const deadline of await workOutDeadlines(createContext(prisma, () => now))) {
    const offset =
      deadline.dueOn && deadline.ownerOrganisation ? reminderDueOn(deadline.dueOn, today) : null;
    if (offset) due.push({ deadline: deadline as Deadline & { dueOn: Date }, offset });
  }
  if (!due.length) return [];
  const people = await recipientsIn(
    prisma,
    due.map(({ deadline }) => deadline.ownerOrganisation!),
  );
  const link = (path: string) => new URL(path, options.webUrl).href;
  const rows: Prisma.ReminderCreateManyInput[] = [];
  for (const { deadline, offset } of due) {
    for (const person of people) {
      if (!person.offsets.includes(offset) || !actsFor(person.grants, deadline.ownerOrganisation))
        continue;
      const path = deadlinePath(deadline);
      const message = reminderMessage({
        personName: person.name,
        title: deadline.title,
        organisationName: deadline.owner,
        dueOn: deadline.dueOn,
        remindedOn: today,
        links: { item: link(path), myWork: link('/my-work'), account: link('/account') },
      });
      rows.push({
        userId: person.id,
        deadlineKey: deadlineKey(deadline),
        offset,
        title: deadline.title,
        dueOn: deadline.dueOn,
        subjectId: deadline.subjectId,
        path,
        remindedOn: today,
        ...message,
        byEmail: person.byEmail && options.emailOn,
      });
    }
  }
  if (!rows.length) return [];
  // ON CONFLICT DO NOTHING: a reminder already recorded, by this pass or another, stays as it is.
  return prisma.reminder.createManyAndReturn({
    data: rows,
    skipDuplicates: true,
    select: { id: true, byEmail: true },
  });
}

/** A reminder email is worth sending for a day after its reminder is made; later it would arrive stale. */
const emailFreshDays = 1;
/** Sending gives up after this many failed attempts; the last error stays on the reminder. */
const maxEmailAttempts = 10;

/** Reminders whose email is still to be sent: new ones, and any whose queued job was lost. */
export function remindersToEmail(prisma: PrismaClient, now: Date): Promise<Array<{ id: string }>> {
  return prisma.reminder.findMany({
    where: {
      byEmail: true,
      emailedAt: null,
      emailAttempts: { lt: maxEmailAttempts },
      user: { disabledAt: null },
      remindedOn: { gte: shiftDays(startOfDay(now), -emailFreshDays) },
    },
    select: { id: true },
  });
}
