import { describe, expect, it } from 'vitest';
import { day } from '../shared/calendar.ts';
import { actionPlanOwed, distribution, newestFirst, trendOf } from './rating.rules.ts';

const rated = (iso: string, commonRank: number) => ({
  ratedOn: day(iso),
  commonRank,
  triggersActionPlan: commonRank >= 4,
});

describe('trend', () => {
  it('says whether the latest grade fell, improved or stayed, on the common scale', () => {
    expect(trendOf(rated('2025-01-01', 4), rated('2023-01-01', 2))).toBe('FELL');
    expect(trendOf(rated('2025-01-01', 2), rated('2023-01-01', 3))).toBe('IMPROVED');
    expect(trendOf(rated('2025-01-01', 2), rated('2023-01-01', 2))).toBe('UNCHANGED');
    expect(trendOf(rated('2025-01-01', 2), undefined)).toBe('FIRST');
  });
});

describe('action plan owed', () => {
  it('is owed from the first of an unbroken run of poor ratings that reaches today', () => {
    const owed = actionPlanOwed([
      rated('2021-05-01', 4),
      rated('2022-06-01', 2),
      rated('2024-03-01', 4),
      rated('2025-09-01', 5),
    ]);
    expect(owed).toEqual({ since: day('2024-03-01'), rating: rated('2025-09-01', 5) });
  });

  it('is not owed once the latest rating is above the trigger, nor with no ratings', () => {
    expect(actionPlanOwed([rated('2023-01-01', 5), rated('2025-01-01', 3)])).toBeNull();
    expect(actionPlanOwed([])).toBeNull();
  });
});

describe('distribution', () => {
  it('counts agencies at every grade, including grades nobody holds', () => {
    const scale = [
      { code: 'GOOD', rank: 2 },
      { code: 'OUTSTANDING', rank: 1 },
      { code: 'INADEQUATE', rank: 5 },
    ];
    expect(
      distribution(scale, ['GOOD', 'GOOD', 'INADEQUATE']).map((d) => [d.grade.code, d.count]),
    ).toEqual([
      ['OUTSTANDING', 0],
      ['GOOD', 2],
      ['INADEQUATE', 1],
    ]);
  });

  it('orders history newest first', () => {
    expect(
      newestFirst([rated('2021-01-01', 1), rated('2024-01-01', 2)]).map((r) => r.ratedOn),
    ).toEqual([day('2024-01-01'), day('2021-01-01')]);
  });
});
