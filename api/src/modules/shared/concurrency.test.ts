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
      'Sam Planner changed this inspection at 10:42 on 25 November 2026, after you opened it: title and theme. Open it again to see their changes, then make yours.',
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
      'This phase has been changed by someone else since you opened it. Open it again to see their changes, then make yours.',
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
      'Ana changed this phase at 09:05 on 25 November 2026, after you opened it. Open it again to see their changes, then make yours.',
    );
    // In British Summer Time the clock a reader sees is an hour ahead of UTC, and so, just
    // after midnight, is the day.
    expect(
      staleMessage('plan', { by: 'Ana', at: new Date('2026-06-30T23:30:00Z'), fields: [] }),
    ).toMatch(/^Ana changed this plan at 00:30 on 1 July 2026,/);
  });
});
