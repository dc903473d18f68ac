/** Captures a programme's baseline, inside the transaction of the move that agrees or publishes it. */
import type { Transaction } from '../shared/audit.ts';

export async function captureBaseline(
  tx: Transaction,
  programmeId: string,
  move: 'AGREED' | 'PUBLISHED',
  actor: string,
): Promise<string> {
  const inspections = await tx.inspection.findMany({
    where: { programmeId },
    select: {
      id: true,
      status: true,
      phases: { select: { id: true, plannedStart: true, plannedEnd: true } },
    },
  });
  const baseline = await tx.programmeBaseline.create({
    data: {
      programmeId,
      capturedOn: move,
      capturedBy: actor,
      inspections: {
        createMany: {
          data: inspections.map((i) => ({ inspectionId: i.id, status: i.status })),
        },
      },
      phases: {
        createMany: {
          data: inspections.flatMap((i) =>
            i.phases.map((p) => ({
              phaseId: p.id,
              plannedStart: p.plannedStart,
              plannedEnd: p.plannedEnd,
            })),
          ),
        },
      },
    },
    select: { id: true },
  });
  return baseline.id;
}
