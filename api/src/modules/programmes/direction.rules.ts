/**
 * Whether a programme satisfies a ministerial direction that it include at least N victims'
 * thematics, per programme or per programme year, each covering the agency kinds named.
 */
import { inActOrder } from '../organisations/minister.rules.ts';
import {
  longDate,
  rangesOverlap,
  shiftDays,
  shiftYears,
  type DateRange,
} from '../shared/calendar.ts';

export interface DirectionRequirement {
  reference: string;
  minimumThematics: number;
  period: 'PER_PROGRAMME' | 'PER_YEAR';
  kindsRequired: string[];
  inForceFrom: Date;
  inForceUntil: Date | null;
}

export interface ThematicCandidate {
  title: string;
  kind: 'JOINT_THEMATIC' | 'CORE';
  victimsThematic: boolean;
  status: 'PLANNED' | 'IN_PROGRESS' | 'PUBLISHED' | 'CANCELLED';
  kindsInScope: string[];
  /** When its fieldwork starts; a per-year direction counts the thematic in that year. */
  fieldworkStart: Date | null;
}

export interface PeriodCheck {
  label: string;
  range: DateRange;
  required: number;
  counted: string[];
  met: boolean;
}

export interface DirectionCheck {
  met: boolean;
  periods: PeriodCheck[];
  /** What is missing, in words a planner can act on; empty when met. */
  shortfalls: string[];
}

export function directionInForceDuring(
  direction: Pick<DirectionRequirement, 'inForceFrom' | 'inForceUntil'>,
  range: DateRange,
): boolean {
  return rangesOverlap(
    { start: direction.inForceFrom, end: direction.inForceUntil ?? new Date(8.64e15) },
    range,
  );
}

function programmeYears(programme: DateRange): Array<{ label: string; range: DateRange }> {
  const years: Array<{ label: string; range: DateRange }> = [];
  for (
    let start = programme.start, n = 1;
    start.getTime() <= programme.end.getTime();
    start = shiftYears(start, 1), n++
  ) {
    const end = shiftDays(shiftYears(start, 1), -1);
    const range = { start, end: end.getTime() > programme.end.getTime() ? programme.end : end };
    years.push({ label: `Year ${n} (${longDate(range.start)} to ${longDate(range.end)})`, range });
  }
  return years;
}

export function checkDirection(
  direction: DirectionRequirement,
  programme: DateRange,
  inspections: ThematicCandidate[],
  kindNames: Record<string, string> = {},
): DirectionCheck {
  const nameOf = (code: string) => kindNames[code] ?? code;
  const live = inspections.filter(
    (inspection) =>
      inspection.kind === 'JOINT_THEMATIC' &&
      inspection.victimsThematic &&
      inspection.status !== 'CANCELLED',
  );
  const coversAll = (inspection: ThematicCandidate) =>
    direction.kindsRequired.every((kind) => inspection.kindsInScope.includes(kind));
  const eligible = live.filter(coversAll);
  const shortfalls: string[] = [];
  const covering = direction.kindsRequired.length
    ? ` covering ${direction.kindsRequired.map(nameOf).join(', ')}`
    : '';

  const periods: PeriodCheck[] =
    direction.period === 'PER_PROGRAMME'
      ? [
          {
            label: 'The programme',
            range: programme,
            required: direction.minimumThematics,
            counted: eligible.map((i) => i.title),
            met: eligible.length >= direction.minimumThematics,
          },
        ]
      : programmeYears(programme).map(({ label, range }) => {
          const counted = eligible
            .filter(
              (i) =>
                i.fieldworkStart &&
                rangesOverlap({ start: i.fieldworkStart, end: i.fieldworkStart }, range),
            )
            .map((i) => i.title);
          return {
            label,
            range,
            required: direction.minimumThematics,
            counted,
            met: counted.length >= direction.minimumThematics,
          };
        });

  for (const period of periods.filter((p) => !p.met)) {
    const lacking = period.required - period.counted.length;
    shortfalls.push(
      `${period.label} has ${period.counted.length} of the ${period.required} victims' thematics${covering} required: ${lacking} more needed.`,
    );
  }
  if (shortfalls.length) {
    for (const inspection of live.filter((i) => !coversAll(i))) {
      const gaps = direction.kindsRequired
        .filter((kind) => !inspection.kindsInScope.includes(kind))
        .map(nameOf);
      shortfalls.push(
        `"${inspection.title}" does not count: it does not cover ${gaps.join(', ')}.`,
      );
    }
    if (direction.period === 'PER_YEAR') {
      for (const inspection of eligible.filter((i) => !i.fieldworkStart)) {
        shortfalls.push(
          `"${inspection.title}" does not count yet: it has no fieldwork dates to place it in a year.`,
        );
      }
    }
  }
  return { met: shortfalls.length === 0, periods, shortfalls };
}

export interface DirectingMinister {
  id: string;
  title: string;
}

export interface MinisterAgreement {
  ministerId: string;
  agreedOn: Date;
}

/**
 * A minister as a sentence names them: "the Lord Chancellor" for the Lord Chancellor and
 * Secretary of State for Justice, since a joint title inside a list of three reads as two people.
 */
export function ministerInWords(minister: Pick<DirectingMinister, 'title'>): string {
  return `the ${minister.title.split(' and ')[0]}`;
}

/** "a", "a and b", "a, b and c", as GOV.UK writes lists in a sentence. */
function listInWords(words: string[]): string {
  if (words.length < 2) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/**
 * A direction is joint: the Secretary of State, the Lord Chancellor and the Attorney General
 * act together (Police Act 1996 Sch 4A paras 4 and 6; Victims and Prisoners Act 2024). One or
 * two of them cannot direct, so treating a direction with fewer agreements as given is refused,
 * naming who has still to agree. Undefined once all have agreed.
 */
export function jointDirectionProblem(
  agreedIds: Iterable<string>,
  directingMinisters: readonly DirectingMinister[],
): string | undefined {
  const agreed = new Set(agreedIds);
  const ministers = inActOrder(directingMinisters);
  const missing = ministers.filter((minister) => !agreed.has(minister.id));
  if (!missing.length) return undefined;
  const all = listInWords(ministers.map(ministerInWords));
  const still = listInWords(missing.map(ministerInWords));
  return `A direction needs the agreement of ${all}; ${still} ${missing.length === 1 ? 'has' : 'have'} not agreed yet`;
}

export type DirectionStatus = 'AWAITING_AGREEMENT' | 'GIVEN';

/**
 * Whether a direction has been given, and when: on the day the last of the directing ministers
 * agreed. Until then it is awaiting agreement, not in force, and no programme is checked against it.
 */
export function directionGiven(
  agreements: readonly MinisterAgreement[],
  directingMinisters: readonly DirectingMinister[],
): { status: DirectionStatus; givenOn: Date | null } {
  const agreed = new Set(agreements.map((a) => a.ministerId));
  if (!directingMinisters.length || jointDirectionProblem(agreed, directingMinisters))
    return { status: 'AWAITING_AGREEMENT', givenOn: null };
  const days = agreements
    .filter((a) => directingMinisters.some((m) => m.id === a.ministerId))
    .map((a) => a.agreedOn.getTime());
  return { status: 'GIVEN', givenOn: new Date(Math.max(...days)) };
}

/** A minister's agreement is a fact: not after today (in the UK), not before the draft existed. */
export function agreementDateProblem(
  agreedOn: Date,
  draftedOn: Date,
  today: Date,
): string | undefined {
  if (agreedOn.getTime() > today.getTime()) return 'The date agreed must be today or in the past';
  if (agreedOn.getTime() < draftedOn.getTime())
    return `The date agreed must be the same as or after ${longDate(draftedOn)}, when the direction was drafted`;
  return undefined;
}

/**
 * Who must answer a direction of timing: the chief inspector of constabulary prepares the joint
 * programme with the other chief inspectors (Police Act 1996, Schedule 4A, paragraph 2 as
 * applied by paragraph 5), so the deadline is HMICFRS's.
 */
export const programmePreparer = 'HMICFRS';

export interface TimingDirection {
  draftedOn: Date;
  programmeBy: Date;
  inForceFrom: Date;
  inForceUntil: Date | null;
}

export interface ProgrammeAgreed {
  startsOn: Date;
  endsOn: Date;
  /** The UK day it was first agreed (or published), or null while a draft. */
  agreedOn: Date | null;
}

/**
 * A direction of timing ("a programme by 1 April 2027") is answered by a programme covering
 * some of the time the direction is in force, agreed after the direction was drafted; it is
 * met when that happened by the day directed, late when after it. Unanswered, it is a deadline.
 */
export function timingAnswer(
  direction: TimingDirection,
  programmes: readonly ProgrammeAgreed[],
): { answeredOn: Date | null; met: boolean } {
  const answers = programmes
    .filter(
      (p): p is ProgrammeAgreed & { agreedOn: Date } =>
        p.agreedOn !== null &&
        p.agreedOn.getTime() >= direction.draftedOn.getTime() &&
        directionInForceDuring(direction, { start: p.startsOn, end: p.endsOn }),
    )
    .map((p) => p.agreedOn.getTime());
  if (!answers.length) return { answeredOn: null, met: false };
  const answeredOn = new Date(Math.min(...answers));
  return { answeredOn, met: answeredOn.getTime() <= direction.programmeBy.getTime() };
}

export interface FormItemMark {
  itemId: string;
  met: boolean;
}

/**
 * The items of directions of form a programme has not been marked as meeting, in the words of
 * each item: named in the check before agreeing or publishing. A warning, not a block: the Act
 * lets the ministers direct the form but leaves the judgement that a programme meets it to the
 * inspectorates, and a planner's mark is that judgement.
 */
export function unmetFormItems(
  items: ReadonlyArray<{ id: string; text: string; directionReference: string }>,
  marks: readonly FormItemMark[],
): string[] {
  const met = new Set(marks.filter((mark) => mark.met).map((mark) => mark.itemId));
  return items
    .filter((item) => !met.has(item.id))
    .map((item) => `${item.directionReference}: ${item.text}`);
}
