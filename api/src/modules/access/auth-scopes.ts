/**
 * The scopes each field and mutation names in its `authScopes`. A scope about a record (an
 * inspection, a plan) looks up which organisations the record belongs to and asks the rules in
 * viewer.ts. A malformed or unknown id passes the check when the viewer holds a role that could
 * act on such a record at all, so the resolver can answer "not found" rather than "forbidden";
 * so does the id of a record the viewer may not see (visibility.ts: these read plans through
 * its filter, imported from its source to keep this file free of the schema), and the resolver,
 * which reads the record through the same rule, answers it exactly as a missing one.
 */
import type { ActionPlanStatus } from '@cjji/db';
import type { Context } from '../../context.ts';
import { once } from '../../context.ts';
import {
  mayEditPlan,
  mayMovePlan,
  mayMoveSomePlan,
  type PlanParties,
  visiblePlansWhere,
} from './action-plan.access.ts';
import { mayPlanInspection, type InspectionParties } from './inspection.access.ts';
import { mayRateWith } from './rating.access.ts';
import {
  mayAnswerRecommendation,
  mayRecordEscalationResponse,
  mayRecordImplementation,
} from './recommendation.access.ts';
import { decodeId } from '../shared/ids.ts';
import {
  agenciesApprovedBy,
  agenciesEditedBy,
  isAdministrator,
  isInspectorateLead,
  isInspectorateStaff,
  isMinisterOffice,
  isOverseer,
  mayActForMinisters,
  mayEditFor,
  mayLeadFor,
  mayPlanFor,
  ministersServedBy,
} from './viewer.ts';

export interface AuthScopes {
  signedIn: boolean;
  administrator: boolean;
  /** A planner or lead of any inspectorate. */
  inspectorateStaff: boolean;
  /** A lead of any inspectorate. */
  inspectorateLead: boolean;
  /** Inspectorate staff, a minister's office or an administrator. */
  overseer: boolean;
  /** Inspectorate (global id): its planners and leads. */
  plannerFor: string;
  /** Inspectorate (global id): its leads. */
  leadFor: string;
  /** Inspection (global id): planners of its lead or partner inspectorates. */
  plannerOfInspection: string;
  /** Inspection phase (global id): planners of its inspection's inspectorates. */
  plannerOfPhase: string;
  /** Inspection phases (global ids): planners of every one's inspection, as plannerOfPhase. */
  plannerOfPhases: string[];
  /** Rating framework (global id): leads of the inspectorate that owns it. */
  raterFor: string;
  /** Ministers (global ids): their offices. */
  ministerOfficeFor: string[];
  /** Agency (global id): its editors and approvers. */
  agencyEditorFor: string;
  /** Action plan (global id): its agency's editors and approvers. */
  planEditor: string;
  /** Action in a plan (global id): its agency's editors and approvers. */
  actionEditor: string;
  /** A move of a plan: whoever that move belongs to (see action-plan.access.ts). */
  planMove: { planId: string; to: ActionPlanStatus };
  /** Escalation (global id): the agency's approvers, the minister who answers for it, or the inspectorate's leads. */
  escalationResponder: string;
  /** Recommendation addressee (global id): the agency's approvers answer for it. */
  recommendationResponder: string;
  /** Recommendation addressee (global id): the agency's editors record implementation. */
  implementationRecorder: string;
}

/** The forces' local policing bodies today, read once per request. */
const policingBodiesByForce = (ctx: Context) =>
  once(ctx, 'policingBodiesByForce', async () => {
    const terms = await ctx.prisma.localPolicingBodyTerm.findMany({
      where: { endsOn: null },
      select: { policeForceId: true, localPolicingBodyId: true },
    });
    const byForce = new Map<string, string[]>();
    for (const term of terms)
      byForce.set(term.policeForceId, [
        ...(byForce.get(term.policeForceId) ?? []),
        term.localPolicingBodyId,
      ]);
    return byForce;
  });

export async function planParties(
  ctx: Context,
  plan: Omit<PlanParties, 'policingBodyIds'>,
): Promise<PlanParties> {
  const policingBodyIds = ctx.viewer?.roles.some((grant) => grant.role === 'POLICING_BODY_OFFICE')
    ? ((await policingBodiesByForce(ctx)).get(plan.agencyId) ?? [])
    : [];
  return { ...plan, policingBodyIds };
}

function inspectionParties(
  ctx: Context,
  where: { inspectionId?: string; phaseId?: string },
): Promise<InspectionParties | null> {
  const select = { leadInspectorateId: true, partners: { select: { inspectorateId: true } } };
  return where.inspectionId
    ? ctx.prisma.inspection.findUnique({ where: { id: where.inspectionId }, select })
    : ctx.prisma.inspection.findFirst({
        where: { phases: { some: { id: where.phaseId } } },
        select,
      });
}

export function authScopesFor(ctx: Context) {
  const viewer = ctx.viewer;
  const admin = isAdministrator(viewer);
  const staff = isInspectorateStaff(viewer);
  const lead = isInspectorateLead(viewer);
  const agencyStaff = admin || agenciesEditedBy(viewer).size > 0;
  const agencyApprover = admin || agenciesApprovedBy(viewer).size > 0;

  const scopes: {
    [Scope in keyof AuthScopes]: AuthScopes[Scope] extends boolean
      ? boolean
      : (param: AuthScopes[Scope]) => boolean | Promise<boolean>;
  } = {
    signedIn: !!viewer,
    administrator: admin,
    inspectorateStaff: staff,
    inspectorateLead: lead,
    overseer: isOverseer(viewer),
    plannerFor: (globalId) => {
      const id = decodeId('Inspectorate', globalId);
      return id ? mayPlanFor(viewer, [id]) : staff;
    },
    leadFor: (globalId) => {
      const id = decodeId('Inspectorate', globalId);
      return id ? mayLeadFor(viewer, [id]) : lead;
    },
    plannerOfInspection: async (globalId) => {
      if (admin || !staff) return admin;
      const id = decodeId('Inspection', globalId);
      const inspection = id ? await inspectionParties(ctx, { inspectionId: id }) : null;
      return inspection ? mayPlanInspection(viewer, inspection) : staff;
    },
    plannerOfPhase: async (globalId) => {
      if (admin || !staff) return admin;
      const id = decodeId('InspectionPhase', globalId);
      const inspection = id ? await inspectionParties(ctx, { phaseId: id }) : null;
      return inspection ? mayPlanInspection(viewer, inspection) : staff;
    },
    plannerOfPhases: async (globalIds) => {
      if (admin || !staff) return admin;
      const ids = globalIds.map((globalId) => decodeId('InspectionPhase', globalId));
      if (!ids.every((id) => id)) return staff;
      const inspections = await ctx.prisma.inspection.findMany({
        where: { phases: { some: { id: { in: ids as string[] } } } },
        select: { leadInspectorateId: true, partners: { select: { inspectorateId: true } } },
      });
      return inspections.every((inspection) => mayPlanInspection(viewer, inspection));
    },
    raterFor: async (globalId) => {
      if (admin || !lead) return admin;
      const id = decodeId('RatingFramework', globalId);
      const framework = id
        ? await ctx.prisma.ratingFramework.findUnique({
            where: { id },
            select: { inspectorateId: true },
          })
        : null;
      return framework ? mayRateWith(viewer, framework) : lead;
    },
    ministerOfficeFor: (globalIds) => {
      const ids = globalIds.map((globalId) => decodeId('Minister', globalId));
      return ids.every((id) => id) ? mayActForMinisters(viewer, ids) : isMinisterOffice(viewer);
    },
    agencyEditorFor: (globalId) => {
      const id = decodeId('Agency', globalId);
      return id ? mayEditFor(viewer, id) : agencyStaff;
    },
    planEditor: async (globalId) => {
      if (admin || !agencyStaff) return admin;
      const id = decodeId('ActionPlan', globalId);
      const plan = id
        ? await ctx.prisma.actionPlan.findFirst({
            where: { AND: [{ id }, visiblePlansWhere(viewer)] },
            select: { agencyId: true },
          })
        : null;
      return plan ? mayEditPlan(viewer, plan) : agencyStaff;
    },
    actionEditor: async (globalId) => {
      if (admin || !agencyStaff) return admin;
      const id = decodeId('PlanAction', globalId);
      const action = id
        ? await ctx.prisma.planAction.findFirst({
            where: { AND: [{ id }, { plan: visiblePlansWhere(viewer) }] },
            select: { plan: { select: { agencyId: true } } },
          })
        : null;
      return action ? mayEditPlan(viewer, action.plan) : agencyStaff;
    },
    planMove: async ({ planId, to }) => {
      if (admin) return true;
      const id = decodeId('ActionPlan', planId);
      const plan = id
        ? await ctx.prisma.actionPlan.findFirst({
            where: { AND: [{ id }, visiblePlansWhere(viewer)] },
            select: {
              status: true,
              agencyId: true,
              reviewingInspectorateId: true,
              responsibleMinisterId: true,
            },
          })
        : null;
      return plan ? mayMovePlan(viewer, await planParties(ctx, plan), to) : mayMoveSomePlan(viewer);
    },
    escalationResponder: async (globalId) => {
      const id = decodeId('Escalation', globalId);
      const escalation = id
        ? await ctx.prisma.escalation.findUnique({
            where: { id },
            select: {
              agencyId: true,
              inspectorateId: true,
              agency: { select: { kind: { select: { responsibleMinisterId: true } } } },
            },
          })
        : null;
      if (!escalation) return admin || agencyApprover || lead || ministersServedBy(viewer).size > 0;
      return mayRecordEscalationResponse(viewer, {
        agencyId: escalation.agencyId,
        inspectorateId: escalation.inspectorateId,
        responsibleMinisterId: escalation.agency.kind.responsibleMinisterId,
      });
    },
    recommendationResponder: async (globalId) => {
      if (admin || !agencyApprover) return admin;
      const id = decodeId('RecommendationResponse', globalId);
      const response = id
        ? await ctx.prisma.recommendationResponse.findUnique({
            where: { id },
            select: { agencyId: true },
          })
        : null;
      return response ? mayAnswerRecommendation(viewer, response) : agencyApprover;
    },
    implementationRecorder: async (globalId) => {
      if (admin || !agencyStaff) return admin;
      const id = decodeId('RecommendationResponse', globalId);
      const response = id
        ? await ctx.prisma.recommendationResponse.findUnique({
            where: { id },
            select: { agencyId: true },
          })
        : null;
      return response ? mayRecordImplementation(viewer, response) : agencyStaff;
    },
  };
  return scopes;
}
