import type { InspectionPhase } from '@cjji/db';
import type { Transaction } from '../shared/audit.ts';

/** A phase's dates as they were before a change, kept in its history with who and why. */
export async function keepEarlierDates(
  tx: Transaction,
  before: Pick<InspectionPhase, 'id' | 'plannedStart' | 'plannedEnd' | 'actualStart' | 'actualEnd'>,
  changedBy: string,
  reason: string | null,
): Promise<void> {
  await tx.phaseDateChange.create({
    data: {
      phaseId: before.id,
      plannedStart: before.plannedStart,
      plannedEnd: before.plannedEnd,
      actualStart: before.actualStart,
      actualEnd: before.actualEnd,
      changedBy,
      reason,
    },
  });
}
