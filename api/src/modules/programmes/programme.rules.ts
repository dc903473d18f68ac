/** How a programme's status may move, what may change in each status, and how long it runs. */
import { InvalidInputError, InvalidStateError } from '../../errors.ts';
import { longDate, shiftDays, shiftYears } from '../shared/calendar.ts';

export type ProgrammeStatus = 'DRAFT' | 'AGREED' | 'PUBLISHED' | 'SUPERSEDED';

/** Moves a person may make. SUPERSEDED is reached only by publishing a revision. */
const allowedMoves: Record<ProgrammeStatus, ProgrammeStatus[]> = {
  DRAFT: ['AGREED'],
  AGREED: ['DRAFT', 'PUBLISHED'],
  PUBLISHED: [],
  SUPERSEDED: [],
};

const statusWords: Record<ProgrammeStatus, string> = {
  DRAFT: 'draft',
  AGREED: 'agreed',
  PUBLISHED: 'published',
  SUPERSEDED: 'superseded',
};

/** The statuses a programme in `status` can be moved to by a person. */
export const programmeMovesFrom = (status: ProgrammeStatus): readonly ProgrammeStatus[] =>
  allowedMoves[status];

export function assertProgrammeMove(from: ProgrammeStatus, to: ProgrammeStatus): void {
  if (allowedMoves[from].includes(to)) return;
  const hint =
    from === 'PUBLISHED'
      ? ' To change a published programme, start a revision: publishing the revision supersedes it.'
      : from === 'SUPERSEDED'
        ? ' A superseded programme is kept as it was.'
        : from === 'DRAFT' && to === 'PUBLISHED'
          ? ' The inspectorates must agree it first.'
          : '';
  throw new InvalidStateError(
    `A ${statusWords[from]} programme cannot be made ${statusWords[to]}.${hint}`,
    ['status'],
  );
}

/**
 * Why a move the person's role allows cannot be made now, or null. A programme proposed for
 * consultation is agreed only once the consultation has closed: the chief inspectors consult
 * before they prepare it (Police Act 1996 Sch 4A para 2). The mutation refuses with this reason
 * and `viewerCan.blockedMoves` gives it to the page before anyone tries.
 */
export function programmeMoveBlockedBecause(
  to: ProgrammeStatus,
  consultation: { status: 'OPEN' | 'CLOSED'; closesOn: Date } | null,
): string | null {
  if (to === 'AGREED' && consultation?.status === 'OPEN')
    return `The programme is out for consultation until ${longDate(consultation.closesOn)}: close the consultation before agreeing it.`;
  return null;
}

export function assertConsultationClosed(
  to: ProgrammeStatus,
  consultation: { status: 'OPEN' | 'CLOSED'; closesOn: Date } | null,
): void {
  const blocked = programmeMoveBlockedBecause(to, consultation);
  if (blocked) throw new InvalidStateError(blocked, ['status']);
}

/** Adding, removing or rescoping inspections: only while the programme is a draft. */
export const structureEditable = (status: ProgrammeStatus) => status === 'DRAFT';

export function assertStructureEditable(status: ProgrammeStatus): void {
  if (structureEditable(status)) return;
  const how =
    status === 'AGREED'
      ? 'Return it to draft first.'
      : status === 'PUBLISHED'
        ? 'Start a revision of it instead.'
        : 'It is kept as it was.';
  throw new InvalidStateError(
    `The programme is ${statusWords[status]}, so its inspections cannot be added to or changed. ${how}`,
  );
}

/** Dates, staffing and delivery (start, publish, cancel) go on changing until a programme is superseded. */
export const scheduleEditable = (status: ProgrammeStatus) => status !== 'SUPERSEDED';

export function assertScheduleEditable(status: ProgrammeStatus): void {
  if (!scheduleEditable(status)) {
    throw new InvalidStateError(
      'The programme has been superseded, so its schedule is kept as it was. Change the programme that replaced it.',
    );
  }
}

/** A programme runs for two years: from its first day to the day before the same date two years on. */
export function programmeEndFor(startsOn: Date): Date {
  return shiftDays(shiftYears(startsOn, 2), -1);
}

export function assertTwoYearPeriod(startsOn: Date, endsOn: Date): void {
  const expected = programmeEndFor(startsOn);
  if (endsOn.getTime() !== expected.getTime()) {
    throw new InvalidInputError(
      ['input', 'endsOn'],
      `A programme runs for two years: one starting on ${longDate(startsOn)} ends on ${longDate(expected)}.`,
    );
  }
}
