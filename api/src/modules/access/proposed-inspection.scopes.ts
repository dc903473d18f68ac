/**
 * Scopes about another inspecting body's proposed inspection, read from the proposal named:
 * the gatekeeping inspectorate's leads decide it (administrators for any).
 */
import type { Context } from '../../context.ts';
import { decodeId } from '../shared/ids.ts';
import type { ScopeChecks } from './scope.ts';
import { mayDecideProposal } from './gatekeeping.access.ts';
import { isAdministrator, isInspectorateLead } from './viewer.ts';

export interface ProposedInspectionScopes {
  /** ProposedInspection (global id): the leads of its gatekeeping inspectorate. */
  gatekeeperOf: string;
}

export function proposedInspectionScopes(ctx: Context): ScopeChecks<ProposedInspectionScopes> {
  const viewer = ctx.viewer;
  return {
    gatekeeperOf: async (globalId) => {
      if (isAdministrator(viewer) || !isInspectorateLead(viewer)) return isAdministrator(viewer);
      const id = decodeId('ProposedInspection', globalId);
      const proposal = id
        ? await ctx.prisma.proposedInspection.findUnique({
            where: { id },
            select: { gatekeeperId: true },
          })
        : null;
      // Unknown ids pass for a lead, so the resolver answers not found.
      return proposal ? mayDecideProposal(viewer, proposal) : true;
    },
  };
}
