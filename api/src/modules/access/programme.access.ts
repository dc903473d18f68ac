/** A programme is public once published; drafts are for the inspectorates and ministers' offices who plan and direct it. */
import type { Prisma } from '@cjji/db';
import {
  isInspectorateLead,
  isInspectorateStaff,
  isMinisterOffice,
  isOverseer,
  mayActForMinisters,
  mayPlanFor,
  type Viewer,
} from './viewer.ts';

export type ProgrammeStatus = 'DRAFT' | 'AGREED' | 'PUBLISHED' | 'SUPERSEDED';

export const publicProgrammeStatuses: ProgrammeStatus[] = ['PUBLISHED', 'SUPERSEDED'];

export const maySeeProgramme = (viewer: Viewer | null, status: ProgrammeStatus) =>
  publicProgrammeStatuses.includes(status) || isOverseer(viewer);

export const visibleProgrammesWhere = (viewer: Viewer | null): Prisma.ProgrammeWhereInput =>
  isOverseer(viewer) ? {} : { status: { in: publicProgrammeStatuses } };

/*
 * Who may act on programmes, their directions and capacity. The mutations' scopes
 * (organisation.scopes.ts) and the `viewerCan` fields (programme.viewer-can.ts) both call these.
 */

/** Planners and leads start programmes and their revisions. */
export const mayStartProgramme = (viewer: Viewer | null) => isInspectorateStaff(viewer);
/** Leads agree, publish and return programmes to draft. */
export const mayDecideProgramme = (viewer: Viewer | null) => isInspectorateLead(viewer);
/** An inspection is added by a planner of the inspectorate that will lead it. */
export const mayAddInspectionLedBy = (viewer: Viewer | null, inspectorateId: string) =>
  mayPlanFor(viewer, [inspectorateId]);
/** Whether the viewer plans for any inspectorate that could lead an inspection. */
export const mayAddSomeInspection = (viewer: Viewer | null) => isInspectorateStaff(viewer);
export const mayRecordSomeDirection = (viewer: Viewer | null) => isMinisterOffice(viewer);
/** An inspectorate's planners and leads set its capacity. */
export const maySetCapacityFor = (viewer: Viewer | null, inspectorateId: string) =>
  mayPlanFor(viewer, [inspectorateId]);

/*
 * A programme year's annual review: staff who plan and oversee read it as it stands at any
 * time; everyone else only once published, and only with a programme they may see.
 */
export const maySeeLiveAnnualReview = (viewer: Viewer | null) => isOverseer(viewer);
export const maySeeAnnualReview = (
  viewer: Viewer | null,
  status: ProgrammeStatus,
  published: boolean,
) => maySeeProgramme(viewer, status) && (published || maySeeLiveAnnualReview(viewer));
/** Inspectorate planners and leads (and administrators) publish a year's review. */
export const mayPublishAnnualReview = (viewer: Viewer | null) => isInspectorateStaff(viewer);

/**
 * A direction is drafted by a directing minister's office (or an administrator); each
 * minister's agreement is recorded by that minister's own office, or by an administrator for
 * any of them, with the day it was given.
 */
export const mayRecordAgreementOf = (viewer: Viewer | null, ministerId: string) =>
  mayActForMinisters(viewer, [ministerId]);
/**
 * A direction is corrected or withdrawn by those who record directions: a directing minister's
 * office (the direction is the three ministers' together), or an administrator. One minister's
 * agreement is corrected or withdrawn by whoever may record it.
 */
export const mayCorrectDirection = (viewer: Viewer | null) => isMinisterOffice(viewer);
/** Planners and leads mark whether a programme meets each item of a direction of form. */
export const mayMarkFormItems = (viewer: Viewer | null, status: ProgrammeStatus) =>
  isInspectorateStaff(viewer) && status !== 'SUPERSEDED';
