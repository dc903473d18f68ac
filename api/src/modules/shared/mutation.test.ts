import { describe, expect, it } from 'vitest';
import {
  ConflictError,
  InvalidInputError,
  InvalidStateError,
  NotFoundError,
} from '../../errors.ts';
import type { Transaction } from './audit.ts';
import { changeVersioned, setVersioned, type MutationSteps } from './mutation.ts';

/** Steps whose transaction only answers "who changed it last", logging what the change did. */
function recording() {
  const log: string[] = [];
  const lastEvent = {
    actor: 'Sam Planner',
    at: new Date('2026-11-25T10:42:00Z'),
    before: { title: 'Old' },
    after: { title: 'New' },
  };
  const tx = { auditEvent: { findFirst: async () => lastEvent } } as unknown as Transaction;
  const steps: MutationSteps = {
    tx,
    audit: async (entityType, entityId, change) => {
      log.push(`audit ${entityType} ${entityId} ${JSON.stringify(change)}`);
    },
  };
  return { log, steps };
}

const programme = { id: 'p1', version: 3, status: 'DRAFT' };

/** A change to the programme above, logging each step it takes. */
function change(log: string[], overrides: Partial<Parameters<typeof changeVersioned>[1]> = {}) {
  return {
    what: 'programme',
    entityType: 'Programme',
    id: 'p1',
    globalId: 'UHJvZ3JhbW1lOnAx',
    expectedVersion: 3,
    read: async () => (log.push('read'), programme),
    inputIssues: () => (log.push('input'), []),
    rules: () => void log.push('rules'),
    write: async () => (log.push('write'), { count: 1 }),
    alsoWrite: async () => void log.push('history'),
    audited: () => ({ after: { status: 'AGREED' } }),
    ...overrides,
  };
}

describe('a change to a versioned record', () => {
  it('reads, checks the input, the version and the rules, writes and audits, in that order', async () => {
    const { log, steps } = recording();
    await expect(changeVersioned(steps, change(log))).resolves.toBe(programme);
    expect(log).toEqual([
      'read',
      'input',
      'rules',
      'write',
      'history',
      'audit Programme p1 {"after":{"status":"AGREED"}}',
    ]);
  });

  it('answers a missing record as not found, before anything else', async () => {
    const { log, steps } = recording();
    await expect(
      changeVersioned(steps, change(log, { read: async () => null, expectedVersion: 1 })),
    ).rejects.toThrow(new NotFoundError('programme', 'UHJvZ3JhbW1lOnAx'));
    expect(log).toEqual([]);
  });

  it('reports every problem with the input, even from a stale form, before the version', async () => {
    const { log, steps } = recording();
    const issues = [
      { field: ['input', 'title'], message: 'Give the programme a title.' },
      { field: ['input', 'startsOn'], message: 'Enter the start date.' },
    ];
    const refused = changeVersioned(
      steps,
      change(log, { expectedVersion: 2, inputIssues: async () => issues }),
    );
    await expect(refused).rejects.toBeInstanceOf(InvalidInputError);
    await expect(refused).rejects.toMatchObject({ issues });
  });

  it('refuses a stale version saying who changed what, before the rules run', async () => {
    const { log, steps } = recording();
    await expect(changeVersioned(steps, change(log, { expectedVersion: 2 }))).rejects.toThrow(
      new ConflictError(
        'Sam Planner changed this programme at 10:42 on 25 November 2026, after you opened it: title. Open it again to see their changes, then make yours.',
        ['input', 'expectedVersion'],
      ),
    );
    expect(log).toEqual(['read', 'input']);
  });

  it('writes nothing more, and audits nothing, when the rules refuse', async () => {
    const { log, steps } = recording();
    const rules = () => {
      throw new InvalidStateError('The programme is published.');
    };
    await expect(changeVersioned(steps, change(log, { rules }))).rejects.toThrow(
      'The programme is published.',
    );
    expect(log).toEqual(['read', 'input']);
  });

  it('stops with a conflict when someone else wrote between the read and the write', async () => {
    const { log, steps } = recording();
    const write = async () => (log.push('write'), { count: 0 });
    await expect(changeVersioned(steps, change(log, { write }))).rejects.toBeInstanceOf(
      ConflictError,
    );
    expect(log).toEqual(['read', 'input', 'rules', 'write']);
  });

  it('files the audit under another record when told (a role’s end under its account)', async () => {
    const { log, steps } = recording();
    await changeVersioned(
      steps,
      change(log, { auditedAs: () => ({ entityType: 'User', id: 'u1' }) }),
    );
    expect(log.at(-1)).toMatch(/^audit User u1 /);
  });
});

describe('a setting that stands at its defaults until first set', () => {
  const setting = (log: string[], stored: { version: number } | null, expectedVersion: number) => {
    let current = stored;
    return {
      what: 'choice of reminders',
      entityType: 'ReminderPreference',
      id: 'u1',
      expectedVersion,
      read: async () => current,
      update: async () => (log.push('update'), (current = { version: 2 }), { count: 1 }),
      create: async () => (log.push('create'), (current = { version: 1 }), { count: 1 }),
    };
  };

  it('is version 0 before anyone sets it, and its first setting creates it', async () => {
    const { log, steps } = recording();
    await expect(setVersioned(steps, setting(log, null, 0))).resolves.toEqual({ version: 1 });
    expect(log).toEqual([
      'create',
      'audit ReminderPreference u1 {"before":null,"after":{"version":1}}',
    ]);
  });

  it('refuses someone who read the defaults after another person set it', async () => {
    const { log, steps } = recording();
    await expect(setVersioned(steps, setting(log, { version: 1 }, 0))).rejects.toBeInstanceOf(
      ConflictError,
    );
    expect(log).toEqual([]);
  });
});
