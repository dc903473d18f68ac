/**
 * What accepting a checked ratings file would change, row by row, in the product's own terms:
 * the grade an agency moves from and to, and whether it comes to owe an action plan or stops
 * owing one (the duty in rating.rules.ts). Plain data in, plain data out.
 */
import {
  actionPlanOwed,
  newestFirst,
  trendOf,
  type RatedGrade,
  type Trend,
} from './rating.rules.ts';
import type { ActionPlanStatus } from '../action-plans/action-plan.rules.ts';

interface GradeFacts {
  label: string;
  commonRank: number;
  triggersActionPlan: boolean;
}

/** A rating the agency has, or a good row of the file would give it. */
export interface PreviewRating extends RatedGrade {
  agencyId: string;
  areaCode: string;
  gradeLabel: string;
}

export interface PreviewRow {
  line: number;
  agencyId: string;
  areaCode: string;
  ratedOn: Date;
  grade: GradeFacts;
}

/** What saving one row changes. */
export interface RowChange {
  line: number;
  agencyId: string;
  grade: string;
  /**
   * The grade before it in this area (null for its first); for an EARLIER row, the agency's
   * latest grade, which stays.
   */
  previousGrade: string | null;
  /**
   * FIRST, IMPROVED, UNCHANGED or FELL against the rating before it; EARLIER when the row is
   * older than a rating the agency already has, so its latest grade stays as it is.
   */
  movement: Trend | 'EARLIER';
  /** Only on the row that becomes the agency's latest victims' rating. */
  planDuty: 'STARTS' | 'CONTINUES' | 'ENDS' | null;
}

/**
 * Each good row against the agency's history and the file's other rows: the previous grade is
 * the latest one dated before the row, from either. The plan duty is worked out once per agency,
 * before and after the whole file, and told on the row that becomes its latest rating.
 */
export function previewChanges(
  rows: readonly PreviewRow[],
  existing: readonly PreviewRating[],
  plans: ReadonlyMap<string, ReadonlyArray<{ status: ActionPlanStatus; createdAt: Date }>>,
  victimsArea: string,
): RowChange[] {
  const key = (r: { agencyId: string; areaCode: string }) => `${r.agencyId}|${r.areaCode}`;
  const incoming: PreviewRating[] = rows.map((row) => ({
    agencyId: row.agencyId,
    areaCode: row.areaCode,
    ratedOn: row.ratedOn,
    gradeLabel: row.grade.label,
    commonRank: row.grade.commonRank,
    triggersActionPlan: row.grade.triggersActionPlan,
  }));
  const byKey = (list: readonly PreviewRating[]) => {
    const map = new Map<string, PreviewRating[]>();
    for (const rating of list) map.set(key(rating), [...(map.get(key(rating)) ?? []), rating]);
    return map;
  };
  const before = byKey(existing);
  const after = byKey([...existing, ...incoming]);

  return rows.map((row, index) => {
    const mine = incoming[index]!;
    const history = newestFirst(after.get(key(row)) ?? []);
    const previous = history.find((r) => r !== mine && r.ratedOn.getTime() < row.ratedOn.getTime());
    const latestOwn = newestFirst(before.get(key(row)) ?? [])[0];
    const earlier = !!latestOwn && latestOwn.ratedOn.getTime() >= row.ratedOn.getTime();
    const becomesLatest = history[0] === mine;
    let planDuty: RowChange['planDuty'] = null;
    if (becomesLatest && row.areaCode === victimsArea) {
      const agencyPlans = plans.get(row.agencyId) ?? [];
      const was = actionPlanOwed(before.get(key(row)) ?? [], agencyPlans);
      const will = actionPlanOwed(history, agencyPlans);
      planDuty = will ? (was ? 'CONTINUES' : 'STARTS') : was ? 'ENDS' : null;
    }
    return {
      line: row.line,
      agencyId: row.agencyId,
      grade: row.grade.label,
      previousGrade: (earlier ? latestOwn : previous)?.gradeLabel ?? null,
      movement: earlier ? 'EARLIER' : trendOf(mine, previous),
      planDuty,
    };
  });
}
