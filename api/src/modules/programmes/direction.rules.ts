/**
 * Whether a programme satisfies a ministerial direction that it include at least N victims'
 * thematics, per programme or per programme year, each covering the agency kinds named.
 */
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

/**
 * A direction is joint: the Secretary of State, the Lord Chancellor and the Attorney General
 * act together (Police Act 1996 Sch 4A paras 4 and 6; Victims and Prisoners Act 2024). One or
 * two of them cannot direct, so a direction that names fewer is refused, naming who is missing.
 */
export function jointDirectionProblem(
  givenByIds: string[],
  directingMinisters: Array<{ id: string; title: string }>,
): string | undefined {
  const given = new Set(givenByIds);
  const missing = directingMinisters.filter((minister) => !given.has(minister.id));
  if (!missing.length) return undefined;
  const titles = (ministers: Array<{ title: string }>) =>
    ministers.map((minister) => `the ${minister.title}`).join('; ');
  return `A direction needs all ${directingMinisters.length} ministers acting together (${titles(directingMinisters)}): one or two of them cannot direct. Still to agree: ${titles(missing)}.`;
}
