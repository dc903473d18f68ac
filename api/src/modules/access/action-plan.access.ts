/**
 * Who may see and move an action plan. A draft belongs to its agency; once submitted the
 * inspectorates, the minister who lays it and the force's local policing body may read it;
 * once published everyone may.
 */
import { Prisma } from '@cjji/db';
import {
  agenciesEditedBy,
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
} from './viewer.ts';
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

/**
 * `visiblePlansWhere` again, as an SQL condition on the plan aliased `plan`, for lists worked out
 * in one raw statement (the deadlines page). An integration test holds the two to the same plans.
 */
export function visiblePlansSql(viewer: Viewer | null, plan: string): Prisma.Sql {
  if (isAdministrator(viewer)) return Prisma.sql`true`;
  const p = Prisma.raw(`"${plan.replace(/"/g, '')}"`);
  const anyOf: Prisma.Sql[] = [
    Prisma.sql`${p}.status::text IN (${Prisma.join(publicPlanStatuses)})`,
  ];
  const agencies = [...agenciesEditedBy(viewer)];
  if (agencies.length) anyOf.push(Prisma.sql`${p}."agencyId"::text IN (${Prisma.join(agencies)})`);
  if (isOverseer(viewer)) anyOf.push(Prisma.sql`${p}.status <> 'DRAFT'`);
  const bodies = [...policingBodiesServedBy(viewer)];
  if (bodies.length)
    anyOf.push(Prisma.sql`(${p}.status <> 'DRAFT' AND EXISTS (
      SELECT 1 FROM "LocalPolicingBodyTerm" term WHERE term."policeForceId" = ${p}."agencyId"
        AND term."endsOn" IS NULL AND term."localPolicingBodyId"::text IN (${Prisma.join(bodies)})))`);
  return Prisma.sql`(${Prisma.join(anyOf, ' OR ')})`;
}

/** Whether the viewer acts for the body a plan's move belongs to (see action-plan.moves.ts). */
function actsForParty(viewer: Viewer | null, plan: PlanParties, party: PlanParty): boolean {
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
 * Who may start a plan for an agency: its own editors and approvers. An inspectorate reviews a
 * plan but does not open it. The same rule as the `agencyEditorFor` scope of `openActionPlan`.
 */
export const mayOpenPlanFor = (viewer: Viewer | null, agencyId: string) =>
  mayEditFor(viewer, agencyId);

/** Whether the viewer could make any move at all: lets a missing plan answer "not found" rather than "forbidden". */
export function mayMoveSomePlan(viewer: Viewer | null): boolean {
  return (
    isOverseer(viewer) ||
    agenciesEditedBy(viewer).size > 0 ||
    ministersServedBy(viewer).size > 0 ||
    policingBodiesServedBy(viewer).size > 0
  );
}

/**
 * Who may read a plan's workings (its moves with who made them and the inspectorate's review
 * comments, and each version as submitted): those who take part in its review, that is
 * whoever could see it were it still under review. The public, and staff of organisations
 * with no part in it, read what was published: the plan and its actions' progress.
 */
export function mayReadPlanWorkings(viewer: Viewer | null, plan: PlanParties): boolean {
  return maySeePlan(viewer, { ...plan, status: 'SUBMITTED' });
}

/** Whether the viewer may start a plan for some agency: the root `viewerCan { openActionPlan }`. */
export const mayOpenSomePlan = (viewer: Viewer | null) =>
  isAdministrator(viewer) || agenciesEditedBy(viewer).size > 0;
