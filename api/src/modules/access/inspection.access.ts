/**
 * Who may change an inspection and its phases: the planners and leads of its lead and partner
 * inspectorates. The mutations' scopes and the `viewerCan` fields both call this.
 */
import { mayPlanFor, type Viewer } from '../access/viewer.ts';

/** The inspectorates an inspection belongs to. */
export interface InspectionParties {
  leadInspectorateId: string;
  partners: { inspectorateId: string }[];
}

const inspectoratesOfInspection = (inspection: InspectionParties) => [
  inspection.leadInspectorateId,
  ...inspection.partners.map((partner) => partner.inspectorateId),
];

export const mayPlanInspection = (viewer: Viewer | null, inspection: InspectionParties) =>
  mayPlanFor(viewer, inspectoratesOfInspection(inspection));
