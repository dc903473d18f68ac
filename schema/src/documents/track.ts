/** Operations behind the tracking pages: deadlines, recommendations and their responses, escalations. */
import { graphql, mutationErrors, type EnumOf, type ResultOf } from '../graphql.ts';

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

export const recommendationsQuery = graphql(`
  query Recommendations {
    recommendations {
      id
      source
      reportTitle
      publishedOn
      reference
      text
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
        agency {
          id
          name
        }
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
      agency {
        id
        name
      }
      inspectorate {
        id
        shortName
      }
    }
    inspectorates {
      id
      name
      shortName
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
