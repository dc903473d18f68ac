/**
 * UK calendar days (Europe/London) as instants, for filters on times such as the audit trail's:
 * a UK day starts at 00:00 GMT in winter and at 23:00 UTC the evening before in summer.
 */
import { londonToday } from './dates.ts';

/**
 * The instant (ISO 8601, UTC) at which the UK day `iso` (YYYY-MM-DD), moved on by `addDays`,
 * begins; undefined when `iso` is not a real date.
 */
export function ukDayStartsAt(iso: string, addDays = 0): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return undefined;
  const midnightUtc = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(midnightUtc.getTime()) || midnightUtc.toISOString().slice(0, 10) !== iso)
    return undefined;
  const day = new Date(midnightUtc.getTime() + addDays * 86_400_000);
  // London is never more than an hour ahead of UTC, so the day begins at one of these two.
  const hourBefore = new Date(day.getTime() - 3_600_000);
  const starts = londonToday(hourBefore) === day.toISOString().slice(0, 10) ? hourBefore : day;
  return starts.toISOString();
}
