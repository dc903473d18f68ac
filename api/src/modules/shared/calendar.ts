/**
 * Calendar dates as the product uses them: Date values at midnight UTC, compared and counted
 * in whole days with date-fns in UTC, so that a machine's own time zone never moves a deadline.
 * Which calendar day an instant falls on is decided in the UK (Europe/London): from 00:00 to
 * 01:00 in British Summer Time it is already the next day, though UTC still says the last one.
 */
import { UTCDate } from '@date-fns/utc';
import {
  addDays,
  addYears,
  differenceInCalendarDays,
  format,
  startOfQuarter,
  addQuarters,
} from 'date-fns';

export interface DateRange {
  start: Date;
  end: Date;
}

export const utc = (date: Date) => new UTCDate(date.getTime());

export function day(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** The UK's calendar: one formatter, built once, because every "today" goes through it. */
const ukCalendar = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The day a reader in the UK sees on their calendar at `instant`, written YYYY-MM-DD. */
export function ukIsoDay(instant: Date): string {
  const parts = ukCalendar.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** The UK calendar day `instant` falls on, as a date (midnight UTC) to compare with Date columns. */
export function ukDay(instant: Date): Date {
  return day(ukIsoDay(instant));
}

/** The instant a UK calendar day begins: 00:00 GMT in winter, 23:00 UTC the day before in summer. */
export function ukMidnight(date: Date): Date {
  // London is never more than an hour ahead of UTC, so one of these two is the answer.
  const earlier = new Date(date.getTime() - 3_600_000);
  return ukIsoDay(earlier) === isoDay(date) ? earlier : date;
}

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** "3 March 2027", the GOV.UK style for dates. */
export function longDate(date: Date): string {
  return format(utc(date), 'd MMMM yyyy');
}

export function shiftDays(date: Date, days: number): Date {
  return new Date(addDays(utc(date), days).getTime());
}

export function shiftYears(date: Date, years: number): Date {
  return new Date(addYears(utc(date), years).getTime());
}

/** Both ends count: a range from 1 to 3 March overlaps one that starts on 3 March. */
export function rangesOverlap(a: DateRange, b: DateRange): boolean {
  return a.start.getTime() <= b.end.getTime() && b.start.getTime() <= a.end.getTime();
}

/** Days in a range, both ends included. */
export function daysIn(range: DateRange): number {
  return differenceInCalendarDays(utc(range.end), utc(range.start)) + 1;
}

export function overlapDays(a: DateRange, b: DateRange): number {
  if (!rangesOverlap(a, b)) return 0;
  const start = Math.max(a.start.getTime(), b.start.getTime());
  const end = Math.min(a.end.getTime(), b.end.getTime());
  return daysIn({ start: new Date(start), end: new Date(end) });
}

/** The calendar quarters a range touches, each as its own range. */
export function quartersOf(range: DateRange): DateRange[] {
  const quarters: DateRange[] = [];
  for (
    let start = startOfQuarter(utc(range.start));
    start.getTime() <= range.end.getTime();
    start = addQuarters(start, 1)
  ) {
    quarters.push({
      start: new Date(start.getTime()),
      end: new Date(addDays(addQuarters(start, 1), -1).getTime()),
    });
  }
  return quarters;
}

/** "Jan to Mar 2027" */
export function quarterLabel(quarter: DateRange): string {
  return `${format(utc(quarter.start), 'MMM')} to ${format(utc(quarter.end), 'MMM yyyy')}`;
}

/**
 * The UK calendar day `instant` falls on (Europe/London), at midnight UTC, for comparing with
 * Date columns: every "today", deadline and "not in the future" check goes through here.
 */
export function startOfDay(instant: Date): Date {
  return ukDay(instant);
}
