/**
 * The annual review: each year the inspectorates review the programme, planned against done
 * (what was completed, what slipped, what remains). Plain functions of the rows.
 */
import { rangesOverlap, shiftDays, shiftYears, type DateRange } from '../shared/calendar.ts';
import { daysFrom, type InspectionStatus, type PhaseKind } from './baseline.rules.ts';

export type ProgrammeYear = 1 | 2;

/** A programme runs two years from its start date: year 1, then year 2 to its end. */
export function programmeYear(
  programme: { startsOn: Date; endsOn: Date },
  year: ProgrammeYear,
): DateRange {
  const second = shiftYears(programme.startsOn, 1);
  return year === 1
    ? { start: programme.startsOn, end: shiftDays(second, -1) }
    : { start: second, end: programme.endsOn };
}

export const isProgrammeYear = (year: number): year is ProgrammeYear => year === 1 || year === 2;

export interface ReviewedInspection {
  id: string;
  title: string;
  status: InspectionStatus;
  cancellationReason: string | null;
  phases: Array<{
    id: string;
    kind: PhaseKind;
    plannedStart: Date;
    plannedEnd: Date;
    actualStart: Date | null;
    actualEnd: Date | null;
  }>;
  /** Its moves, to date a start or a publication whose phase has no actual date recorded. */
  statusChanges: Array<{ toStatus: InspectionStatus; day: Date }>;
}

export type ReviewOutcome = 'ON_TIME' | 'LATE' | 'OVERDUE' | 'NOT_YET_DUE' | 'CANCELLED';

export interface ReviewEntry {
  inspectionId: string;
  title: string;
  status: InspectionStatus;
  /** Whether the planned dates are the baseline's (as agreed) or, lacking one, today's plan. */
  plannedAsAgreed: boolean;
  plannedStart: Date;
  startedOn: Date | null;
  /** Calendar days the start came after the plan (negative: before); null until started. */
  startDaysLate: number | null;
  plannedReport: Date | null;
  reportedOn: Date | null;
  reportDaysLate: number | null;
  plannedPublication: Date | null;
  publishedOn: Date | null;
  publicationDaysLate: number | null;
  outcome: ReviewOutcome;
  /** Days late (LATE) or overdue so far (OVERDUE); null otherwise. */
  outcomeDays: number | null;
  cancellationReason: string | null;
}

const lateness = (planned: Date | null, done: Date | null) =>
  planned && done ? daysFrom(planned, done) : null;

/** The earliest of some dates, or null when there are none. */
const earliest = (dates: Array<Date | null | undefined>) => {
  const known = dates.filter((d): d is Date => !!d).map((d) => d.getTime());
  return known.length ? new Date(Math.min(...known)) : null;
};

/**
 * Whether an inspection was done on time, judged on its publication: the report published is
 * what the programme promised. Before publication it is overdue once the planned day passed.
 */
export function reviewOutcome(
  status: InspectionStatus,
  plannedPublication: Date | null,
  publishedOn: Date | null,
  today: Date,
): { outcome: ReviewOutcome; days: number | null } {
  if (status === 'CANCELLED') return { outcome: 'CANCELLED', days: null };
  if (publishedOn && plannedPublication) {
    const days = daysFrom(plannedPublication, publishedOn);
    return days > 0 ? { outcome: 'LATE', days } : { outcome: 'ON_TIME', days: null };
  }
  if (publishedOn) return { outcome: 'ON_TIME', days: null };
  if (plannedPublication && daysFrom(plannedPublication, today) > 0)
    return { outcome: 'OVERDUE', days: daysFrom(plannedPublication, today) };
  return { outcome: 'NOT_YET_DUE', days: null };
}

/**
 * One year's review: every inspection whose planned work (scoping start to publication) falls
 * at least partly in the year, planned as agreed in the baseline where it has one.
 */
export function annualReviewEntries(
  year: DateRange,
  inspections: ReviewedInspection[],
  baselineDates: Map<string, { plannedStart: Date; plannedEnd: Date }>,
  today: Date,
): ReviewEntry[] {
  const entries: ReviewEntry[] = [];
  for (const inspection of inspections) {
    if (!inspection.phases.length) continue;
    const planned = inspection.phases.map((phase) => ({
      ...phase,
      ...(baselineDates.get(phase.id) ?? {}),
    }));
    const span = {
      start: earliest(planned.map((p) => p.plannedStart))!,
      end: new Date(Math.max(...planned.map((p) => p.plannedEnd.getTime()))),
    };
    if (!rangesOverlap(span, year)) continue;
    const phase = (kind: PhaseKind) => planned.find((p) => p.kind === kind);
    const movedTo = (status: InspectionStatus) =>
      earliest(inspection.statusChanges.filter((c) => c.toStatus === status).map((c) => c.day));
    const startedOn =
      earliest(inspection.phases.map((p) => p.actualStart)) ??
      (inspection.status !== 'PLANNED' ? movedTo('IN_PROGRESS') : null);
    const plannedReport = phase('REPORTING')?.plannedEnd ?? null;
    const reportedOn = phase('REPORTING')?.actualEnd ?? null;
    const plannedPublication = phase('PUBLICATION')?.plannedStart ?? null;
    const publication = phase('PUBLICATION');
    const publishedOn =
      publication?.actualStart ??
      publication?.actualEnd ??
      (inspection.status === 'PUBLISHED' ? movedTo('PUBLISHED') : null);
    const { outcome, days } = reviewOutcome(
      inspection.status,
      plannedPublication,
      publishedOn,
      today,
    );
    entries.push({
      inspectionId: inspection.id,
      title: inspection.title,
      status: inspection.status,
      plannedAsAgreed: inspection.phases.some((p) => baselineDates.has(p.id)),
      plannedStart: span.start,
      startedOn,
      startDaysLate: lateness(span.start, startedOn),
      plannedReport,
      reportedOn,
      reportDaysLate: lateness(plannedReport, reportedOn),
      plannedPublication,
      publishedOn,
      publicationDaysLate: lateness(plannedPublication, publishedOn),
      outcome,
      outcomeDays: days,
      cancellationReason: inspection.status === 'CANCELLED' ? inspection.cancellationReason : null,
    });
  }
  return entries;
}

/** The review's figures at a glance. */
export function reviewTotals(entries: ReviewEntry[]) {
  const count = (outcome: ReviewOutcome) => entries.filter((e) => e.outcome === outcome).length;
  return {
    planned: entries.length,
    started: entries.filter((e) => e.startedOn).length,
    published: entries.filter((e) => e.publishedOn).length,
    onTime: count('ON_TIME'),
    late: count('LATE'),
    overdue: count('OVERDUE'),
    notYetDue: count('NOT_YET_DUE'),
    cancelled: count('CANCELLED'),
  };
}

/** Dates as ISO days, for keeping a published review as it was. */
const entryDates = [
  'plannedStart',
  'startedOn',
  'plannedReport',
  'reportedOn',
  'plannedPublication',
  'publishedOn',
] as const;

export type StoredReviewEntry = Omit<ReviewEntry, (typeof entryDates)[number]> &
  Record<(typeof entryDates)[number], string | null>;

export function storedEntry(entry: ReviewEntry): StoredReviewEntry {
  const stored = { ...entry } as unknown as StoredReviewEntry;
  for (const key of entryDates) stored[key] = entry[key]?.toISOString().slice(0, 10) ?? null;
  return stored;
}

export function entryFromStore(stored: StoredReviewEntry): ReviewEntry {
  const entry = { ...stored } as unknown as ReviewEntry;
  for (const key of entryDates)
    (entry as unknown as Record<string, Date | null>)[key] = stored[key]
      ? new Date(`${stored[key]}T00:00:00Z`)
      : null;
  return entry;
}
