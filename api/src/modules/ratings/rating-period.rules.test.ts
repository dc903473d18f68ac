import { describe, expect, it } from 'vitest';
import { day } from '../shared/calendar.ts';
import { frameworkPeriodIssues } from './rating-period.rules.ts';

const peel = { name: 'PEEL', version: '2025', validFrom: day('2025-04-01'), validUntil: null };

describe('a rating inside its framework’s period', () => {
  it('accepts a date in the period, and refuses one before it', () => {
    expect(frameworkPeriodIssues(peel, day('2025-04-01'))).toEqual([]);
    expect(frameworkPeriodIssues(peel, day('2025-03-31'))).toEqual([
      {
        field: ['input', 'ratedOn'],
        message:
          'The rating date must be in the period of PEEL 2025, which is in use from 1 April 2025.',
      },
    ]);
  });

  it('refuses a date after a period that has ended', () => {
    const old = { ...peel, validFrom: null, validUntil: day('2024-03-31') };
    expect(frameworkPeriodIssues(old, day('2024-04-01'))[0]?.message).toMatch(
      /in use until 31 March 2024/,
    );
  });
});
