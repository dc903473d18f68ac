/**
 * Who is asking, and what their roles let them do. Plain functions of the viewer and the
 * record's organisations, so that the rules can be read and tested apart from GraphQL.
 */
export type Role =
  | 'ADMINISTRATOR'
  | 'INSPECTORATE_PLANNER'
  | 'INSPECTORATE_LEAD'
  | 'AGENCY_EDITOR'
  | 'AGENCY_APPROVER'
  | 'POLICING_BODY_OFFICE'
  | 'MINISTER_OFFICE';

/** A role held in one organisation; which id is set depends on the role. */
export interface RoleGrant {
  role: Role;
  inspectorateId?: string | null;
  agencyId?: string | null;
  localPolicingBodyId?: string | null;
  ministerId?: string | null;
}

export interface Viewer {
  /** Null for the command line and for tests that act without an account. */
  userId: string | null;
  name: string;
  email: string;
  sessionId: string | null;
  roles: RoleGrant[];
}

export const roleWords: Record<Role, string> = {
  ADMINISTRATOR: 'Administrator',
  INSPECTORATE_PLANNER: 'Inspectorate planner',
  INSPECTORATE_LEAD: 'Inspectorate lead',
  AGENCY_EDITOR: 'Agency editor',
  AGENCY_APPROVER: 'Agency approver',
  POLICING_BODY_OFFICE: 'Local policing body’s office',
  MINISTER_OFFICE: 'Minister’s office',
};

/** The organisation each role is held in. */
export const organisationOfRole: Record<Role, keyof Omit<RoleGrant, 'role'> | null> = {
  ADMINISTRATOR: null,
  INSPECTORATE_PLANNER: 'inspectorateId',
  INSPECTORATE_LEAD: 'inspectorateId',
  AGENCY_EDITOR: 'agencyId',
  AGENCY_APPROVER: 'agencyId',
  POLICING_BODY_OFFICE: 'localPolicingBodyId',
  MINISTER_OFFICE: 'ministerId',
};

export function isAdministrator(viewer: Viewer | null): boolean {
  return !!viewer?.roles.some((grant) => grant.role === 'ADMINISTRATOR');
}

function organisationsWith(
  viewer: Viewer | null,
  roles: Role[],
  key: keyof Omit<RoleGrant, 'role'>,
): Set<string> {
  const ids = new Set<string>();
  for (const grant of viewer?.roles ?? [])
    if (roles.includes(grant.role) && grant[key]) ids.add(grant[key]!);
  return ids;
}

/** Inspectorates whose programme work the viewer may plan (planners and leads). */
export const inspectoratesPlannedBy = (viewer: Viewer | null) =>
  organisationsWith(viewer, ['INSPECTORATE_PLANNER', 'INSPECTORATE_LEAD'], 'inspectorateId');
/** Inspectorates for which the viewer may decide: agree programmes, rate, accept plans. */
export const inspectoratesLedBy = (viewer: Viewer | null) =>
  organisationsWith(viewer, ['INSPECTORATE_LEAD'], 'inspectorateId');
/** Agencies whose drafts the viewer may write (editors and approvers). */
export const agenciesEditedBy = (viewer: Viewer | null) =>
  organisationsWith(viewer, ['AGENCY_EDITOR', 'AGENCY_APPROVER'], 'agencyId');
/** Agencies for which the viewer may submit a plan or answer a recommendation. */
export const agenciesApprovedBy = (viewer: Viewer | null) =>
  organisationsWith(viewer, ['AGENCY_APPROVER'], 'agencyId');
export const policingBodiesServedBy = (viewer: Viewer | null) =>
  organisationsWith(viewer, ['POLICING_BODY_OFFICE'], 'localPolicingBodyId');
export const ministersServedBy = (viewer: Viewer | null) =>
  organisationsWith(viewer, ['MINISTER_OFFICE'], 'ministerId');

const overlaps = (held: Set<string>, wanted: Iterable<string | null | undefined>) =>
  [...wanted].some((id) => !!id && held.has(id));

/** Administrators may do anything; everyone else only within their own organisations. */
export const mayPlanFor = (
  viewer: Viewer | null,
  inspectorateIds: Iterable<string | null | undefined>,
) => isAdministrator(viewer) || overlaps(inspectoratesPlannedBy(viewer), inspectorateIds);
export const mayLeadFor = (
  viewer: Viewer | null,
  inspectorateIds: Iterable<string | null | undefined>,
) => isAdministrator(viewer) || overlaps(inspectoratesLedBy(viewer), inspectorateIds);
export const mayEditFor = (viewer: Viewer | null, agencyId: string) =>
  isAdministrator(viewer) || agenciesEditedBy(viewer).has(agencyId);
export const mayApproveFor = (viewer: Viewer | null, agencyId: string) =>
  isAdministrator(viewer) || agenciesApprovedBy(viewer).has(agencyId);
export const mayActForMinisters = (
  viewer: Viewer | null,
  ministerIds: Iterable<string | null | undefined>,
) => isAdministrator(viewer) || overlaps(ministersServedBy(viewer), ministerIds);
export const mayActForPolicingBodies = (
  viewer: Viewer | null,
  bodyIds: Iterable<string | null | undefined>,
) => isAdministrator(viewer) || overlaps(policingBodiesServedBy(viewer), bodyIds);

/** Staff of an inspectorate, a minister's office or an administrator: the people who plan and oversee. */
export function isOverseer(viewer: Viewer | null): boolean {
  return (
    isAdministrator(viewer) ||
    inspectoratesPlannedBy(viewer).size > 0 ||
    ministersServedBy(viewer).size > 0
  );
}

/** A planner or lead of any inspectorate, or an administrator: may start programmes, record recommendations. */
export const isInspectorateStaff = (viewer: Viewer | null) =>
  isAdministrator(viewer) || inspectoratesPlannedBy(viewer).size > 0;
/** A lead of any inspectorate, or an administrator: may agree and publish programmes, import ratings. */
export const isInspectorateLead = (viewer: Viewer | null) =>
  isAdministrator(viewer) || inspectoratesLedBy(viewer).size > 0;
/** Whether the viewer serves any minister: may record a direction given by their minister. */
export const isMinisterOffice = (viewer: Viewer | null) =>
  isAdministrator(viewer) || ministersServedBy(viewer).size > 0;
