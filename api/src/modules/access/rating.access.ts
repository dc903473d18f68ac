/**
 * Who may rate: the leads of the inspectorate that owns a framework record its ratings; any
 * lead checks, accepts and discards files of ratings. Called by the mutations' scopes and the
 * `viewerCan` fields alike.
 */
import { isInspectorateLead, mayLeadFor, type Viewer } from '../access/viewer.ts';

export const mayRateWith = (viewer: Viewer | null, framework: { inspectorateId: string | null }) =>
  mayLeadFor(viewer, [framework.inspectorateId]);
export const mayRateSomewhere = (viewer: Viewer | null) => isInspectorateLead(viewer);
export const mayImportRatings = (viewer: Viewer | null) => isInspectorateLead(viewer);
/** A rating is corrected or withdrawn by whoever may record it: its framework's leads. */
export const mayCorrectRating = (
  viewer: Viewer | null,
  framework: { inspectorateId: string | null },
) => mayRateWith(viewer, framework);
