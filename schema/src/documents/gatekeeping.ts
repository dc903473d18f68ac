/** Operations behind gatekeeping: other bodies' proposed inspections and the gatekeeper's decisions. */
import { graphql, mutationErrors, type EnumOf, type ResultOf } from '../graphql.ts';

export type GatekeepingDecision = EnumOf<'GatekeepingDecision'>;

export const proposedInspectionsQuery = graphql(`
  query ProposedInspections($undecided: Boolean) {
    viewerCanRecordProposedInspections
    proposedInspections(undecided: $undecided) {
      id
      title
      body {
        shortName
      }
      gatekeeper {
        shortName
      }
      proposedOn
      fieldworkStart
      fieldworkEnd
      agencies {
        id
        name
      }
      decision
      decidedOn
      countsInBurden
      viewerCanDecide
    }
  }
`);

export type ProposedInspectionRow = ResultOf<
  typeof proposedInspectionsQuery
>['proposedInspections'][number];

export const recordProposalChoicesQuery = graphql(`
  query RecordProposalChoices {
    gatekeepersForViewer {
      inspectorate {
        id
        shortName
      }
      agencies {
        id
        name
        kind {
          name
        }
      }
    }
    otherInspectingBodies {
      id
      name
      shortName
    }
  }
`);

export const proposedInspectionQuery = graphql(`
  query ProposedInspection($id: ID!) {
    proposedInspection(id: $id) {
      id
      title
      covers
      body {
        name
        shortName
      }
      gatekeeper {
        shortName
      }
      proposedOn
      fieldworkStart
      fieldworkEnd
      agencies {
        id
        name
      }
      decision
      decidedOn
      decisionReasons
      manner
      correctionReason
      version
      countsInBurden
      burdenAtFieldwork {
        agencyId
        agencyName
        visitsInYear
        warnFromVisit
      }
      viewerCanDecide
    }
  }
`);

export type ProposedInspectionDetail = NonNullable<
  ResultOf<typeof proposedInspectionQuery>['proposedInspection']
>;

export const recordProposedInspectionMutation = graphql(
  `
    mutation RecordProposedInspection($input: RecordProposedInspectionInput!) {
      recordProposedInspection(input: $input) {
        __typename
        ...MutationErrors
        ... on MutationRecordProposedInspectionSuccess {
          data {
            id
            title
          }
        }
      }
    }
  `,
  [mutationErrors],
);

export const decideProposedInspectionMutation = graphql(
  `
    mutation DecideProposedInspection($input: DecideProposedInspectionInput!) {
      decideProposedInspection(input: $input) {
        __typename
        ...MutationErrors
        ... on MutationDecideProposedInspectionSuccess {
          data {
            id
            decision
            version
            countsInBurden
          }
        }
      }
    }
  `,
  [mutationErrors],
);

export const otherInspectingBodiesQuery = graphql(`
  query OtherInspectingBodies {
    viewerCanChangeBurdenThresholds
    otherInspectingBodies(includeRetired: true) {
      id
      name
      shortName
      inspects
      notes
      retiredOn
      version
    }
  }
`);

export type OtherInspectingBody = ResultOf<
  typeof otherInspectingBodiesQuery
>['otherInspectingBodies'][number];

export const saveOtherInspectingBodyMutation = graphql(
  `
    mutation SaveOtherInspectingBody($input: SaveOtherInspectingBodyInput!) {
      saveOtherInspectingBody(input: $input) {
        __typename
        ...MutationErrors
        ... on MutationSaveOtherInspectingBodySuccess {
          data {
            id
            shortName
            version
          }
        }
      }
    }
  `,
  [mutationErrors],
);
