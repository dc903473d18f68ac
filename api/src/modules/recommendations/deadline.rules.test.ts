import { describe, expect, it } from 'vitest';
import { day } from '../shared/calendar.ts';
import { isOverdue, responseDueOn } from './deadline.rules.ts';

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
});
