import { describe, expect, it } from 'vitest';
import { day, startOfDay } from '../shared/calendar.ts';
import { isOverdue, responseDueOn } from './deadline.rules.ts';

const at00_30Bst = new Date('2027-06-30T23:30:00Z'); // 00:30 BST on 1 July 2027
const at00_30Gmt = new Date('2027-01-15T00:30:00Z'); // 00:30 GMT on 15 January 2027

describe('response deadlines', () => {
  it('gives 56 days from the Victims’ Commissioner’s annual report and 28 from an Urgent Notification', () => {
    expect(responseDueOn('VICTIMS_COMMISSIONER_ANNUAL_REPORT', day('2026-11-25'))).toEqual(
      day('2027-01-20'),
    );
    expect(responseDueOn('URGENT_NOTIFICATION', day('2026-11-25'))).toEqual(day('2026-12-23'));
    expect(responseDueOn('INSPECTION_REPORT', day('2026-11-25'))).toBeNull();
  });

  it('is overdue the day after it falls due, and not once answered', () => {
    expect(isOverdue(day('2026-12-23'), null, day('2026-12-23'))).toBe(false);
    expect(isOverdue(day('2026-12-23'), null, day('2026-12-24'))).toBe(true);
    expect(isOverdue(day('2026-12-23'), day('2026-12-20'), day('2027-01-05'))).toBe(false);
    expect(isOverdue(null, null, day('2030-01-01'))).toBe(false);
  });

  it('a deadline of 30 June is overdue at 00:30 BST on 1 July, not an hour later', () => {
    expect(isOverdue(day('2027-06-30'), null, startOfDay(at00_30Bst))).toBe(true);
    expect(isOverdue(day('2027-01-14'), null, startOfDay(at00_30Gmt))).toBe(true);
    expect(isOverdue(day('2027-01-15'), null, startOfDay(at00_30Gmt))).toBe(false);
  });
});
