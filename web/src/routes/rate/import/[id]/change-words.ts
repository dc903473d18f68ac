/** What saving a row of a ratings file changes, as the check page says it. */
import type { ImportReport } from '#lib/graphql/ratings.ts';

type Change = ImportReport['changes'][number];

const duty: Record<NonNullable<Change['planDuty']>, string> = {
  STARTS: 'will owe an action plan',
  CONTINUES: 'still owes an action plan',
  ENDS: 'will no longer owe an action plan',
};

/** "Gwent Police: Good → Inadequate; will owe an action plan". */
export function changeInWords(change: Change): string {
  const move =
    change.movement === 'FIRST' || !change.previousGrade
      ? `first rating, ${change.grade}`
      : change.movement === 'EARLIER'
        ? `adds an earlier ${change.grade} to its history; its latest stays ${change.previousGrade}`
        : `${change.previousGrade} → ${change.grade}`;
  return `${change.agency}: ${move}${change.planDuty ? `; ${duty[change.planDuty]}` : ''}`;
}
