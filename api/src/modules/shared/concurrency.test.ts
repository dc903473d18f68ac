import { describe, expect, it } from 'vitest';
import { assertCurrentVersion, assertWritten, changedFields, staleMessage } from './concurrency.ts';

describe('optimistic concurrency', () => {
  it('refuses an edit made from an older version, saying who changed what', async () => {
    await expect(assertCurrentVersion('programme', 3, 3)).resolves.toBeUndefined();
    const lastChange = async () => ({
      by: 'Sam Planner',
      at: new Date('2026-11-25T10:42:00Z'),
      fields: ['title', 'theme'],
    });
    await expect(assertCurrentVersion('inspection', 2, 3, lastChange)).rejects.toThrow(
      'Sam Planner changed this inspection at 10:42 UTC on 2026-11-25, after you opened it: title and theme. Reload it to see their changes, then make yours again.',
    );
  });

  it('falls back to a plain message when the change is not on record', async () => {
    await expect(assertCurrentVersion('programme', 2, 3, async () => null)).rejects.toThrow(
      /changed by someone else since you opened it/,
    );
  });

  it('refuses when the conditional write found the record already changed', () => {
    expect(() => assertWritten('phase', { count: 1 })).not.toThrow();
    expect(() => assertWritten('phase', { count: 0 })).toThrow(
      'This phase has been changed by someone else since you opened it. Reload it to see their changes, then make yours again.',
    );
  });

  it('names the fields that changed, in words, leaving out bookkeeping', () => {
    expect(
      changedFields(
        {
          id: 'a',
          version: 1,
          plannedStart: '2027-05-01',
          plannedEnd: '2027-05-31',
          updatedAt: 'x',
        },
        {
          id: 'a',
          version: 2,
          plannedStart: '2027-06-01',
          plannedEnd: '2027-05-31',
          updatedAt: 'y',
        },
      ),
    ).toEqual(['planned start']);
    expect(changedFields(null, { title: 'New' })).toEqual([]);
    expect(
      staleMessage('phase', { by: 'Ana', at: new Date('2026-11-25T09:05:00Z'), fields: [] }),
    ).toBe(
      'Ana changed this phase at 09:05 UTC on 2026-11-25, after you opened it. Reload it to see their changes, then make yours again.',
    );
  });
});
