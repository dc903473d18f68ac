/**
 * The history of corrections and withdrawals of recorded facts (FactCorrection): the value before
 * and after, the reason, who and when. Written in the mutation's transaction, after the record
 * itself (changeVersioned's `alsoWrite`); the audit trail keeps the same change under the
 * mutation's name.
 */
import type { Prisma } from '@cjji/db';
import type { Transaction } from './audit.ts';

const json = (value: unknown) => JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;

export async function recordCorrection(
  tx: Transaction,
  by: string,
  entry: {
    entityType: string;
    entityId: string;
    withdrawn: boolean;
    before: unknown;
    after?: unknown;
    reason: string;
  },
): Promise<void> {
  await tx.factCorrection.create({
    data: {
      entityType: entry.entityType,
      entityId: entry.entityId,
      withdrawn: entry.withdrawn,
      before: json(entry.before),
      ...(entry.after === undefined ? {} : { after: json(entry.after) }),
      reason: entry.reason.trim(),
      by,
    },
  });
}
