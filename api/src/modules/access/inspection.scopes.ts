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
  /** Inspection phases (global ids): planners of every one's inspection, as plannerOfPhase. */
  plannerOfPhases: string[];
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
  };
}
