/**
 * How an agency's victims' ratings are read for the rules: the selection and its shape. Apart
 * from the GraphQL types, so that jobs (the reminder pass) read ratings without loading the schema.
 */
import { publicPlanStatuses } from '../access/action-plan.access.ts';

export const victimsArea = 'TREATMENT_OF_VICTIMS';

/** A victims' rating with its grade on the common scale, as the rules read it. */
export const victimsRatingsSelect = {
  ratings: {
    // A withdrawn rating no longer counts (rating.corrections.ts).
    where: { areaCode: victimsArea, withdrawnAt: null },
    orderBy: [{ ratedOn: 'desc' as const }, { recordedAt: 'desc' as const }],
    // Scalars only: the grade and framework come from the rating scales (`scaled()` in
    // rating.reference.ts), which are kept between requests, instead of three more reads.
  },
  // Only public plans: whether the duty is met is the same answer for every viewer.
  actionPlans: {
    where: { status: { in: publicPlanStatuses } },
    select: { status: true, createdAt: true },
  },
};

type WithVictimsRatings = {
  ratings: Array<{
    ratedOn: Date;
    grade: { commonGrade: { rank: number; triggersActionPlan: boolean } };
  }>;
};
export const asRated = <R extends WithVictimsRatings['ratings'][number]>(rating: R) => ({
  ...rating,
  commonRank: rating.grade.commonGrade.rank,
  triggersActionPlan: rating.grade.commonGrade.triggersActionPlan,
});
