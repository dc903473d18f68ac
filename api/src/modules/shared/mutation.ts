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
import {
  assertCurrentVersion,
  assertWritten,
  lastChangeTo,
  type LastChange,
} from './concurrency.ts';
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
  // From here on the request's own writes may have changed reference tables: read them afresh.
  ctx.contentVersion = null;
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
  /** Who made the change that moved the version on, where the audit trail is not where it is
   * kept (a role says itself who ended it). */
  lastChange?: (tx: Transaction, row: Row) => Promise<LastChange | null>;
  read: (tx: Transaction) => Promise<Row | null>;
  /** Every problem with the input as it bears on the record, at once. */
  inputIssues?: (row: Row) => FieldIssue[] | Promise<FieldIssue[]>;
  /** The domain rules; throw a DomainError to refuse. */
  rules?: (row: Row) => void | Promise<void>;
  /** The write, conditional on `row.version` (`updateMany({ where: { id, version } })`). */
  write: (tx: Transaction, row: Row) => Promise<{ count: number }>;
  /** What follows a successful write: history rows, dependent records. */
  alsoWrite?: (tx: Transaction, row: Row) => Promise<void>;
  audited: (row: Row, tx: Transaction) => Audited | Promise<Audited>;
  /** The record the audit trail files the change under, when not the one changed (a role's end
   * is filed under its account). */
  auditedAs?: (row: Row) => { entityType: string; id: string };
}

type Audited = { before?: unknown; after?: unknown };

/** Reads, checks, writes and audits one versioned record; returns the record as it was read. */
export async function changeVersioned<Row extends { version: number }>(
  steps: MutationSteps,
  change: VersionedChange<Row>,
): Promise<Row> {
  const row = await change.read(steps.tx);
  if (!row) throw new NotFoundError(change.what, change.globalId);
  if (change.inputIssues) assertNoIssues(await change.inputIssues(row));
  if (change.expectedVersion != null)
    await assertCurrentVersion(change.what, change.expectedVersion, row.version, () =>
      change.lastChange
        ? change.lastChange(steps.tx, row)
        : lastChangeTo(steps.tx, change.entityType, change.id, change.versionedBy),
    );
  await change.rules?.(row);
  // Conditional on the version read: of people saving at once, one wins and the others are
  // told, rather than the last silently overwriting the first.
  assertWritten(change.what, await change.write(steps.tx, row));
  await change.alsoWrite?.(steps.tx, row);
  const filedUnder = change.auditedAs?.(row) ?? { entityType: change.entityType, id: change.id };
  await steps.audit(filedUnder.entityType, filedUnder.id, await change.audited(row, steps.tx));
  return row;
}

/**
 * A record that stands at its defaults until someone first sets it (a person's reminders, an
 * inspectorate's capacity for a quarter): none recorded is version 0, so two people setting it
 * for the first time at once are told too.
 */
export interface VersionedSetting<Row extends { version: number }> {
  what: string;
  entityType: string;
  id: string;
  expectedVersion: number;
  read: (tx: Transaction) => Promise<Row | null>;
  /** The change, conditional on `row.version`. */
  update: (tx: Transaction, row: Row) => Promise<{ count: number }>;
  /** The first setting; one that lost a race with another writes nothing (`skipDuplicates`). */
  create: (tx: Transaction) => Promise<{ count: number }>;
}

/** Checks the version, writes and audits a setting; returns it as it now stands. */
export async function setVersioned<Row extends { version: number }>(
  steps: MutationSteps,
  setting: VersionedSetting<Row>,
): Promise<Row> {
  const before = await setting.read(steps.tx);
  await assertCurrentVersion(setting.what, setting.expectedVersion, before?.version ?? 0, () =>
    lastChangeTo(steps.tx, setting.entityType, setting.id),
  );
  assertWritten(
    setting.what,
    await (before ? setting.update(steps.tx, before) : setting.create(steps.tx)),
  );
  const after = await setting.read(steps.tx);
  await steps.audit(setting.entityType, setting.id, { before, after });
  return after!;
}
