/** Operations behind the inspection burden: an agency's visits, and the table across forces. */
import { graphql, mutationErrors, type ResultOf } from '../graphql.ts';

export const agencyBurdenQuery = graphql(`
  query AgencyBurden($id: ID!) {
    agency(id: $id) {
      id
      name
      inspectionBurden {
        on
        warnFromVisit
        visitsInYearToDate
        visits {
          inspectionId
          proposedInspectionId
          byOtherBody
          title
          ledBy
          startsOn
          endsOn
          visitsInYear
        }
      }
    }
  }
`);

export type AgencyBurden = NonNullable<
  ResultOf<typeof agencyBurdenQuery>['agency']
>['inspectionBurden'];

export const forcesBurdenQuery = graphql(`
  query ForcesBurden {
    agencies(filter: { kinds: [POLICE_FORCE] }, first: 100) {
      edges {
        node {
          id
          name
          inspectionBurden {
            on
            warnFromVisit
            visitsInYearToDate
            visits {
              inspectionId
              proposedInspectionId
              byOtherBody
              startsOn
              visitsInYear
            }
          }
        }
      }
    }
  }
`);

export const burdenThresholdsQuery = graphql(`
  query BurdenThresholds {
    viewerCanChangeBurdenThresholds
    inspectionBurdenThresholds {
      agencyKindCode
      agencyKind {
        name
        pluralName
      }
      warnFromVisit
      version
      fromReferenceFile
    }
  }
`);

export type BurdenThreshold = ResultOf<
  typeof burdenThresholdsQuery
>['inspectionBurdenThresholds'][number];

export const setBurdenThresholdsMutation = graphql(
  `
    mutation SetBurdenThresholds($input: SetBurdenThresholdsInput!) {
      setBurdenThresholds(input: $input) {
        __typename
        ...MutationErrors
        ... on MutationSetBurdenThresholdsSuccess {
          data {
            agencyKindCode
            warnFromVisit
            version
          }
        }
      }
    }
  `,
  [mutationErrors],
);
