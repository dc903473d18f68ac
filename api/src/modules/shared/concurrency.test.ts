import { describe, expect, it } from 'vitest';
import { assertCurrentVersion, assertWritten } from './concurrency.ts';

describe('optimistic concurrency', () => {
  it('refuses an edit made from an older version', () => {
    expect(() => assertCurrentVersion('programme', 3, 3)).not.toThrow();
    expect(() => assertCurrentVersion('programme', 2, 3)).toThrow(/changed by someone else since you opened it/);
  });

  it('refuses when the conditional write found the record already changed', () => {
    expect(() => assertWritten('phase', { count: 1 })).not.toThrow();
    expect(() => assertWritten('phase', { count: 0 })).toThrow('This phase has been changed by someone else since you opened it. Reload it to see their changes, then make yours again.');
  });
});
