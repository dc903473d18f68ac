/** Operations behind the inspection burden: an agency's visits, and the table across forces. */
import { graphql, type ResultOf } from '../graphql.ts';

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
              startsOn
              visitsInYear
            }
          }
        }
      }
    }
  }
`);
