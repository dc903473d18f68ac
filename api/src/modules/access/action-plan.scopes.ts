/**
 * Scopes about an action plan or one of its actions, read through the plans' visibility filter
 * so that a plan the viewer may not see is answered exactly as a missing one.
 */
import type { ActionPlanStatus } from '@cjji/db';
import type { Context } from '../../context.ts';
import { once } from '../../context.ts';
import { decodeId } from '../shared/ids.ts';
import {
  mayEditPlan,
  mayMovePlan,
  mayMoveSomePlan,
  type PlanParties,
  visiblePlansWhere,
} from './action-plan.access.ts';
import type { ScopeChecks } from './scope.ts';
import { agenciesEditedBy, isAdministrator } from './viewer.ts';

export interface ActionPlanScopes {
  /** Action plan (global id): its agency's editors and approvers. */
  planEditor: string;
  /** Action in a plan (global id): its agency's editors and approvers. */
  actionEditor: string;
  /** A move of a plan: whoever that move belongs to (see action-plan.moves.ts). */
  planMove: { planId: string; to: ActionPlanStatus };
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

/** A plan's parties, with its force's local policing bodies when the viewer acts for one. */
export async function planParties(
  ctx: Context,
  plan: Omit<PlanParties, 'policingBodyIds'>,
): Promise<PlanParties> {
  const policingBodyIds = ctx.viewer?.roles.some((grant) => grant.role === 'POLICING_BODY_OFFICE')
    ? ((await policingBodiesByForce(ctx)).get(plan.agencyId) ?? [])
    : [];
  return { ...plan, policingBodyIds };
}

export function actionPlanScopes(ctx: Context): ScopeChecks<ActionPlanScopes> {
  const viewer = ctx.viewer;
  const admin = isAdministrator(viewer);
  const agencyStaff = admin || agenciesEditedBy(viewer).size > 0;
  return {
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
  };
}
