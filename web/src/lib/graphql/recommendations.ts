/**
 * What the public page of recommendations says; its document and result types are the
 * contract's, which asks only the published-only queries.
 */
import type { RecommendationSource } from '@cjji/contract/track';

export * from '@cjji/contract/recommendations';

export const recommendationSources: readonly RecommendationSource[] = [
  'VICTIMS_COMMISSIONER_ANNUAL_REPORT',
  'INSPECTION_REPORT',
  'URGENT_NOTIFICATION',
];

/** For "3 recommendations made in inspection reports". */
export const sourcePhrases: Record<RecommendationSource, string> = {
  VICTIMS_COMMISSIONER_ANNUAL_REPORT: 'in the Victims’ Commissioner’s annual reports',
  INSPECTION_REPORT: 'in inspection reports',
  URGENT_NOTIFICATION: 'in Urgent Notifications',
};
