/** Operations behind the agency directory and an agency's page. */
import { graphql, type EnumOf, type ResultOf } from '../graphql.ts';

export type AgencyKindCode = EnumOf<'AgencyKindCode'>;

export const agencyDirectoryQuery = graphql(`
  query AgencyDirectory(
    $filter: AgencyFilter
    $first: Int
    $after: String
    $last: Int
    $before: String
  ) {
    agencies(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      edges {
        node {
          id
          name
          region
          kind {
            code
            name
          }
          localPolicingBody {
            name
            kind
          }
        }
      }
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
    }
    agencyKinds {
      code
      pluralName
    }
    regions
  }
`);

export type AgencyDirectory = ResultOf<typeof agencyDirectoryQuery>;
export type AgencyRow = AgencyDirectory['agencies']['edges'][number]['node'];

export const agencyDetailQuery = graphql(`
  query AgencyDetail($id: ID!) {
    agency(id: $id) {
      id
      name
      shortName
      region
      country
      notes
      kind {
        name
        responsibleMinister {
          title
        }
        inspectedBy {
          name
          shortName
        }
      }
      parent {
        id
        name
      }
      children {
        id
        name
      }
      localPolicingBodyTerms {
        startsOn
        endsOn
        localPolicingBody {
          name
          kind
        }
      }
      prosecutedBy {
        partial
        cpsArea {
          id
          name
        }
      }
      prosecutesFor {
        partial
        policeForce {
          id
          name
        }
      }
      victimsRatings {
        ratedOn
        rationale
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
      actionPlanOwed {
        since
      }
    }
    commonScale {
      code
      label
      rank
    }
  }
`);

export type AgencyDetail = ResultOf<typeof agencyDetailQuery>;

export const agencyInspectionsQuery = graphql(`
  query AgencyInspections($id: ID!) {
    agency(id: $id) {
      inspectionsVisiting {
        id
        title
        status
        programme {
          id
          title
        }
        leadInspectorate {
          shortName
        }
      }
    }
  }
`);

export type AgencyInspections = ResultOf<typeof agencyInspectionsQuery>;
