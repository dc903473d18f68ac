/**
 * Calendar dates as the product uses them: Date values at midnight UTC, compared and counted
 * in whole days with date-fns in UTC, so that a machine's own time zone never moves a deadline.
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
