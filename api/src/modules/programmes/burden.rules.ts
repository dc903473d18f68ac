/**
 * The inspection burden on one agency: every fieldwork visit by any inspectorate or other
 * inspecting body over a rolling 12 months. A gatekeeper may stop an inspection that would
 * impose an unreasonable burden, so planners are warned when new fieldwork would make an
 * agency's Nth visit in 12 months (N set per kind of agency, as data).
 */
import { longDate, shiftYears, type DateRange } from '../shared/calendar.ts';

export interface Visit {
  /** The phase (or other body's visit) it is; a warning names the planned ones. */
  id: string;
  inspectionId: string | null;
  /** "Victims' journey (HMICFRS)" or "Ofsted: children's services". */
  what: string;
  agencyId: string;
  dates: DateRange;
}

export interface BurdenAgency {
  id: string;
  name: string;
  kindCode: string;
}

export interface BurdenWarning {
  kind: 'INSPECTION_BURDEN';
  message: string;
  inspectionIds: string[];
  phaseIds: string[];
  agencyId: string;
  visits: number;
}

/**
 * Whether another body's proposed inspection counts as a visit in its agencies' burden: every
 * one its gatekeeper has not refused (no decision yet, no objection, or a notice only against
 * its manner).
 */
export const proposalCountsInBurden = (decision: string | null) => decision !== 'NOT_TO_CARRY_OUT';

/** The visits to an agency starting in the 12 months up to and including `on`. */
export function visitsInYearTo(visits: readonly Visit[], agencyId: string, on: Date): Visit[] {
  const from = shiftYears(on, -1);
  return visits
    .filter((v) => v.agencyId === agencyId && v.dates.start > from && v.dates.start <= on)
    .sort((a, b) => a.dates.start.getTime() - b.dates.start.getTime() || a.id.localeCompare(b.id));
}

const ordinal = (n: number) => {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${{ 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th'}`;
};

/**
 * A warning for each planned visit that is at least the Nth to its agency in the 12 months to
 * its start. `planned` are the programme's own fieldwork visits (as saved or as staged);
 * `others` every other visit known (other programmes, other bodies).
 */
export function burdenWarnings(
  planned: readonly Visit[],
  others: readonly Visit[],
  agencies: ReadonlyMap<string, BurdenAgency>,
  thresholds: Readonly<Record<string, number>>,
): BurdenWarning[] {
  const all = [...planned, ...others];
  const warnings: BurdenWarning[] = [];
  for (const visit of planned) {
    const agency = agencies.get(visit.agencyId);
    const threshold = agency && thresholds[agency.kindCode];
    if (!agency || !threshold) continue;
    const year = visitsInYearTo(all, visit.agencyId, visit.dates.start);
    if (year.length < threshold) continue;
    const earlier = year.filter((v) => v.id !== visit.id);
    warnings.push({
      kind: 'INSPECTION_BURDEN',
      message: `Fieldwork for ${visit.what} from ${longDate(visit.dates.start)} would be ${agency.name}'s ${ordinal(year.length)} visit in 12 months (a warning from the ${ordinal(threshold)}): ${earlier.map((v) => `${v.what} from ${longDate(v.dates.start)}`).join('; ')}.`,
      inspectionIds: visit.inspectionId ? [visit.inspectionId] : [],
      phaseIds: [visit.id],
      agencyId: agency.id,
      visits: year.length,
    });
  }
  return warnings;
}
