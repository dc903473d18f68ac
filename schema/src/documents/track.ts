/** Operations behind the tracking pages: deadlines, recommendations and their responses, escalations. */
import {
  graphql,
  mutationErrors,
  type EnumOf,
  type ResultOf,
  type VariablesOf,
} from '../graphql.ts';

export type DeadlineKind = EnumOf<'DeadlineKind'>;
export type RecommendationSource = EnumOf<'RecommendationSource'>;
export type RecommendationAnswer = EnumOf<'RecommendationAnswer'>;
export type ImplementationStatus = EnumOf<'ImplementationStatus'>;
export type EscalationKind = EnumOf<'EscalationKind'>;

export const deadlinesQuery = graphql(`
  query Deadlines($owner: String, $overdueOnly: Boolean) {
    owners: deadlines {
      owner
    }
    deadlines(owner: $owner, overdueOnly: $overdueOnly) {
      kind
      title
      owner
      agencyName
      dueOn
      since
      overdue
      subjectId
    }
  }
`);

export type Deadline = ResultOf<typeof deadlinesQuery>['deadlines'][number];

export type DeadlineStatus = EnumOf<'DeadlineStatus'>;
export type DeadlineSort = EnumOf<'DeadlineSort'>;

/** The deadlines alone, a page at a time, for the CSV export. */
export const deadlineExportQuery = graphql(`
  query DeadlineExport(
    $mine: Boolean
    $owners: [ID!]
    $kinds: [DeadlineKind!]
    $statuses: [DeadlineStatus!]
    $search: String
    $sort: DeadlineSort
    $offset: Int
    $limit: Int
  ) {
    deadlinePage(
      mine: $mine
      owners: $owners
      kinds: $kinds
      statuses: $statuses
      search: $search
      sort: $sort
      offset: $offset
      limit: $limit
    ) {
      totalCount
      items {
        kind
        title
        owner
        agencyName
        dueOn
        since
        overdue
        subjectId
      }
    }
  }
`);

/** One page of the deadlines, with its counts and owners, and the plans to lay and publish. */
export const deadlinePageQuery = graphql(`
  query DeadlinePage(
    $mine: Boolean
    $owners: [ID!]
    $kinds: [DeadlineKind!]
    $statuses: [DeadlineStatus!]
    $search: String
    $sort: DeadlineSort
    $offset: Int
    $limit: Int
  ) {
    deadlinePage(
      mine: $mine
      owners: $owners
      kinds: $kinds
      statuses: $statuses
      search: $search
      sort: $sort
      offset: $offset
      limit: $limit
    ) {
      totalCount
      overdueCount
      mine
      ownerCount
      owners {
        id
        name
        count
      }
      items {
        kind
        title
        owner
        agencyName
        dueOn
        since
        overdue
        subjectId
      }
    }
    toLay: deadlinePage(
      mine: $mine
      owners: $owners
      kinds: [ACTION_PLAN_TO_LAY]
      search: $search
      sort: OWNER
      limit: 100
    ) {
      items {
        kind
        title
        owner
        agencyName
        dueOn
        since
        overdue
        subjectId
      }
    }
    toPublish: deadlinePage(
      mine: $mine
      owners: $owners
      kinds: [ACTION_PLAN_TO_PUBLISH]
      search: $search
      sort: OWNER
      limit: 100
    ) {
      items {
        kind
        title
        owner
        agencyName
        dueOn
        since
        overdue
        subjectId
      }
    }
  }
`);

export type DeadlinePage = ResultOf<typeof deadlinePageQuery>['deadlinePage'];
export type DeadlinePageVariables = VariablesOf<typeof deadlinePageQuery>;

export const recommendationsQuery = graphql(`
  query Recommendations {
    recommendations {
      id
      source
      reportTitle
      publishedOn
      reference
      text
      version
      correctedAt
      correctionReason
      withdrawnAt
      withdrawalReason
      viewerCanCorrect
      responses {
        id
        version
        dueOn
        overdue
        answer
        reasons
        plannedActions
        respondedOn
        respondedBy
        implementation
        correctedAt
        correctionReason
        withdrawnAt
        withdrawalReason
        agency {
          id
          name
        }
        viewerCan {
          respond
          recordImplementation
          correct
        }
      }
    }
    viewerCan {
      recordRecommendation
    }
    agencyKinds {
      code
      pluralName
    }
    agencies(first: 200) {
      edges {
        node {
          id
          name
          kind {
            code
            pluralName
          }
        }
      }
    }
  }
`);

export type Recommendation = ResultOf<typeof recommendationsQuery>['recommendations'][number];
export type RecommendationResponse = Recommendation['responses'][number];
export type AgencyChoices = Pick<ResultOf<typeof recommendationsQuery>, 'agencyKinds' | 'agencies'>;

export const recordRecommendationMutation = graphql(
  `
    mutation RecordRecommendation($input: RecordRecommendationInput!) {
      recordRecommendation(input: $input) {
        __typename
        ...MutationErrors
        ... on MutationRecordRecommendationSuccess {
          data {
            id
          }
        }
      }
    }
  `,
  [mutationErrors],
);

export const respondToRecommendationMutation = graphql(
  `
    mutation RespondToRecommendation($input: RespondToRecommendationInput!) {
      respondToRecommendation(input: $input) {
        __typename
        ...MutationErrors
        ... on MutationRespondToRecommendationSuccess {
          data {
            id
          }
        }
      }
    }
  `,
  [mutationErrors],
);

export const recordImplementationMutation = graphql(
  `
    mutation RecordImplementation($input: RecordImplementationInput!) {
      recordImplementation(input: $input) {
        __typename
        ...MutationErrors
        ... on MutationRecordImplementationSuccess {
          data {
            id
          }
        }
      }
    }
  `,
  [mutationErrors],
);

export const escalationsQuery = graphql(`
  query Escalations {
    escalations {
      id
      kind
      issuedOn
      summary
      responseDueOn
      respondedOn
      endedOn
      overdue
      version
      agency {
        id
        name
      }
      inspectorate {
        id
        shortName
      }
      viewerCan {
        recordResponse
        end
      }
    }
    viewerCan {
      recordEscalation
    }
    inspectorates {
      id
      name
      shortName
      viewerCan {
        recordEscalation
      }
    }
    agencyKinds {
      code
      pluralName
    }
    agencies(first: 200) {
      edges {
        node {
          id
          name
          kind {
            code
            pluralName
          }
        }
      }
    }
  }
`);

export type EscalationsData = ResultOf<typeof escalationsQuery>;
export type Escalation = EscalationsData['escalations'][number];

export const recordEscalationMutation = graphql(
  `
    mutation RecordEscalation($input: RecordEscalationInput!) {
      recordEscalation(input: $input) {
        __typename
        ...MutationErrors
        ... on MutationRecordEscalationSuccess {
          data {
            id
          }
        }
      }
    }
  `,
  [mutationErrors],
);

export const endEscalationMutation = graphql(
  `
    mutation EndEscalation($input: EndEscalationInput!) {
      endEscalation(input: $input) {
        __typename
        ...MutationErrors
        ... on MutationEndEscalationSuccess {
          data {
            id
          }
        }
      }
    }
  `,
  [mutationErrors],
);

export const recordEscalationResponseMutation = graphql(
  `
    mutation RecordEscalationResponse($input: RecordEscalationResponseInput!) {
      recordEscalationResponse(input: $input) {
        __typename
        ...MutationErrors
        ... on MutationRecordEscalationResponseSuccess {
          data {
            id
          }
        }
      }
    }
  `,
  [mutationErrors],
);

export const correctRecommendationMutation = graphql(
  `
    mutation CorrectRecommendation($input: CorrectRecommendationInput!) {
      correctRecommendation(input: $input) {
        __typename
        ...MutationErrors
        ... on MutationCorrectRecommendationSuccess {
          data {
            id
          }
        }
      }
    }
  `,
  [mutationErrors],
);

export const correctAnswerMutation = graphql(
  `
    mutation CorrectRecommendationResponse($input: CorrectRecommendationResponseInput!) {
      correctRecommendationResponse(input: $input) {
        __typename
        ...MutationErrors
        ... on MutationCorrectRecommendationResponseSuccess {
          data {
            id
          }
        }
      }
    }
  `,
  [mutationErrors],
);
