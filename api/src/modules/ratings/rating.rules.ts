/** Reading a history of ratings: the latest, which way it moved, and whether an action plan is owed. */
import { publicPlanStatuses } from '../access/action-plan.access.ts';
import type { ActionPlanStatus } from '../action-plans/action-plan.rules.ts';

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
 *
 * The duty ends when a plan opened since then is **published**: in the public domain, as the
 * public plan pages show it (for a police force once its local policing body publishes it; for
 * other agencies once laid and in follow-up). Not at acceptance or laying: those plans are not
 * public here, so the public would see the duty end with no plan to read, and public and staff
 * pages would disagree. Laying and publishing are the minister's and the local policing body's
 * own duties, tracked as their own items until then.
 */
export function actionPlanOwed<T extends RatedGrade>(
  ratings: readonly T[],
  plans: ReadonlyArray<{ status: ActionPlanStatus; createdAt: Date }> = [],
): { since: Date; rating: T } | null {
  const history = newestFirst(ratings);
  if (!history[0]?.triggersActionPlan) return null;
  let first = history[0];
  for (const rating of history.slice(1)) {
    if (!rating.triggersActionPlan) break;
    first = rating;
  }
  const met = plans.some(
    (plan) =>
      publicPlanStatuses.includes(plan.status) &&
      plan.createdAt.getTime() >= first.ratedOn.getTime(),
  );
  return met ? null : { since: first.ratedOn, rating: history[0] };
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
