/**
 * Dates as GOV.UK writes them. Calendar days are written without Intl (the timeline writes
 * dozens on every redraw), so they are checked against Intl for every day across decades.
 */
import { describe, expect, it } from 'vitest';
import { dateRange, longDate } from '../../web/src/lib/format.ts';

const intl = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

describe('longDate', () => {
  it('writes a calendar day as Intl would, for every day from 1990 to 2059', () => {
    const wrong: string[] = [];
    for (let day = Date.UTC(1990, 0, 1); day < Date.UTC(2060, 0, 1); day += 86_400_000) {
      const iso = new Date(day).toISOString().slice(0, 10);
      if (longDate(iso) !== intl.format(new Date(day))) wrong.push(iso);
    }
    expect(wrong).toEqual([]);
  });

  it('writes a day without a leading zero, and a timestamp by its UTC day', () => {
    expect(longDate('2027-03-03')).toBe('3 March 2027');
    expect(longDate('2026-11-25T09:05:00Z')).toBe('25 November 2026');
  });

  it('gives a range, or one day when it starts and ends on the same day', () => {
    expect(dateRange('2027-04-12', '2027-04-30')).toBe('12 April 2027 to 30 April 2027');
    expect(dateRange('2027-04-12', '2027-04-12')).toBe('12 April 2027');
  });
});
