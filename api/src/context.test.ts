import { describe, expect, it } from 'vitest';
import { once, whenRead, type Context } from './context.ts';

const request = () => ({ cache: new Map() }) as unknown as Context;

describe('a reference table read once per request', () => {
  it('is used at once when it has been read, and when it comes while it has not', async () => {
    const ctx = request();
    let reads = 0;
    const inspectorates = () =>
      once(ctx, 'inspectorates', async () => {
        reads += 1;
        return new Map([['hmicfrs', 'HMICFRS']]);
      });

    // The first field to ask waits for the read.
    const first = whenRead(inspectorates(), (all) => all.get('hmicfrs'));
    expect(first).toBeInstanceOf(Promise);
    expect(await first).toBe('HMICFRS');

    // Every later field answers without a promise, from the same single read.
    expect(whenRead(inspectorates(), (all) => all.get('hmicfrs'))).toBe('HMICFRS');
    expect(reads).toBe(1);
  });

  it('still fails the field when the read fails', async () => {
    const ctx = request();
    const broken = once(ctx, 'capacities', () => Promise.reject(new Error('database gone')));
    await expect(whenRead(broken, () => 'never')).rejects.toThrow('database gone');
    await expect(whenRead(broken, () => 'never')).rejects.toThrow('database gone');
  });
});
