/**
 * The public page of recommendations and their responses. It asks only the published-only
 * queries: a recommendation whose report is not yet published is not in any answer.
 */
import { graphql, type ResultOf } from '../graphql.ts';

export const publishedRecommendationsQuery = graphql(`
  query PublishedRecommendations($agencyId: ID, $source: RecommendationSource) {
    publishedRecommendations(agencyId: $agencyId, source: $source) {
      id
      source
      reportTitle
      publishedOn
      reference
      text
      correctedAt
      correctionReason
      responses {
        agency {
          id
          name
        }
        dueOn
        answer
        reasons
        plannedActions
        respondedOn
        implementation
        overdue
        correctedAt
        correctionReason
        withdrawnAt
        withdrawalReason
      }
    }
    publishedRecommendationAddressees {
      id
      name
    }
  }
`);

export type PublishedRecommendations = ResultOf<typeof publishedRecommendationsQuery>;
export type PublishedRecommendation = PublishedRecommendations['publishedRecommendations'][number];
export type PublishedResponse = PublishedRecommendation['responses'][number];
