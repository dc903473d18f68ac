/** Operations for signing in and out, the signed-in person, and administrators' account pages. */
import { mutationErrors } from './mutation-errors.ts';

export type Role =
  | 'ADMINISTRATOR'
  | 'INSPECTORATE_PLANNER'
  | 'INSPECTORATE_LEAD'
  | 'AGENCY_EDITOR'
  | 'AGENCY_APPROVER'
  | 'POLICING_BODY_OFFICE'
  | 'MINISTER_OFFICE';

export interface RoleGrant {
  id: string;
  role: Role;
  roleName: string;
  organisationId: string | null;
  organisationName: string | null;
  grantedAt: string;
  grantedBy: string;
  endedAt: string | null;
  endedBy: string | null;
  version: number;
}

export interface SignedInViewer {
  id: string;
  name: string;
  email: string;
  roles: RoleGrant[];
}

const roleFields =
  'id role roleName organisationId organisationName grantedAt grantedBy endedAt endedBy version';

/** The person and the counts of their work, for the header: one request per page. */
export const viewerWithWorkQuery = `query ViewerWithWork { viewer { id name email roles { ${roleFields} } } myWork { count overdueCount } }`;

export const signInMutation = `
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      ${mutationErrors}
      ... on RateLimitedError { retryAfterSeconds }
      ... on MutationSignInSuccess { data { token expiresAt } }
    }
  }`;

export const signOutMutation = `mutation SignOut { signOut }`;

export interface Account {
  id: string;
  email: string;
  name: string;
  disabled: boolean;
  hasPassword: boolean;
  lastSignInAt: string | null;
  createdAt: string;
  createdBy: string;
  version: number;
  roles: RoleGrant[];
}

const accountFields = `id email name disabled hasPassword lastSignInAt createdAt createdBy version`;

export const accountsQuery = `query Accounts { accounts { ${accountFields} roles { ${roleFields} } } }`;

export const accountQuery = `
  query Account($id: ID!) {
    node(id: $id) { ... on User { ${accountFields} roles(includeEnded: true) { ${roleFields} } } }
  }`;

/** Every organisation a role can be held in, for the role form's choices. */
export const organisationsQuery = `
  query Organisations {
    inspectorates { id name }
    agencies(first: 200) { edges { node { id name } } }
    ministers { id title }
    policingBodies: agencies(first: 60, filter: { kinds: [POLICE_FORCE] }) { edges { node { id name localPolicingBody { id name } } } }
  }`;

export const createAccountMutation = `
  mutation CreateAccount($input: CreateAccountInput!) {
    createAccount(input: $input) { ${mutationErrors} ... on MutationCreateAccountSuccess { data { id } } }
  }`;

export const grantRoleMutation = `
  mutation GrantRole($input: GrantRoleInput!) {
    grantRole(input: $input) { ${mutationErrors} ... on MutationGrantRoleSuccess { data { id } } }
  }`;

export const endRoleMutation = `
  mutation EndRole($id: ID!, $expectedVersion: Int!) {
    endRole(roleAssignmentId: $id, expectedVersion: $expectedVersion) { ${mutationErrors} ... on MutationEndRoleSuccess { data { id } } }
  }`;

export const updateAccountMutation = `
  mutation UpdateAccount($input: UpdateAccountInput!) {
    updateAccount(input: $input) { ${mutationErrors} ... on MutationUpdateAccountSuccess { data { id } } }
  }`;

export const changePasswordMutation = `
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) { ${mutationErrors} ... on MutationChangePasswordSuccess { data } }
  }`;

export interface AuditEventRow {
  id: string;
  at: string;
  actor: string;
  action: string;
  entityType: string;
  entityId: string;
  before: string | null;
  after: string | null;
}

export const auditEventsQuery = `
  query AuditEvents($filter: AuditFilter, $first: Int, $after: String) {
    auditEvents(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id at actor action entityType entityId before after } }
    }
  }`;

export const hasRole = (viewer: SignedInViewer | null, ...roles: Role[]) =>
  !!viewer?.roles.some((grant) => roles.includes(grant.role));
