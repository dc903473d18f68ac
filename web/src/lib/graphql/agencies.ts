import { gql } from '@urql/core';
import type { RatingSummary } from './ratings.ts';

export type AgencyKindCode =
  | 'POLICE_FORCE'
  | 'CPS'
  | 'CPS_AREA'
  | 'HMCTS'
  | 'HMPPS'
  | 'PROBATION_REGION'
  | 'PRISON'
  | 'YOUTH_OFFENDING_TEAM';

export interface AgencyRow {
  id: string;
  name: string;
  region: string | null;
  kind: { code: AgencyKindCode; name: string };
  localPolicingBody: { name: string; kind: string } | null;
}

export interface AgencyDirectory {
  agencies: {
    totalCount: number;
    edges: Array<{ node: AgencyRow }>;
    pageInfo: {
      hasNextPage: boolean;
      hasPreviousPage: boolean;
      startCursor: string | null;
      endCursor: string | null;
    };
  };
  agencyKinds: Array<{ code: AgencyKindCode; pluralName: string }>;
  regions: string[];
}

export const agencyDirectoryQuery = gql<AgencyDirectory>`
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
`;

export interface AgencyDetail {
  agency: {
    id: string;
    name: string;
    shortName: string | null;
    region: string | null;
    country: string;
    notes: string | null;
    kind: {
      name: string;
      responsibleMinister: { title: string };
      inspectedBy: Array<{ name: string; shortName: string }>;
    };
    parent: { id: string; name: string } | null;
    children: Array<{ id: string; name: string }>;
    localPolicingBodyTerms: Array<{
      startsOn: string | null;
      endsOn: string | null;
      localPolicingBody: { name: string; kind: string };
    }>;
    prosecutedBy: Array<{ partial: boolean; cpsArea: { id: string; name: string } }>;
    prosecutesFor: Array<{ partial: boolean; policeForce: { id: string; name: string } }>;
    victimsRatings: Array<RatingSummary>;
    actionPlanOwed: { since: string } | null;
  };
  commonScale: Array<{ code: string; label: string; rank: number }>;
}

export const agencyDetailQuery = gql<AgencyDetail>`
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
`;

export const localPolicingBodyKindNames: Record<string, string> = {
  PCC: 'Police and Crime Commissioner',
  PFCC: 'Police, Fire and Crime Commissioner',
  MAYOR: 'Mayor',
  COMMON_COUNCIL: 'Common Council of the City of London',
};

export const countryNames: Record<string, string> = {
  ENGLAND: 'England',
  WALES: 'Wales',
  ENGLAND_AND_WALES: 'England and Wales',
};

export interface AgencyInspections {
  agency: {
    inspectionsVisiting: Array<{
      id: string;
      title: string;
      status: string;
      programme: { id: string; title: string };
      leadInspectorate: { shortName: string };
    }>;
  } | null;
}

/** The inspections that visited an agency (published programmes, for the public). */
export const agencyInspectionsQuery = `
  query AgencyInspections($id: ID!) {
    agency(id: $id) {
      inspectionsVisiting { id title status programme { id title } leadInspectorate { shortName } }
    }
  }
`;
