import { describe, expect, it } from 'vitest';
import { isSessionLive, needsTouch, sessionExpiry } from './session.rules.ts';

const start = new Date('2026-11-25T09:00:00Z');
const session = { expiresAt: sessionExpiry(start), lastSeenAt: start, endedAt: null };

describe('sessions', () => {
  it('lasts while in use, up to twelve hours', () => {
    expect(
      isSessionLive(
        { ...session, lastSeenAt: new Date('2026-11-25T20:30:00Z') },
        new Date('2026-11-25T20:59:00Z'),
      ),
    ).toBe(true);
    expect(
      isSessionLive(
        { ...session, lastSeenAt: new Date('2026-11-25T20:30:00Z') },
        new Date('2026-11-25T21:00:00Z'),
      ),
    ).toBe(false);
  });

  it('ends after an hour without use', () => {
    expect(isSessionLive(session, new Date('2026-11-25T09:59:59Z'))).toBe(true);
    expect(isSessionLive(session, new Date('2026-11-25T10:00:00Z'))).toBe(false);
  });

  it('ends at sign-out', () => {
    expect(isSessionLive({ ...session, endedAt: start }, new Date('2026-11-25T09:01:00Z'))).toBe(
      false,
    );
  });

  it('records use at most once a minute', () => {
    expect(needsTouch(session, new Date('2026-11-25T09:00:59Z'))).toBe(false);
    expect(needsTouch(session, new Date('2026-11-25T09:01:00Z'))).toBe(true);
  });
});
