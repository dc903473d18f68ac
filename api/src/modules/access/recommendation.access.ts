/**
 * Who may record and answer recommendations. The mutations' scopes and the
 * `viewerCan` fields both call these.
 */
import { isInspectorateStaff, mayApproveFor, mayEditFor, type Viewer } from './viewer.ts';

/** Inspectorate staff record the recommendations of a report. */
export const mayRecordRecommendation = (viewer: Viewer | null) => isInspectorateStaff(viewer);
/** An addressee's approvers answer for it; its editors record how implementation goes. */
export const mayAnswerRecommendation = (viewer: Viewer | null, response: { agencyId: string }) =>
  mayApproveFor(viewer, response.agencyId);
export const mayRecordImplementation = (viewer: Viewer | null, response: { agencyId: string }) =>
  mayEditFor(viewer, response.agencyId);
/** A recommendation is corrected or withdrawn by those who record them: inspectorate staff. */
export const mayCorrectRecommendation = (viewer: Viewer | null) => isInspectorateStaff(viewer);
/** An answer is corrected or withdrawn by those who give it: the addressee's approvers. */
export const mayCorrectAnswer = (viewer: Viewer | null, response: { agencyId: string }) =>
  mayApproveFor(viewer, response.agencyId);
