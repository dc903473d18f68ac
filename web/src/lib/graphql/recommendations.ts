/**
 * The public page of recommendations and their responses. It asks only the published-only
 * queries: a recommendation whose report is not yet published is not in any answer.
 */
import type { ImplementationStatus, RecommendationAnswer, RecommendationSource } from './track.ts';

export interface PublishedResponse {
  agency: { id: string; name: string };
  dueOn: string | null;
  answer: RecommendationAnswer | null;
  reasons: string | null;
  plannedActions: string | null;
  respondedOn: string | null;
  implementation: ImplementationStatus;
  overdue: boolean;
}

export interface PublishedRecommendation {
  id: string;
  source: RecommendationSource;
  reportTitle: string;
  publishedOn: string;
  reference: string;
  text: string;
  responses: PublishedResponse[];
}

export interface PublishedRecommendations {
  publishedRecommendations: PublishedRecommendation[];
  publishedRecommendationAddressees: Array<{ id: string; name: string }>;
}

export const publishedRecommendationsQuery = `
  query PublishedRecommendations($agencyId: ID, $source: RecommendationSource) {
    publishedRecommendations(agencyId: $agencyId, source: $source) {
      id source reportTitle publishedOn reference text
      responses { agency { id name } dueOn answer reasons plannedActions respondedOn implementation overdue }
    }
    publishedRecommendationAddressees { id name }
  }
`;

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
