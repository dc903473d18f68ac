/** Scopes about an escalation, read from the escalation named. */
import type { Context } from '../../context.ts';
import { decodeId } from '../shared/ids.ts';
import { mayEndEscalation, mayRecordEscalationResponse } from './escalation.access.ts';
import type { ScopeChecks } from './scope.ts';
import {
  agenciesApprovedBy,
  isAdministrator,
  isInspectorateLead,
  ministersServedBy,
} from './viewer.ts';

export interface EscalationScopes {
  /** Escalation (global id): the agency's approvers, the minister who answers for it, or the inspectorate's leads. */
  escalationResponder: string;
  /** Escalation (global id): the leads of the inspectorate that issued it. */
  escalationOwner: string;
}

export function escalationScopes(ctx: Context): ScopeChecks<EscalationScopes> {
  const viewer = ctx.viewer;
  return {
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
      if (!escalation)
        return (
          isAdministrator(viewer) ||
          agenciesApprovedBy(viewer).size > 0 ||
          isInspectorateLead(viewer) ||
          ministersServedBy(viewer).size > 0
        );
      return mayRecordEscalationResponse(viewer, {
        agencyId: escalation.agencyId,
        inspectorateId: escalation.inspectorateId,
        responsibleMinisterId: escalation.agency.kind.responsibleMinisterId,
      });
    },
    escalationOwner: async (globalId) => {
      const lead = isInspectorateLead(viewer);
      if (isAdministrator(viewer) || !lead) return isAdministrator(viewer);
      const id = decodeId('Escalation', globalId);
      const escalation = id
        ? await ctx.prisma.escalation.findUnique({
            where: { id },
            select: { inspectorateId: true },
          })
        : null;
      return escalation ? mayEndEscalation(viewer, escalation) : lead;
    },
  };
}
