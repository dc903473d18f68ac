/**
 * The baseline: the plan as agreed (or as last published), and what has changed since. Plain
 * functions of the rows, so the rules are read and tested apart from the database.
 */
import { differenceInCalendarDays } from 'date-fns';
import { longDate, utc } from '../shared/calendar.ts';

export type PhaseKind = 'SCOPING' | 'FIELDWORK' | 'REPORTING' | 'PUBLICATION';
export type InspectionStatus = 'PLANNED' | 'IN_PROGRESS' | 'PUBLISHED' | 'CANCELLED';

/** Calendar days from one UK day to another: positive when `to` is later. */
export function daysFrom(from: Date, to: Date): number {
  return differenceInCalendarDays(utc(to), utc(from));
}

/** "1 day", "12 days" */
const dayCount = (days: number) => `${Math.abs(days)} day${Math.abs(days) === 1 ? '' : 's'}`;

interface BaselinePhaseDates {
  phaseId: string;
  plannedStart: Date;
  plannedEnd: Date;
}

export interface BaselineSnapshot {
  inspections: Array<{ inspectionId: string; status: InspectionStatus }>;
  phases: BaselinePhaseDates[];
}

export interface CurrentInspection {
  id: string;
  title: string;
  status: InspectionStatus;
  cancellationReason?: string | null;
  phases: Array<{ id: string; kind: PhaseKind; plannedStart: Date; plannedEnd: Date }>;
}

type BaselineChangeKind = 'SLIPPED' | 'MOVED' | 'ADDED' | 'CANCELLED';

export interface BaselineChange {
  kind: BaselineChangeKind;
  inspectionId: string;
  inspectionTitle: string;
  /** Null for a change to the whole inspection (added or cancelled). */
  phaseId: string | null;
  phaseKind: PhaseKind | null;
  baselineStart: Date | null;
  baselineEnd: Date | null;
  currentStart: Date | null;
  currentEnd: Date | null;
  /**
   * SLIPPED: days the end is later. MOVED: days the start moved, later positive, earlier
   * negative (or, when only the end came earlier, days it came earlier, negative). Null for
   * ADDED and CANCELLED.
   */
  days: number | null;
  message: string;
}

const phaseWords: Record<PhaseKind, string> = {
  SCOPING: 'Scoping',
  FIELDWORK: 'Fieldwork',
  REPORTING: 'Reporting',
  PUBLICATION: 'Publication',
};

/**
 * One phase against its baseline dates. A later end is a slip, whatever the start did, since a
 * later end is what delays the report; otherwise a changed start (or an earlier end) is a move.
 */
export function phaseChange(
  baseline: { plannedStart: Date; plannedEnd: Date },
  current: { plannedStart: Date; plannedEnd: Date },
): { kind: 'SLIPPED' | 'MOVED'; days: number } | null {
  const endShift = daysFrom(baseline.plannedEnd, current.plannedEnd);
  const startShift = daysFrom(baseline.plannedStart, current.plannedStart);
  if (endShift > 0) return { kind: 'SLIPPED', days: endShift };
  if (startShift !== 0) return { kind: 'MOVED', days: startShift };
  if (endShift !== 0) return { kind: 'MOVED', days: endShift };
  return null;
}

function phaseMessage(kind: 'SLIPPED' | 'MOVED', phase: PhaseKind, days: number, end: Date) {
  const what = phaseWords[phase];
  if (kind === 'SLIPPED') return `${what} slipped ${dayCount(days)}: now ends ${longDate(end)}.`;
  return `${what} moved ${dayCount(days)} ${days > 0 ? 'later' : 'earlier'}.`;
}

/**
 * What changed between the baseline and the plan today, inspection by inspection in the
 * programme's order: inspections added after the baseline, inspections cancelled since, and
 * each phase that slipped or moved. A cancelled inspection is listed once, as cancelled.
 */
export function changesSinceBaseline(
  baseline: BaselineSnapshot,
  inspections: CurrentInspection[],
): BaselineChange[] {
  const baselineStatus = new Map(baseline.inspections.map((i) => [i.inspectionId, i.status]));
  const baselinePhase = new Map(baseline.phases.map((p) => [p.phaseId, p]));
  const changes: BaselineChange[] = [];
  for (const inspection of inspections) {
    const span = spanOf(inspection.phases);
    const whole = {
      inspectionId: inspection.id,
      inspectionTitle: inspection.title,
      phaseId: null,
      phaseKind: null,
      days: null,
    };
    const before = baselineStatus.get(inspection.id);
    if (!before) {
      changes.push({
        ...whole,
        kind: 'ADDED',
        baselineStart: null,
        baselineEnd: null,
        currentStart: span?.start ?? null,
        currentEnd: span?.end ?? null,
        message: 'Added after the baseline.',
      });
      continue;
    }
    if (inspection.status === 'CANCELLED') {
      if (before === 'CANCELLED') continue;
      const was = spanOf(
        inspection.phases.flatMap((p) => {
          const dates = baselinePhase.get(p.id);
          return dates ? [{ ...dates, kind: p.kind, id: p.id }] : [];
        }),
      );
      changes.push({
        ...whole,
        kind: 'CANCELLED',
        baselineStart: was?.start ?? null,
        baselineEnd: was?.end ?? null,
        currentStart: null,
        currentEnd: null,
        message: inspection.cancellationReason
          ? `Cancelled: ${inspection.cancellationReason}`
          : 'Cancelled.',
      });
      continue;
    }
    for (const phase of inspection.phases) {
      const dates = baselinePhase.get(phase.id);
      const current = {
        phaseId: phase.id,
        phaseKind: phase.kind,
        currentStart: phase.plannedStart,
        currentEnd: phase.plannedEnd,
      };
      if (!dates) {
        changes.push({
          ...whole,
          ...current,
          kind: 'ADDED',
          baselineStart: null,
          baselineEnd: null,
          message: `${phaseWords[phase.kind]} added after the baseline.`,
        });
        continue;
      }
      const change = phaseChange(dates, phase);
      if (!change) continue;
      changes.push({
        ...whole,
        ...current,
        kind: change.kind,
        days: change.days,
        baselineStart: dates.plannedStart,
        baselineEnd: dates.plannedEnd,
        message: phaseMessage(change.kind, phase.kind, change.days, phase.plannedEnd),
      });
    }
  }
  return changes;
}

function spanOf(phases: Array<{ plannedStart: Date; plannedEnd: Date }>) {
  if (!phases.length) return null;
  return {
    start: new Date(Math.min(...phases.map((p) => p.plannedStart.getTime()))),
    end: new Date(Math.max(...phases.map((p) => p.plannedEnd.getTime()))),
  };
}
