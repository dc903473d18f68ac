/** Writes to the audit trail, inside the mutation's own transaction. */
import type { Prisma } from '@cjji/db';
import type { Context } from '../../context.ts';

export type Transaction = Prisma.TransactionClient;

export async function audit(
  tx: Transaction,
  ctx: Context,
  event: {
    action: string;
    entityType: string;
    entityId: string;
    before?: unknown;
    after?: unknown;
  },
): Promise<void> {
  const json = (value: unknown) =>
    value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue);
  await tx.auditEvent.create({
    data: {
      actor: ctx.actor,
      actorUserId: ctx.viewer?.userId ?? null,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId,
      before: json(event.before),
      after: json(event.after),
    },
  });
}
