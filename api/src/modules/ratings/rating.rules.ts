/** Reading a history of ratings: the latest, which way it moved, and whether an action plan is owed. */

export interface RatedGrade {
  ratedOn: Date;
  /** Rank on the common scale: 1 is best. */
  commonRank: number;
  triggersActionPlan: boolean;
}

export type Trend = 'FIRST' | 'IMPROVED' | 'UNCHANGED' | 'FELL';

/** Newest first, ties kept in the order given. */
export function newestFirst<T extends { ratedOn: Date }>(ratings: readonly T[]): T[] {
  return [...ratings].sort((a, b) => b.ratedOn.getTime() - a.ratedOn.getTime());
}

export function trendOf(latest: RatedGrade, previous: RatedGrade | undefined): Trend {
  if (!previous) return 'FIRST';
  if (latest.commonRank > previous.commonRank) return 'FELL';
  if (latest.commonRank < previous.commonRank) return 'IMPROVED';
  return 'UNCHANGED';
}

/**
 * An agency owes an action plan while its latest rating is at or below the trigger. The duty
 * arose with the first rating of the unbroken run of such ratings that ends with the latest.
 */
export function actionPlanOwed<T extends RatedGrade>(
  ratings: readonly T[],
): { since: Date; rating: T } | null {
  const history = newestFirst(ratings);
  if (!history[0]?.triggersActionPlan) return null;
  let first = history[0];
  for (const rating of history.slice(1)) {
    if (!rating.triggersActionPlan) break;
    first = rating;
  }
  return { since: first.ratedOn, rating: history[0] };
}

/** How many agencies stand at each grade, every grade listed, best first. */
export function distribution<Grade extends { code: string; rank: number }>(
  scale: readonly Grade[],
  latestCodes: readonly string[],
): Array<{ grade: Grade; count: number }> {
  return [...scale]
    .sort((a, b) => a.rank - b.rank)
    .map((grade) => ({ grade, count: latestCodes.filter((code) => code === grade.code).length }));
}
