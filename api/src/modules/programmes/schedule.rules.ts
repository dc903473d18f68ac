/**
 * Scheduling warnings for a programme: one locality in fieldwork for two inspections at once,
 * an inspectorate planned beyond its capacity in a quarter, phases outside the programme or
 * out of order. Warnings, not errors: planners decide, but they always see why.
 */
import {
  daysIn,
  longDate,
  overlapDays,
  quarterLabel,
  quartersOf,
  rangesOverlap,
  type DateRange,
} from '../shared/calendar.ts';
import type { BurdenWarning } from './burden.rules.ts';

export const phaseOrder = ['SCOPING', 'FIELDWORK', 'REPORTING', 'PUBLICATION'] as const;
export type PhaseKind = (typeof phaseOrder)[number];

export interface ScheduledPhase {
  id: string;
  kind: PhaseKind;
  plannedStart: Date;
  plannedEnd: Date;
  actualStart: Date | null;
  actualEnd: Date | null;
  staffing: Array<{ inspectorateId: string; inspectorWeeks: number }>;
}

export interface ScheduledInspection {
  id: string;
  title: string;
  status: 'PLANNED' | 'IN_PROGRESS' | 'PUBLISHED' | 'CANCELLED';
  localities: Array<{ id: string; name: string }>;
  phases: ScheduledPhase[];
}

export interface Capacity {
  inspectorateId: string;
  quarterStart: Date;
  inspectorWeeks: number;
}

export type ScheduleWarning =
  | {
      kind: 'LOCALITY_CLASH';
      message: string;
      inspectionIds: string[];
      phaseIds: string[];
      agencyId: string;
      overlap: DateRange;
    }
  | {
      kind: 'OVER_CAPACITY';
      message: string;
      inspectionIds: string[];
      phaseIds: string[];
      inspectorateId: string;
      quarter: DateRange;
      plannedWeeks: number;
      capacityWeeks: number;
    }
  | { kind: 'OUTSIDE_PROGRAMME'; message: string; inspectionIds: string[]; phaseIds: string[] }
  | { kind: 'PHASE_ORDER'; message: string; inspectionIds: string[]; phaseIds: string[] }
  | BurdenWarning;

export const phaseWords: Record<PhaseKind, string> = {
  SCOPING: 'scoping',
  FIELDWORK: 'fieldwork',
  REPORTING: 'reporting',
  PUBLICATION: 'publication',
};

/** The dates that count: actual where recorded, planned otherwise. */
export function effectiveDates(
  phase: Pick<ScheduledPhase, 'plannedStart' | 'plannedEnd' | 'actualStart' | 'actualEnd'>,
): DateRange {
  const start = phase.actualStart ?? phase.plannedStart;
  const end = phase.actualEnd ?? (phase.plannedEnd < start ? start : phase.plannedEnd);
  return { start, end };
}

const span = (range: DateRange) => `${longDate(range.start)} to ${longDate(range.end)}`;
const round = (weeks: number) => Math.round(weeks * 10) / 10;

export function scheduleWarnings(
  programme: DateRange,
  inspections: ScheduledInspection[],
  capacities: Capacity[],
  inspectorateNames: Record<string, string>,
): ScheduleWarning[] {
  const live = inspections.filter((inspection) => inspection.status !== 'CANCELLED');
  return [
    ...localityClashes(live),
    ...overCapacity(live, capacities, inspectorateNames),
    ...misplacedPhases(programme, live),
  ];
}

function localityClashes(inspections: ScheduledInspection[]): ScheduleWarning[] {
  const fieldwork = inspections.flatMap((inspection) =>
    inspection.phases
      .filter((phase) => phase.kind === 'FIELDWORK')
      .map((phase) => ({ inspection, phase, dates: effectiveDates(phase) })),
  );
  const warnings: ScheduleWarning[] = [];
  for (let i = 0; i < fieldwork.length; i++) {
    for (let j = i + 1; j < fieldwork.length; j++) {
      const a = fieldwork[i]!;
      const b = fieldwork[j]!;
      if (!rangesOverlap(a.dates, b.dates)) continue;
      const bLocalities = new Set(b.inspection.localities.map((locality) => locality.id));
      for (const agency of a.inspection.localities.filter((locality) =>
        bLocalities.has(locality.id),
      )) {
        const overlap = {
          start: new Date(Math.max(a.dates.start.getTime(), b.dates.start.getTime())),
          end: new Date(Math.min(a.dates.end.getTime(), b.dates.end.getTime())),
        };
        warnings.push({
          kind: 'LOCALITY_CLASH',
          message: `${agency.name} is in fieldwork for "${a.inspection.title}" (${span(a.dates)}) and "${b.inspection.title}" (${span(b.dates)}) at the same time, from ${longDate(overlap.start)} to ${longDate(overlap.end)}.`,
          inspectionIds: [a.inspection.id, b.inspection.id],
          phaseIds: [a.phase.id, b.phase.id],
          agencyId: agency.id,
          overlap,
        });
      }
    }
  }
  return warnings;
}

function overCapacity(
  inspections: ScheduledInspection[],
  capacities: Capacity[],
  names: Record<string, string>,
): ScheduleWarning[] {
  // Each phase's inspector-weeks are spread evenly over its days, then summed by quarter.
  const demand = new Map<
    string,
    {
      inspectorateId: string;
      quarter: DateRange;
      weeks: number;
      inspectionIds: Set<string>;
      phaseIds: Set<string>;
    }
  >();
  for (const inspection of inspections) {
    for (const phase of inspection.phases) {
      const dates = effectiveDates(phase);
      for (const quarter of quartersOf(dates)) {
        const share = overlapDays(dates, quarter) / daysIn(dates);
        for (const staffing of phase.staffing) {
          const key = `${staffing.inspectorateId}|${quarter.start.toISOString()}`;
          const entry = demand.get(key) ?? {
            inspectorateId: staffing.inspectorateId,
            quarter,
            weeks: 0,
            inspectionIds: new Set(),
            phaseIds: new Set(),
          };
          entry.weeks += staffing.inspectorWeeks * share;
          entry.inspectionIds.add(inspection.id);
          entry.phaseIds.add(phase.id);
          demand.set(key, entry);
        }
      }
    }
  }
  const capacityOf = new Map(
    capacities.map((capacity) => [
      `${capacity.inspectorateId}|${capacity.quarterStart.toISOString()}`,
      capacity.inspectorWeeks,
    ]),
  );
  const warnings: ScheduleWarning[] = [];
  for (const [key, entry] of demand) {
    const capacity = capacityOf.get(key);
    if (capacity === undefined || entry.weeks <= capacity + 1e-9) continue;
    const name = names[entry.inspectorateId] ?? 'An inspectorate';
    warnings.push({
      kind: 'OVER_CAPACITY',
      message: `${name} is planned for ${round(entry.weeks)} inspector-weeks in ${quarterLabel(entry.quarter)}, over its capacity of ${round(capacity)}.`,
      inspectionIds: [...entry.inspectionIds],
      phaseIds: [...entry.phaseIds],
      inspectorateId: entry.inspectorateId,
      quarter: entry.quarter,
      plannedWeeks: round(entry.weeks),
      capacityWeeks: capacity,
    });
  }
  return warnings.sort((a, b) =>
    a.kind === 'OVER_CAPACITY' && b.kind === 'OVER_CAPACITY'
      ? a.quarter.start.getTime() - b.quarter.start.getTime()
      : 0,
  );
}

function misplacedPhases(
  programme: DateRange,
  inspections: ScheduledInspection[],
): ScheduleWarning[] {
  const warnings: ScheduleWarning[] = [];
  for (const inspection of inspections) {
    const ordered = [...inspection.phases].sort(
      (a, b) => phaseOrder.indexOf(a.kind) - phaseOrder.indexOf(b.kind),
    );
    for (const phase of ordered) {
      const dates = effectiveDates(phase);
      if (dates.start < programme.start || dates.end > programme.end) {
        warnings.push({
          kind: 'OUTSIDE_PROGRAMME',
          message: `The ${phaseWords[phase.kind]} of "${inspection.title}" (${span(dates)}) falls outside the programme (${span(programme)}).`,
          inspectionIds: [inspection.id],
          phaseIds: [phase.id],
        });
      }
    }
    for (let i = 1; i < ordered.length; i++) {
      const before = ordered[i - 1]!;
      const after = ordered[i]!;
      if (effectiveDates(after).start < effectiveDates(before).start) {
        warnings.push({
          kind: 'PHASE_ORDER',
          message: `The ${phaseWords[after.kind]} of "${inspection.title}" starts before its ${phaseWords[before.kind]}.`,
          inspectionIds: [inspection.id],
          phaseIds: [before.id, after.id],
        });
      }
    }
  }
  return warnings;
}
