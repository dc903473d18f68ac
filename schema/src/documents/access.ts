/** Operations for signing in and out, the signed-in person, and administrators' account pages. */
import { graphql, mutationErrors, type EnumOf, type ResultOf } from '../graphql.ts';

export type Role = EnumOf<'Role'>;

export const roleGrantFields = graphql(`
  fragment RoleGrant on RoleAssignment {
    id
    role
    roleName
    organisationId
    organisationName
    grantedAt
    grantedBy
    endedAt
    endedBy
    version
  }
`);

export type RoleGrant = ResultOf<typeof roleGrantFields>;

/** The person and the counts of their work, for the header: one request per page. */
export const viewerWithWorkQuery = graphql(
  `
    query ViewerWithWork {
      viewer {
        id
        name
        email
        roles {
          ...RoleGrant
        }
      }
      myWork {
        count
        overdueCount
      }
    }
  `,
  [roleGrantFields],
);

export type SignedInViewer = NonNullable<ResultOf<typeof viewerWithWorkQuery>['viewer']>;

export const signInMutation = graphql(
  `
    mutation SignIn($input: SignInInput!) {
      signIn(input: $input) {
        __typename
        ...MutationErrors
        ... on RateLimitedError {
          retryAfterSeconds
        }
        ... on MutationSignInSuccess {
          data {
            token
            expiresAt
          }
        }
      }
    }
  `,
  [mutationErrors],
);

export const signOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);

const accountFields = graphql(`
  fragment AccountFields on User {
    id
    email
    name
    disabled
    hasPassword
    lastSignInAt
    createdAt
    createdBy
    version
  }
`);

export const accountsQuery = graphql(
  `
    query Accounts {
      accounts {
        ...AccountFields
        roles {
          ...RoleGrant
        }
      }
    }
  `,
  [accountFields, roleGrantFields],
);

export type Account = ResultOf<typeof accountsQuery>['accounts'][number];

export const accountQuery = graphql(
  `
    query Account($id: ID!) {
      node(id: $id) {
        __typename
        ... on User {
          ...AccountFields
          roles(includeEnded: true) {
            ...RoleGrant
          }
        }
      }
    }
  `,
  [accountFields, roleGrantFields],
);

/** Every organisation a role can be held in, for the role form's choices. */
export const organisationsQuery = graphql(`
  query Organisations {
    inspectorates {
      id
      name
    }
    agencies(first: 200) {
      edges {
        node {
          id
          name
        }
      }
    }
    ministers {
      id
      title
    }
    policingBodies: agencies(first: 60, filter: { kinds: [POLICE_FORCE] }) {
      edges {
        node {
          id
          name
          localPolicingBody {
            id
            name
          }
        }
      }
    }
  }
`);

export const createAccountMutation = graphql(
  `
    mutation CreateAccount($input: CreateAccountInput!) {
      createAccount(input: $input) {
        __typename
        ...MutationErrors
        ... on MutationCreateAccountSuccess {
          data {
            id
          }
        }
      }
    }
  `,
  [mutationErrors],
);

export const grantRoleMutation = graphql(
  `
    mutation GrantRole($input: GrantRoleInput!) {
      grantRole(input: $input) {
        __typename
        ...MutationErrors
        ... on MutationGrantRoleSuccess {
          data {
            id
          }
        }
      }
    }
  `,
  [mutationErrors],
);

export const endRoleMutation = graphql(
  `
    mutation EndRole($id: ID!, $expectedVersion: Int!) {
      endRole(roleAssignmentId: $id, expectedVersion: $expectedVersion) {
        __typename
        ...MutationErrors
        ... on MutationEndRoleSuccess {
          data {
            id
          }
        }
      }
    }
  `,
  [mutationErrors],
);

export const updateAccountMutation = graphql(
  `
    mutation UpdateAccount($input: UpdateAccountInput!) {
      updateAccount(input: $input) {
        __typename
        ...MutationErrors
        ... on MutationUpdateAccountSuccess {
          data {
            id
          }
        }
      }
    }
  `,
  [mutationErrors],
);

export const changePasswordMutation = graphql(
  `
    mutation ChangePassword($input: ChangePasswordInput!) {
      changePassword(input: $input) {
        __typename
        ...MutationErrors
        ... on MutationChangePasswordSuccess {
          data
        }
      }
    }
  `,
  [mutationErrors],
);

export const auditEventsQuery = graphql(`
  query AuditEvents($filter: AuditFilter, $first: Int, $after: String) {
    auditEvents(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          at
          actor
          action
          entityType
          entityId
          before
          after
        }
      }
    }
  }
`);

export type AuditEventRow = ResultOf<
  typeof auditEventsQuery
>['auditEvents']['edges'][number]['node'];
