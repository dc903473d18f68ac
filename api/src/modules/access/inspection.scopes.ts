/** Scopes about an inspection or one of its phases, read from the record named. */
import type { Context } from '../../context.ts';
import { decodeId } from '../shared/ids.ts';
import { mayPlanInspection, type InspectionParties } from './inspection.access.ts';
import type { ScopeChecks } from './scope.ts';
import { isAdministrator, isInspectorateStaff } from './viewer.ts';

export interface InspectionScopes {
  /** Inspection (global id): planners of its lead or partner inspectorates. */
  plannerOfInspection: string;
  /** Inspection phase (global id): planners of its inspection's inspectorates. */
  plannerOfPhase: string;
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

export function inspectionScopes(ctx: Context): ScopeChecks<InspectionScopes> {
  const viewer = ctx.viewer;
  const admin = isAdministrator(viewer);
  const staff = isInspectorateStaff(viewer);
  return {
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
  };
}
