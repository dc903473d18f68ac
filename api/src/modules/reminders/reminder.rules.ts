/**
 * Reminders of statutory deadlines: which reminder is due on a given day, and what it says.
 * Plain functions of dates and words, so the rules read and test apart from the queue.
 */
import { differenceInCalendarDays } from 'date-fns';
import { longDate, utc } from '../shared/calendar.ts';

export type ReminderOffset =
  'THIRTY_DAYS_BEFORE' | 'SEVEN_DAYS_BEFORE' | 'ONE_DAY_BEFORE' | 'FIRST_OVERDUE_DAY';

/** Every offset, earliest first. */
export const reminderOffsets: readonly ReminderOffset[] = [
  'THIRTY_DAYS_BEFORE',
  'SEVEN_DAYS_BEFORE',
  'ONE_DAY_BEFORE',
  'FIRST_OVERDUE_DAY',
];

/** Days before the due date each reminder is for; the first overdue day is the day after it. */
const daysBefore: Record<ReminderOffset, number> = {
  THIRTY_DAYS_BEFORE: 30,
  SEVEN_DAYS_BEFORE: 7,
  ONE_DAY_BEFORE: 1,
  FIRST_OVERDUE_DAY: -1,
};

export const offsetWords: Record<ReminderOffset, string> = {
  THIRTY_DAYS_BEFORE: '30 days before the due date',
  SEVEN_DAYS_BEFORE: '7 days before the due date',
  ONE_DAY_BEFORE: '1 day before the due date',
  FIRST_OVERDUE_DAY: 'On the first day it is overdue',
};

export interface ReminderPreferences {
  offsets: readonly ReminderOffset[];
  byEmail: boolean;
}

/** What a person gets until they choose otherwise: every reminder, in the service and by email. */
export const defaultReminderPreferences: ReminderPreferences = {
  offsets: reminderOffsets,
  byEmail: true,
};

/** Whole days from `today` to `dueOn`: 0 on the day, negative once it has passed. */
const daysLeft = (dueOn: Date, today: Date) => differenceInCalendarDays(utc(dueOn), utc(today));

/**
 * The reminder due on `today` for a deadline due on `dueOn`: the latest offset whose day has
 * come, or null more than 30 days ahead. A reminder whose day passed with none sent (the
 * service was stopped that day, or the deadline came with less notice than the offset, as an
 * Urgent Notification's 28 days against the 30-day reminder) is still due, and says how many
 * days are left, until the next offset's day comes: then that one is due instead, so nobody
 * gets two reminders of one deadline at once. Whether the person wants it is theirs to say.
 */
export function reminderDueOn(dueOn: Date, today: Date): ReminderOffset | null {
  const left = daysLeft(dueOn, today);
  let due: ReminderOffset | null = null;
  for (const offset of reminderOffsets) if (daysBefore[offset] >= left) due = offset;
  return due;
}

/** "in 7 days", "tomorrow", "today", "yesterday", "3 days ago". */
export function whenDue(left: number): string {
  if (left > 1) return `in ${left} days`;
  if (left === 1) return 'tomorrow';
  if (left === 0) return 'today';
  if (left === -1) return 'yesterday';
  return `${-left} days ago`;
}

export interface ReminderMessageInput {
  personName: string;
  /** What must be done, as the deadline list words it: "Respond publicly to …". */
  title: string;
  /** The organisation that must do it, through which the person gets the reminder. */
  organisationName: string;
  dueOn: Date;
  /** The day the reminder is for. */
  remindedOn: Date;
  /** Absolute addresses in the web app. */
  links: { item: string; myWork: string; account: string };
}

/** The email, composed once when the reminder is made and kept as the record of what was sent. */
export function reminderMessage(input: ReminderMessageInput): { subject: string; body: string } {
  const left = daysLeft(input.dueOn, input.remindedOn);
  const subject = left < 0 ? `Overdue: ${input.title}` : `Due ${whenDue(left)}: ${input.title}`;
  const due =
    left < 0
      ? `This was due on ${longDate(input.dueOn)} (${whenDue(left)}) and is now overdue.`
      : `This is due on ${longDate(input.dueOn)} (${whenDue(left)}).`;
  const body = [
    `Dear ${input.personName},`,
    '',
    `${input.title}.`,
    '',
    `${due} ${input.organisationName} must do it.`,
    '',
    `Open it: ${input.links.item}`,
    `Everything your organisation must do next: ${input.links.myWork}`,
    '',
    `You get this reminder because you work for ${input.organisationName}. To choose which reminders you get, go to ${input.links.account}`,
    '',
    'Plan and track joint inspections',
  ].join('\n');
  return { subject, body };
}
