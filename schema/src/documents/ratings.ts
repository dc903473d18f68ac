/** Operations behind the ratings pages. */
import { graphql, mutationErrors, type EnumOf, type ResultOf } from '../graphql.ts';

export type Trend = EnumOf<'RatingTrend'>;

/** A victims' rating as every page that lists ratings shows it. */
export const ratingSummaryFields = graphql(`
  fragment RatingSummary on Rating {
    id
    ratedOn
    rationale
    correctedAt
    correctionReason
    viewerCan {
      correct
    }
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
`);

export type RatingSummary = ResultOf<typeof ratingSummaryFields>;

export const gradeCountFields = graphql(`
  fragment GradeCountFields on GradeCount {
    gradeCode
    gradeLabel
    count
  }
`);

export type GradeCount = ResultOf<typeof gradeCountFields>;

export const comparisonQuery = graphql(
  `
    query Comparison(
      $kind: AgencyKindCode!
      $regions: [String!]
      $fell: Boolean
      $sort: RatingComparisonSort
    ) {
      ratingComparison(kind: $kind, regions: $regions, fell: $fell, sort: $sort) {
        distribution {
          ...GradeCountFields
        }
        regions {
          region
          agencies
          rated
          owingActionPlans
          distribution {
            ...GradeCountFields
          }
        }
        rows {
          agency {
            id
            name
            region
          }
          latest {
            ...RatingSummary
          }
          previous {
            grade {
              label
            }
          }
          trend
          owesActionPlan
          owedSince
        }
      }
      agencyKinds {
        code
        pluralName
      }
      regions
      commonScale {
        code
        label
        rank
        triggersActionPlan
      }
      viewerCan {
        importRatings
      }
    }
  `,
  [gradeCountFields, ratingSummaryFields],
);

export type Comparison = ResultOf<typeof comparisonQuery>;
export type ComparisonRow = Comparison['ratingComparison']['rows'][number];

export const importQuery = graphql(`
  query RatingImport($id: ID!) {
    ratingImport(id: $id) {
      id
      fileName
      status
      goodRows
      badRows
      checkedAt
      checkedBy
      decidedAt
      decidedBy
      version
      viewerCan {
        accept
        discard
      }
      rows(onlyProblems: true) {
        line
        agency
        grade
        ratedOn
        problems
        warnings
      }
      changes {
        line
        agency
        grade
        previousGrade
        movement
        planDuty
      }
    }
  }
`);

export type ImportReport = NonNullable<ResultOf<typeof importQuery>['ratingImport']>;

export const checkImportMutation = graphql(
  `
    mutation CheckRatingImport($input: CheckRatingImportInput!) {
      checkRatingImport(input: $input) {
        __typename
        ...MutationErrors
        ... on MutationCheckRatingImportSuccess {
          data {
            id
          }
        }
      }
    }
  `,
  [mutationErrors],
);

export const acceptImportMutation = graphql(
  `
    mutation AcceptRatingImport($input: DecideRatingImportInput!) {
      acceptRatingImport(input: $input) {
        __typename
        ...MutationErrors
        ... on MutationAcceptRatingImportSuccess {
          data {
            id
            goodRows
          }
        }
      }
    }
  `,
  [mutationErrors],
);

export const discardImportMutation = graphql(
  `
    mutation DiscardRatingImport($input: DecideRatingImportInput!) {
      discardRatingImport(input: $input) {
        __typename
        ...MutationErrors
        ... on MutationDiscardRatingImportSuccess {
          data {
            id
          }
        }
      }
    }
  `,
  [mutationErrors],
);

/** A rating, for its lead to correct or withdraw with a reason. */
export const ratingToCorrectQuery = graphql(`
  query RatingToCorrect($id: ID!) {
    node(id: $id) {
      ... on Rating {
        id
        version
        ratedOn
        rationale
        correctedAt
        correctionReason
        withdrawnAt
        withdrawalReason
        viewerCan {
          correct
        }
        agency {
          id
          name
        }
        framework {
          name
          version
          grades {
            id
            label
          }
        }
        grade {
          id
          label
        }
      }
    }
  }
`);

export type RatingToCorrect = NonNullable<ResultOf<typeof ratingToCorrectQuery>['node']>;

export const correctRatingMutation = graphql(
  `
    mutation CorrectRating($input: CorrectRatingInput!) {
      correctRating(input: $input) {
        __typename
        ...MutationErrors
        ... on MutationCorrectRatingSuccess {
          data {
            id
            agency {
              id
            }
          }
        }
      }
    }
  `,
  [mutationErrors],
);
