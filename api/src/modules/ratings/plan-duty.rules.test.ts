import { describe, expect, it } from 'vitest';
import { day } from '../shared/calendar.ts';
import { actionPlanOwed } from './rating.rules.ts';

const poor = (iso: string) => ({ ratedOn: day(iso), commonRank: 4, triggersActionPlan: true });
const good = (iso: string) => ({ ratedOn: day(iso), commonRank: 2, triggersActionPlan: false });

describe('the duty to produce an action plan', () => {
  const ratings = [good('2023-05-01'), poor('2025-03-10'), poor('2026-03-10')];

  it('stands from the first poor rating of the run while no plan is published', () => {
    expect(actionPlanOwed(ratings)?.since).toEqual(day('2025-03-10'));
    expect(
      actionPlanOwed(ratings, [{ status: 'LAID', createdAt: new Date('2025-04-01T10:00:00Z') }]),
    ).not.toBeNull();
  });

  it('ends once a plan opened since then is published, or has gone on to follow-up', () => {
    for (const status of ['PUBLISHED', 'IN_FOLLOW_UP', 'CLOSED'] as const)
      expect(
        actionPlanOwed(ratings, [{ status, createdAt: new Date('2025-04-01T10:00:00Z') }]),
      ).toBeNull();
  });

  it('is not met by a plan published for an earlier run of poor ratings', () => {
    expect(
      actionPlanOwed(ratings, [{ status: 'CLOSED', createdAt: new Date('2020-01-01T10:00:00Z') }])
        ?.since,
    ).toEqual(day('2025-03-10'));
  });
});
