/**
 * How long ago something happened, in the words the public pages use: "inspected 14 months
 * ago". Counted in whole calendar days, months and years, so that a rating given on 3 September
 * 2025 is 14 months old on 25 November 2026 (date-fns' formatDistanceStrict counts 30-day months
 * and would drift by a day or two at month ends).
 */
import {
  differenceInCalendarDays,
  differenceInMonths,
  differenceInYears,
  parseISO,
} from 'date-fns';

const plural = (count: number, unit: string) => `${count} ${unit}${count === 1 ? '' : 's'} ago`;

/**
 * "today", "yesterday", "12 days ago", "14 months ago" (up to 23 months, as people count the
 * age of an inspection), then "3 years ago". Both dates are calendar dates, YYYY-MM-DD; a date
 * after today (which the API refuses for ratings) reads as "today" rather than as nonsense.
 */
export function timeSince(date: string, today: string): string {
  // parseISO reads a bare date as local midnight, so both sides shift alike whatever the server's zone.
  const from = parseISO(date);
  const to = parseISO(today);
  const days = differenceInCalendarDays(to, from);
  if (days <= 0) return 'today';
  if (days === 1) return 'yesterday';
  const months = differenceInMonths(to, from);
  if (months < 1) return plural(days, 'day');
  if (months < 24) return plural(months, 'month');
  return plural(differenceInYears(to, from), 'year');
}
