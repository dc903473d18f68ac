/** Operations behind the baseline's "what changed" page and the annual review. */
import { graphql, mutationErrors, type EnumOf, type ResultOf } from '../graphql.ts';

export type BaselineChangeKind = EnumOf<'BaselineChangeKind'>;
export type ReviewOutcome = EnumOf<'AnnualReviewOutcome'>;

export const programmeChangesQuery = graphql(`
  query ProgrammeChanges($id: ID!) {
    programme(id: $id) {
      id
      title
      status
      startsOn
      endsOn
      baseline {
        capturedOn
        capturedAt
        capturedBy
        backfilled
      }
      changesSinceBaseline {
        kind
        inspectionId
        inspectionTitle
        phaseKind
        baselineStart
        baselineEnd
        currentStart
        currentEnd
        days
        message
      }
    }
  }
`);

export type ProgrammeChanges = NonNullable<ResultOf<typeof programmeChangesQuery>['programme']>;
export type BaselineChange = ProgrammeChanges['changesSinceBaseline'][number];

export const annualReviewQuery = graphql(`
  query AnnualReview($id: ID!, $year: Int!, $asPublished: Boolean) {
    annualReview(programmeId: $id, year: $year, asPublished: $asPublished) {
      year
      startsOn
      endsOn
      asPublished
      publishedVersion
      programme {
        id
        title
        status
      }
      publications {
        version
        publishedAt
        publishedBy
      }
      totals {
        planned
        started
        published
        onTime
        late
        overdue
        notYetDue
        cancelled
      }
      entries {
        inspectionId
        title
        status
        plannedAsAgreed
        plannedStart
        startedOn
        startDaysLate
        plannedReport
        reportedOn
        reportDaysLate
        plannedPublication
        publishedOn
        publicationDaysLate
        outcome
        outcomeDays
        cancellationReason
      }
      viewerCan {
        publish
      }
    }
  }
`);

export type AnnualReview = NonNullable<ResultOf<typeof annualReviewQuery>['annualReview']>;

export const publishAnnualReviewMutation = graphql(
  `
    mutation PublishAnnualReview($input: PublishAnnualReviewInput!) {
      publishAnnualReview(input: $input) {
        __typename
        ...MutationErrors
        ... on MutationPublishAnnualReviewSuccess {
          data {
            year
            publishedVersion
          }
        }
      }
    }
  `,
  [mutationErrors],
);

export const programmeReviewYearsQuery = graphql(`
  query ProgrammeReviewYears($id: ID!) {
    programme(id: $id) {
      id
      annualReviews {
        year
        publishedVersion
      }
    }
  }
`);

export type ReviewYear = NonNullable<
  ResultOf<typeof programmeReviewYearsQuery>['programme']
>['annualReviews'][number];
