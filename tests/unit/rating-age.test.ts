import { describe, expect, it } from 'vitest';
import { londonToday } from '../../web/src/lib/dates.ts';
import { timeSince } from '../../web/src/lib/ratings/age.ts';

describe('how long ago an agency was inspected, as the public ratings pages say it', () => {
  it('counts whole calendar months for the first two years: "inspected 14 months ago"', () => {
    expect(timeSince('2025-09-03', '2026-11-25')).toBe('14 months ago');
    expect(timeSince('2025-11-25', '2026-11-25')).toBe('12 months ago');
    expect(timeSince('2024-11-26', '2026-11-25')).toBe('23 months ago');
    expect(timeSince('2026-10-25', '2026-11-25')).toBe('1 month ago');
  });

  it('does not round a month up before its day comes round, but the end of a short month ends a month', () => {
    expect(timeSince('2026-01-30', '2026-02-27')).toBe('28 days ago');
    expect(timeSince('2026-01-31', '2026-02-28')).toBe('1 month ago');
    expect(timeSince('2026-02-01', '2026-03-01')).toBe('1 month ago');
    expect(timeSince('2026-10-26', '2026-11-25')).toBe('30 days ago');
  });

  it('says today, yesterday and days for recent inspections', () => {
    expect(timeSince('2026-11-25', '2026-11-25')).toBe('today');
    expect(timeSince('2026-11-24', '2026-11-25')).toBe('yesterday');
    expect(timeSince('2026-11-13', '2026-11-25')).toBe('12 days ago');
  });

  it('switches to years from two years, counting only full years', () => {
    expect(timeSince('2024-11-25', '2026-11-25')).toBe('2 years ago');
    expect(timeSince('2021-12-01', '2026-11-25')).toBe('4 years ago');
  });

  it('counts across a change of the clocks without losing a day', () => {
    expect(timeSince('2026-03-28', '2026-03-30')).toBe('2 days ago');
    expect(timeSince('2026-10-24', '2026-10-26')).toBe('2 days ago');
  });

  it('reads a future date as today rather than a negative age', () => {
    expect(timeSince('2026-12-01', '2026-11-25')).toBe('today');
  });

  it('takes today from the UK calendar: just after midnight in summer is already the next day', () => {
    expect(londonToday(new Date('2026-07-01T23:30:00Z'))).toBe('2026-07-02');
    expect(londonToday(new Date('2026-12-01T23:30:00Z'))).toBe('2026-12-01');
  });
});
