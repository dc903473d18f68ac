/**
 * Whose work an item is: the organisation that must act, and the roles through which a person
 * acts for it. Shared by "My work" and by the reminders, so that a person is reminded of
 * exactly what their work lists.
 */
import type { Role, RoleGrant } from '../access/viewer.ts';

export type OrganisationKind = 'AGENCY' | 'MINISTER' | 'INSPECTORATE' | 'LOCAL_POLICING_BODY';

export interface Organisation {
  kind: OrganisationKind;
  id: string;
}

/** The roles through which a person acts for an organisation of each kind. */
const rolesActingFor: Record<OrganisationKind, readonly Role[]> = {
  AGENCY: ['AGENCY_EDITOR', 'AGENCY_APPROVER'],
  MINISTER: ['MINISTER_OFFICE'],
  INSPECTORATE: ['INSPECTORATE_PLANNER', 'INSPECTORATE_LEAD'],
  LOCAL_POLICING_BODY: ['POLICING_BODY_OFFICE'],
};

const grantKey = {
  AGENCY: 'agencyId',
  MINISTER: 'ministerId',
  INSPECTORATE: 'inspectorateId',
  LOCAL_POLICING_BODY: 'localPolicingBodyId',
} as const;

/** Whether any of the grants lets a person act for the organisation, through one of `roles`. */
export function actsFor(
  grants: readonly RoleGrant[],
  organisation: Organisation | null,
  roles?: readonly Role[],
): boolean {
  if (!organisation) return false;
  const acting = roles ?? rolesActingFor[organisation.kind];
  return grants.some(
    (grant) =>
      acting.includes(grant.role) && grant[grantKey[organisation.kind]] === organisation.id,
  );
}

/** Every organisation the grants let a person act for (as `actsFor` decides), once each. */
export function organisationsActedFor(grants: readonly RoleGrant[]): Organisation[] {
  const organisations: Organisation[] = [];
  for (const grant of grants)
    for (const kind of Object.keys(rolesActingFor) as OrganisationKind[]) {
      const id = grant[grantKey[kind]];
      if (id && rolesActingFor[kind].includes(grant.role))
        if (!organisations.some((o) => o.kind === kind && o.id === id))
          organisations.push({ kind, id });
    }
  return organisations;
}

/**
 * A plan the agency holds the pen on (a draft, or returned by the inspectorate): its approvers
 * submit it, its editors draft it. Null for anyone else.
 */
export function draftWorkFor(
  grants: readonly RoleGrant[],
  agencyId: string,
): 'ACTION_PLAN_TO_SUBMIT' | 'ACTION_PLAN_TO_DRAFT' | null {
  const agency: Organisation = { kind: 'AGENCY', id: agencyId };
  if (actsFor(grants, agency, ['AGENCY_APPROVER'])) return 'ACTION_PLAN_TO_SUBMIT';
  if (actsFor(grants, agency, ['AGENCY_EDITOR'])) return 'ACTION_PLAN_TO_DRAFT';
  return null;
}

export interface PhaseForWork {
  kind: 'SCOPING' | 'FIELDWORK' | 'REPORTING' | 'PUBLICATION';
  programmeStatus: 'DRAFT' | 'AGREED' | 'PUBLISHED' | 'SUPERSEDED';
  leadInspectorateId: string;
  partnerIds: readonly string[];
}

/**
 * Which of the person's inspectorates must act as a phase starts. The lead alone publishes the
 * single final report; scoping, fieldwork and reporting are the lead's and its partners'. A
 * programme still in draft commits no partner yet: only its lead, who is drafting it, sees its
 * phases coming.
 */
export function inspectoratesActingOnPhase(
  inspectorates: readonly string[],
  phase: PhaseForWork,
): string[] {
  if (phase.programmeStatus === 'SUPERSEDED') return [];
  const lead = inspectorates.filter((id) => id === phase.leadInspectorateId);
  if (phase.kind === 'PUBLICATION' || phase.programmeStatus === 'DRAFT') return lead;
  return inspectorates.filter(
    (id) => id === phase.leadInspectorateId || phase.partnerIds.includes(id),
  );
}

/** How far ahead a phase's start shows in the work of its inspectorates. */
export const phaseLookaheadDays = 30;

export type SubjectType =
  | 'ActionPlan'
  | 'RecommendationResponse'
  | 'Escalation'
  | 'Agency'
  | 'Inspection'
  | 'Consultation'
  | 'MinisterialDirection'
  | 'ProposedInspection';

/** The web page where an item's subject is dealt with; for an agency that owes a plan, the page that starts one. */
export function workPath(type: SubjectType, globalId: string): string {
  const id = encodeURIComponent(globalId);
  switch (type) {
    case 'ActionPlan':
      return `/act/plans/${id}`;
    case 'RecommendationResponse':
      return `/track/recommendations#response-${globalId}`;
    case 'Escalation':
      return `/track/escalations#escalation-${globalId}`;
    case 'Agency':
      return `/act/plans/new?agency=${id}`;
    case 'Inspection':
      return `/plan/inspections/${id}`;
    case 'Consultation':
      return `/plan/consultations/${id}`;
    case 'MinisterialDirection':
      return `/plan/directions#direction-${globalId}`;
    case 'ProposedInspection':
      return `/plan/gatekeeping/${id}#decision`;
  }
}

/** Dated items first, soonest first (so the overdue lead); then the rest, longest waiting first. */
export function inWorkOrder(
  a: { dueOn: Date | null; since: Date },
  b: { dueOn: Date | null; since: Date },
): number {
  if (a.dueOn && b.dueOn)
    return a.dueOn.getTime() - b.dueOn.getTime() || a.since.getTime() - b.since.getTime();
  if (a.dueOn) return -1;
  if (b.dueOn) return 1;
  return a.since.getTime() - b.since.getTime();
}
