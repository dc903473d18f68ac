/**
 * The public ratings pages: the latest victims' rating of every agency of a kind, and one
 * agency's history. Ratings are published when recorded; of action plans, only the statuses
 * the public may read are ever asked for.
 */
import { graphql, type ResultOf } from '../graphql.ts';
import { gradeCountFields, ratingSummaryFields } from './ratings.ts';

export const publicRatingsQuery = graphql(
  `
    query PublicRatings($kind: AgencyKindCode!) {
      ratingComparison(kind: $kind, sort: NAME) {
        distribution {
          ...GradeCountFields
        }
        rows {
          agency {
            id
            name
            region
          }
          latest {
            ratedOn
            framework {
              name
              version
            }
            grade {
              label
              commonGrade {
                code
                label
                rank
              }
            }
          }
        }
      }
      agencyKinds {
        code
        name
        pluralName
      }
    }
  `,
  [gradeCountFields],
);

export type PublicRatings = ResultOf<typeof publicRatingsQuery>;
export type LatestRatingRow = PublicRatings['ratingComparison']['rows'][number];

export const agencyRatingsQuery = graphql(
  `
    query AgencyRatings($id: ID!) {
      agency(id: $id) {
        id
        name
        region
        kind {
          code
          name
          pluralName
        }
        victimsRatings {
          ...RatingSummary
        }
        withdrawnVictimsRatings {
          id
          ratedOn
          withdrawnAt
          withdrawalReason
          framework {
            name
          }
          grade {
            label
          }
        }
        actionPlanOwed {
          since
        }
      }
      commonScale {
        code
        label
        rank
      }
      actionPlans(statuses: [PUBLISHED, IN_FOLLOW_UP, CLOSED], agencyId: $id) {
        id
        title
        status
        laidOn
        publishedOn
        actions {
          status
        }
      }
      publishedRecommendations(agencyId: $id) {
        id
      }
    }
  `,
  [ratingSummaryFields],
);

export type AgencyRatings = ResultOf<typeof agencyRatingsQuery>;
