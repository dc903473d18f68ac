/**
 * Who may see and move an action plan. A draft belongs to its agency; once submitted the
 * inspectorates, the minister who lays it and the force's local policing body may read it;
 * once published everyone may.
 */
import type { Prisma } from '@cjji/db';
import {
  agenciesEditedBy,
  inspectoratesLedBy,
  isAdministrator,
  isOverseer,
  mayActForMinisters,
  mayActForPolicingBodies,
  mayApproveFor,
  mayEditFor,
  mayLeadFor,
  ministersServedBy,
  policingBodiesServedBy,
  type Viewer,
} from '../access/viewer.ts';
import {
  movesFrom,
  partyMovingTo,
  type ActionPlanStatus,
  type PlanParty,
} from './action-plan.moves.ts';

export const publicPlanStatuses: ActionPlanStatus[] = ['PUBLISHED', 'IN_FOLLOW_UP', 'CLOSED'];

/** The organisations a plan concerns. `policingBodyIds`: the bodies holding the role for the force today. */
export interface PlanParties {
  status: ActionPlanStatus;
  agencyId: string;
  reviewingInspectorateId: string;
  responsibleMinisterId: string;
  policingBodyIds: string[];
}

export function maySeePlan(viewer: Viewer | null, plan: PlanParties): boolean {
  if (publicPlanStatuses.includes(plan.status) || mayEditFor(viewer, plan.agencyId)) return true;
  if (plan.status === 'DRAFT') return false;
  return isOverseer(viewer) || mayActForPolicingBodies(viewer, plan.policingBodyIds);
}

/** The same rule as `maySeePlan`, as a database filter, so that lists and counts never include a hidden plan. */
export function visiblePlansWhere(viewer: Viewer | null): Prisma.ActionPlanWhereInput {
  if (isAdministrator(viewer)) return {};
  const anyOf: Prisma.ActionPlanWhereInput[] = [{ status: { in: publicPlanStatuses } }];
  const agencies = [...agenciesEditedBy(viewer)];
  if (agencies.length) anyOf.push({ agencyId: { in: agencies } });
  if (isOverseer(viewer)) anyOf.push({ status: { not: 'DRAFT' } });
  const bodies = [...policingBodiesServedBy(viewer)];
  if (bodies.length) {
    anyOf.push({
      status: { not: 'DRAFT' },
      agency: {
        localPolicingBodyTerms: { some: { localPolicingBodyId: { in: bodies }, endsOn: null } },
      },
    });
  }
  return { OR: anyOf };
}

/** Whether the viewer acts for the body a plan's move belongs to (see action-plan.moves.ts). */
export function actsForParty(viewer: Viewer | null, plan: PlanParties, party: PlanParty): boolean {
  switch (party) {
    case 'AGENCY':
      return mayApproveFor(viewer, plan.agencyId);
    case 'REVIEWING_INSPECTORATE':
      return mayLeadFor(viewer, [plan.reviewingInspectorateId]);
    case 'RESPONSIBLE_MINISTER':
      return mayActForMinisters(viewer, [plan.responsibleMinisterId]);
    case 'POLICING_BODY':
      return mayActForPolicingBodies(viewer, plan.policingBodyIds);
  }
}

/** Each move is one body's decision: the agency submits, the inspectorate reviews, the minister lays, the PCC publishes. */
export function mayMovePlan(
  viewer: Viewer | null,
  plan: PlanParties,
  to: ActionPlanStatus,
): boolean {
  const party = partyMovingTo(to);
  return !!party && actsForParty(viewer, plan, party);
}

/** The moves the plan can make now that the viewer may make: what the plan's page offers. */
export function movesOpenTo(
  viewer: Viewer | null,
  plan: PlanParties,
  isPoliceForce: boolean,
): ActionPlanStatus[] {
  return movesFrom(plan.status, isPoliceForce)
    .filter((move) => actsForParty(viewer, plan, move.by))
    .map((move) => move.to);
}

/** Drafts are written by the agency's editors and approvers, while the agency holds the pen. */
export const mayEditPlan = (viewer: Viewer | null, plan: Pick<PlanParties, 'agencyId'>) =>
  mayEditFor(viewer, plan.agencyId);

/**
 * Who may start a plan for an agency: its own editors and approvers, or a lead of the
 * inspectorate that will review it (any inspectorate the viewer leads, before one is chosen).
 * The same rule as the `agencyEditorFor` or `leadFor` scopes of `openActionPlan`.
 */
export const mayOpenPlanFor = (
  viewer: Viewer | null,
  agencyId: string,
  reviewingInspectorateId?: string,
) =>
  mayEditFor(viewer, agencyId) ||
  (reviewingInspectorateId
    ? mayLeadFor(viewer, [reviewingInspectorateId])
    : inspectoratesLedBy(viewer).size > 0);

/** Whether the viewer could make any move at all: lets a missing plan answer "not found" rather than "forbidden". */
export function mayMoveSomePlan(viewer: Viewer | null): boolean {
  return (
    isOverseer(viewer) ||
    agenciesEditedBy(viewer).size > 0 ||
    ministersServedBy(viewer).size > 0 ||
    policingBodiesServedBy(viewer).size > 0
  );
}

/** Whether the viewer may start a plan for some agency: the root `viewerCan { openActionPlan }`. */
export const mayOpenSomePlan = (viewer: Viewer | null) =>
  isAdministrator(viewer) ||
  agenciesEditedBy(viewer).size > 0 ||
  inspectoratesLedBy(viewer).size > 0;
