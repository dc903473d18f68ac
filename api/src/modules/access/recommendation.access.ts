/**
 * Who may record and answer recommendations and escalations. The mutations' scopes and the
 * `viewerCan` fields both call these.
 */
import {
  isInspectorateLead,
  isInspectorateStaff,
  mayActForMinisters,
  mayApproveFor,
  mayEditFor,
  mayLeadFor,
  type Viewer,
} from '../access/viewer.ts';

/** Inspectorate staff record the recommendations of a report. */
export const mayRecordRecommendation = (viewer: Viewer | null) => isInspectorateStaff(viewer);
/** An addressee's approvers answer for it; its editors record how implementation goes. */
export const mayAnswerRecommendation = (viewer: Viewer | null, response: { agencyId: string }) =>
  mayApproveFor(viewer, response.agencyId);
export const mayRecordImplementation = (viewer: Viewer | null, response: { agencyId: string }) =>
  mayEditFor(viewer, response.agencyId);

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
