/** Operations behind the administrators' pages for the directory of agencies. */
import { graphql, mutationErrors, type ResultOf } from '../graphql.ts';

export const agencyAdminListQuery = graphql(`
  query AgencyAdminList($filter: AgencyFilter, $first: Int, $after: String) {
    agencies(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        node {
          id
          name
          closedOn
          kind {
            code
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    agencyKinds {
      code
      name
      pluralName
    }
    viewerCan {
      manageAgencies
    }
  }
`);

export type AgencyAdminList = ResultOf<typeof agencyAdminListQuery>;

/** What the add form offers: the kinds, and the open agencies a new one may belong to. */
export const agencyFormChoicesQuery = graphql(`
  query AgencyFormChoices {
    agencyKinds {
      code
      name
    }
    agencies(first: 200, filter: { kinds: [CPS, HMCTS, HMPPS, PROBATION_REGION] }) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const agencyAdminQuery = graphql(`
  query AgencyAdmin($id: ID!) {
    agency(id: $id) {
      id
      name
      shortName
      region
      closedOn
      version
      kind {
        name
      }
      parent {
        name
      }
      formerNames {
        name
        shortName
        renamedOn
      }
      reopenings {
        closedOn
        reason
        reopenedOn
      }
      viewerCan {
        rename
        close
        reopen
      }
    }
  }
`);

export type AgencyAdmin = ResultOf<typeof agencyAdminQuery>;

export const addAgencyMutation = graphql(
  `
    mutation AddAgency($input: AddAgencyInput!) {
      addAgency(input: $input) {
        __typename
        ...MutationErrors
        ... on MutationAddAgencySuccess {
          data {
            id
            name
          }
        }
      }
    }
  `,
  [mutationErrors],
);

export const renameAgencyMutation = graphql(
  `
    mutation RenameAgency($input: RenameAgencyInput!) {
      renameAgency(input: $input) {
        __typename
        ...MutationErrors
        ... on MutationRenameAgencySuccess {
          data {
            id
            name
            version
          }
        }
      }
    }
  `,
  [mutationErrors],
);

export const closeAgencyMutation = graphql(
  `
    mutation CloseAgency($input: CloseAgencyInput!) {
      closeAgency(input: $input) {
        __typename
        ...MutationErrors
        ... on MutationCloseAgencySuccess {
          data {
            id
            closedOn
            version
          }
        }
      }
    }
  `,
  [mutationErrors],
);

export const reopenAgencyMutation = graphql(
  `
    mutation ReopenAgency($input: ReopenAgencyInput!) {
      reopenAgency(input: $input) {
        __typename
        ...MutationErrors
        ... on MutationReopenAgencySuccess {
          data {
            id
            closedOn
            version
          }
        }
      }
    }
  `,
  [mutationErrors],
);

export const checkAgencyImportMutation = graphql(
  `
    mutation CheckAgencyImport($input: CheckAgencyImportInput!) {
      checkAgencyImport(input: $input) {
        __typename
        ...MutationErrors
        ... on MutationCheckAgencyImportSuccess {
          data {
            id
          }
        }
      }
    }
  `,
  [mutationErrors],
);

export const agencyImportQuery = graphql(`
  query AgencyImport($id: ID!) {
    agencyImport(id: $id) {
      id
      fileName
      status
      goodRows
      badRows
      checkedBy
      checkedAt
      decidedAt
      version
      rows {
        line
        name
        kind
        parent
        ok
        problems
      }
      viewerCan {
        accept
        discard
      }
    }
  }
`);

export type AgencyImportReport = ResultOf<typeof agencyImportQuery>['agencyImport'];

export const acceptAgencyImportMutation = graphql(
  `
    mutation AcceptAgencyImport($input: DecideAgencyImportInput!) {
      acceptAgencyImport(input: $input) {
        __typename
        ...MutationErrors
        ... on MutationAcceptAgencyImportSuccess {
          data {
            id
            status
          }
        }
      }
    }
  `,
  [mutationErrors],
);

export const discardAgencyImportMutation = graphql(
  `
    mutation DiscardAgencyImport($input: DecideAgencyImportInput!) {
      discardAgencyImport(input: $input) {
        __typename
        ...MutationErrors
        ... on MutationDiscardAgencyImportSuccess {
          data {
            id
            status
          }
        }
      }
    }
  `,
  [mutationErrors],
);
