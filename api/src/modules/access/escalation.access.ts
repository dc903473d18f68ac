/**
 * Who may record and answer escalations. The mutations' scopes and the `viewerCan` fields both
 * call these.
 */
import {
  isInspectorateLead,
  mayActForMinisters,
  mayApproveFor,
  mayLeadFor,
  type Viewer,
} from './viewer.ts';

/** An inspectorate's leads record its escalations. */
export const mayRecordEscalationFor = (viewer: Viewer | null, inspectorateId: string) =>
  mayLeadFor(viewer, [inspectorateId]);
export const mayRecordSomeEscalation = (viewer: Viewer | null) => isInspectorateLead(viewer);

/** The parties to an escalation: the agency, the inspectorate and the minister who answers for the agency. */
export interface EscalationParties {
  agencyId: string;
  inspectorateId: string;
  responsibleMinisterId: string;
}

/** The agency's approvers, the inspectorate's leads or the minister's office record the response. */
export const mayRecordEscalationResponse = (viewer: Viewer | null, escalation: EscalationParties) =>
  mayApproveFor(viewer, escalation.agencyId) ||
  mayLeadFor(viewer, [escalation.inspectorateId]) ||
  mayActForMinisters(viewer, [escalation.responsibleMinisterId]);

/** The leads of the inspectorate that issued it record when it ended. */
export const mayEndEscalation = (viewer: Viewer | null, escalation: { inspectorateId: string }) =>
  mayLeadFor(viewer, [escalation.inspectorateId]);
