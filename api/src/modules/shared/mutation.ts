/**
 * The steps every mutation takes, in the same order and in one transaction: read the record (a
 * missing one, or one the viewer may not see, is not found), check the input against it, check
 * the version the person read, apply the rules, write conditionally on that version, and audit
 * under the mutation's own name. The resolver then re-reads what the caller selected. Who may
 * call it was settled before any of this, by the field's `authScopes`.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context.ts';
import { NotFoundError, type FieldIssue } from '../../errors.ts';
import { audit, type Transaction } from './audit.ts';
import { assertCurrentVersion, assertWritten, lastChangeTo } from './concurrency.ts';
import { assertNoIssues } from './uk-day.ts';

export interface MutationSteps {
  tx: Transaction;
  /** Writes to the audit trail under the mutation's own name, so the two cannot drift apart. */
  audit(
    entityType: string,
    entityId: string,
    change: { before?: unknown; after?: unknown },
  ): Promise<void>;
}

/** Runs a mutation's work in one transaction, auditing under the name of the field resolved. */
export function inMutation<T>(
  ctx: Context,
  info: GraphQLResolveInfo,
  work: (steps: MutationSteps) => Promise<T>,
): Promise<T> {
  return ctx.prisma.$transaction((tx) =>
    work({
      tx,
      audit: (entityType, entityId, change) =>
        audit(tx, ctx, { action: info.fieldName, entityType, entityId, ...change }),
    }),
  );
}

/** A change to one versioned record, step by step. */
export interface VersionedChange<Row extends { version: number }> {
  /** The record in words, for messages: "escalation". */
  what: string;
  entityType: string;
  id: string;
  /** The id as the caller sent it, for the "not found" answer. */
  globalId: string;
  /** The version the person read; null when the caller may leave it out (an older client). */
  expectedVersion: number | null | undefined;
  /** For a record versioned in parts (a phase's dates apart from its staffing): whose changes count. */
  versionedBy?: string;
  read: (tx: Transaction) => Promise<Row | null>;
  /** Every problem with the input as it bears on the record, at once. */
  inputIssues?: (row: Row) => FieldIssue[];
  /** The domain rules; throw a DomainError to refuse. */
  rules?: (row: Row) => void | Promise<void>;
  /** The write, conditional on `row.version` (`updateMany({ where: { id, version } })`). */
  write: (tx: Transaction, row: Row) => Promise<{ count: number }>;
  audited: (row: Row) => { before?: unknown; after?: unknown };
}

/** Reads, checks, writes and audits one versioned record; returns the record as it was read. */
export async function changeVersioned<Row extends { version: number }>(
  steps: MutationSteps,
  change: VersionedChange<Row>,
): Promise<Row> {
  const row = await change.read(steps.tx);
  if (!row) throw new NotFoundError(change.what, change.globalId);
  if (change.inputIssues) assertNoIssues(change.inputIssues(row));
  if (change.expectedVersion != null)
    await assertCurrentVersion(change.what, change.expectedVersion, row.version, () =>
      lastChangeTo(steps.tx, change.entityType, change.id, change.versionedBy),
    );
  await change.rules?.(row);
  // Conditional on the version read: of people saving at once, one wins and the others are
  // told, rather than the last silently overwriting the first.
  assertWritten(change.what, await change.write(steps.tx, row));
  await steps.audit(change.entityType, change.id, change.audited(row));
  return row;
}
