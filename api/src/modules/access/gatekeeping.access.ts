/**
 * Who may see and act on other inspecting bodies' proposed inspections (gatekeeping). Called by
 * the type's scopes, the mutations' scopes, the `viewerCan` fields and the burden views alike,
 * so that a proposal counts in a burden exactly where it may be seen.
 */
import { isAdministrator, isOverseer, mayLeadFor, mayPlanFor, type Viewer } from './viewer.ts';

/** Proposals are the inspectorates' working papers: staff, ministers' offices, administrators. */
export const maySeeProposedInspections = (viewer: Viewer | null) => isOverseer(viewer);

/** The gatekeeping inspectorate's planners and leads record a proposal (administrators any). */
export const mayRecordProposalFor = (viewer: Viewer | null, gatekeeperId: string) =>
  mayPlanFor(viewer, [gatekeeperId]);

/** The gatekeeper's decision is its leads' (administrators any); a planner records, not decides. */
export const mayDecideProposal = (viewer: Viewer | null, proposal: { gatekeeperId: string }) =>
  mayLeadFor(viewer, [proposal.gatekeeperId]);

/** The list of other inspecting bodies and the burden's warning numbers: administrators. */
export const mayKeepGatekeepingReference = (viewer: Viewer | null) => isAdministrator(viewer);
