/**
 * Rate limits on sign-in and on changing a password, counted in the database by
 * rate-limiter-flexible so that every API instance shares them: 5 attempts for one account in
 * 15 minutes, or 30 from one address, and the next makes that account or address wait 15
 * minutes. Each attempt is counted before its password is checked (the library's
 * consume-first pattern), and a right password gives the attempt back.
 */
import type { PrismaClient } from '@cjji/db';
import { RateLimiterPrisma, RateLimiterRes } from 'rate-limiter-flexible';

const signInLimits = { perAccount: 5, perAddress: 30, windowSeconds: 15 * 60 } as const;

export interface SignInThrottle {
  /**
   * Counts an attempt for the account and the address before the password is checked, in one
   * atomic step each in the database, so that concurrent attempts cannot all slip under the
   * limit. Answers the seconds to wait (the real time left), or 0 if the attempt may go ahead.
   */
  attempt(email: string, address: string): Promise<number>;
  /** The password was right: the account starts afresh and the address gets its attempt back. */
  succeeded(email: string, address: string): Promise<void>;
}

const limiters = new WeakMap<
  PrismaClient,
  { account: RateLimiterPrisma; address: RateLimiterPrisma }
>();

function limitersFor(prisma: PrismaClient) {
  let pair = limiters.get(prisma);
  if (!pair) {
    const options = {
      storeClient: prisma,
      tableName: 'signInThrottle',
      duration: signInLimits.windowSeconds,
      blockDuration: signInLimits.windowSeconds,
      clearExpiredByTimeout: false,
    };
    pair = {
      account: new RateLimiterPrisma({
        ...options,
        keyPrefix: 'account',
        points: signInLimits.perAccount,
      }),
      address: new RateLimiterPrisma({
        ...options,
        keyPrefix: 'address',
        points: signInLimits.perAddress,
      }),
    };
    limiters.set(prisma, pair);
  }
  return pair;
}

export function signInThrottle(prisma: PrismaClient): SignInThrottle {
  const { account, address } = limitersFor(prisma);
  // consume() rejects with the limiter's result once the points run out: that is the answer.
  const waitOf = async (consumed: Promise<RateLimiterRes>) => {
    try {
      await consumed;
      return 0;
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      return Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
    }
  };
  return {
    async attempt(email, from) {
      const waits = await Promise.all([
        waitOf(account.consume(email)),
        waitOf(address.consume(from)),
      ]);
      return Math.max(...waits);
    },
    async succeeded(email, from) {
      await Promise.all([account.delete(email), address.reward(from)]);
    },
  };
}

/** "Try again in 15 minutes." The wait as stated is the wait the limiter will enforce. */
export function waitMessage(what: string, seconds: number): string {
  const minutes = Math.ceil(seconds / 60);
  return `Too many ${what}. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`;
}
