import { describe, expect, it } from 'vitest';
import {
  day,
  daysIn,
  longDate,
  overlapDays,
  quarterLabel,
  quartersOf,
  rangesOverlap,
  shiftYears,
} from './calendar.ts';

describe('calendar', () => {
  it('counts both ends of a range', () => {
    expect(daysIn({ start: day('2027-03-01'), end: day('2027-03-01') })).toBe(1);
    expect(
      overlapDays(
        { start: day('2027-03-01'), end: day('2027-03-10') },
        { start: day('2027-03-10'), end: day('2027-03-20') },
      ),
    ).toBe(1);
    expect(
      rangesOverlap(
        { start: day('2027-03-01'), end: day('2027-03-09') },
        { start: day('2027-03-10'), end: day('2027-03-20') },
      ),
    ).toBe(false);
  });

  it('splits a range into the calendar quarters it touches', () => {
    const quarters = quartersOf({ start: day('2026-11-15'), end: day('2027-04-02') });
    expect(quarters.map(quarterLabel)).toEqual([
      'Oct to Dec 2026',
      'Jan to Mar 2027',
      'Apr to Jun 2027',
    ]);
    expect(quarters[1]).toEqual({ start: day('2027-01-01'), end: day('2027-03-31') });
  });

  it('writes dates the GOV.UK way and adds years across a leap day', () => {
    expect(longDate(day('2027-03-03'))).toBe('3 March 2027');
    expect(shiftYears(day('2028-02-29'), 1)).toEqual(day('2029-02-28'));
  });
});
