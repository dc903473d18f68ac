/** A programme is public once published; drafts are for the inspectorates and ministers' offices who plan and direct it. */
import type { Prisma } from '@cjji/db';
import { isOverseer, type Viewer } from './viewer.ts';

export type ProgrammeStatus = 'DRAFT' | 'AGREED' | 'PUBLISHED' | 'SUPERSEDED';

export const publicProgrammeStatuses: ProgrammeStatus[] = ['PUBLISHED', 'SUPERSEDED'];

export const maySeeProgramme = (viewer: Viewer | null, status: ProgrammeStatus) =>
  publicProgrammeStatuses.includes(status) || isOverseer(viewer);

export const visibleProgrammesWhere = (viewer: Viewer | null): Prisma.ProgrammeWhereInput =>
  isOverseer(viewer) ? {} : { status: { in: publicProgrammeStatuses } };
