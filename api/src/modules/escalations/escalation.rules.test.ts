import { describe, expect, it } from 'vitest';
import { day } from '../shared/calendar.ts';
import { endBlockedBecause, endDateIssues } from './escalation.rules.ts';

const engage = {
  kind: 'ENHANCED_MONITORING' as const,
  issuedOn: day('2026-03-02'),
  respondedOn: null,
  endedOn: null,
};
const urgent = { ...engage, kind: 'URGENT_NOTIFICATION' as const };
const field = ['input', 'endedOn'];

describe('ending an escalation', () => {
  it('lets an Engage phase end, but not twice', () => {
    expect(endBlockedBecause(engage)).toBeNull();
    expect(endBlockedBecause({ ...engage, endedOn: day('2026-09-01') })).toBe(
      'It has already ended.',
    );
  });

  it('keeps an Urgent Notification open until its public response is recorded', () => {
    expect(endBlockedBecause(urgent)).toMatch(/Record the public response/);
    expect(endBlockedBecause({ ...urgent, respondedOn: day('2026-03-30') })).toBeNull();
  });

  it('refuses a day before it was issued, or before the response, and a day after today', () => {
    const today = day('2026-12-01');
    expect(endDateIssues(engage, day('2026-03-02'), today, field)).toEqual([]);
    expect(endDateIssues(engage, day('2026-03-01'), today, field)).toEqual([
      {
        field,
        message: 'Date it ended must be the same as or after 2 March 2026, when it was issued',
      },
    ]);
    expect(
      endDateIssues(
        { ...urgent, respondedOn: day('2026-03-30') },
        day('2026-03-20'),
        today,
        field,
      ).map((issue) => issue.message),
    ).toEqual([
      'Date it ended must be the same as or after 30 March 2026, when the response was published',
    ]);
    expect(endDateIssues(engage, day('2026-12-02'), today, field)).toEqual([
      { field, message: 'Date it ended must be today or in the past' },
    ]);
  });
});
