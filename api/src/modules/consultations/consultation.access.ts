/**
 * A consultation is public from the day it is recorded as open: the proposal is published for
 * anyone to answer. The responses are the inspectorates' working papers, for those who plan
 * and direct the programme; the outcome ("what we heard and what we changed") and the
 * changes are published with the agreed programme.
 */
import { isOverseer, type Viewer } from '../access/viewer.ts';
import { publicProgrammeStatuses, type ProgrammeStatus } from '../access/programme.access.ts';

export const maySeeConsultationResponses = (viewer: Viewer | null) => isOverseer(viewer);

export const maySeeConsultationOutcome = (
  viewer: Viewer | null,
  programmeStatus: ProgrammeStatus,
) => isOverseer(viewer) || publicProgrammeStatuses.includes(programmeStatus);
