/** How long a signed-in session lasts: ended by sign-out, by an hour without use, or after twelve hours in any case. */
import { addHours, addMinutes, differenceInSeconds } from 'date-fns';

const sessionPolicy = { idleMinutes: 60, absoluteHours: 12, touchEverySeconds: 60 } as const;

export interface SessionTimes {
  expiresAt: Date;
  lastSeenAt: Date;
  endedAt: Date | null;
}

export const sessionExpiry = (startedAt: Date) => addHours(startedAt, sessionPolicy.absoluteHours);

export function isSessionLive(session: SessionTimes, now: Date): boolean {
  return (
    !session.endedAt &&
    now < session.expiresAt &&
    now < addMinutes(session.lastSeenAt, sessionPolicy.idleMinutes)
  );
}

/** Recording every request would turn each read into a write; once a minute keeps idle expiry accurate enough. */
export const needsTouch = (session: SessionTimes, now: Date) =>
  differenceInSeconds(now, session.lastSeenAt) >= sessionPolicy.touchEverySeconds;
