/**
 * Rate limits on sign-in, counted in the database by rate-limiter-flexible so that every API
 * instance shares them: 5 failures for one account in 15 minutes, or 30 from one address,
 * and that account or address waits 15 minutes.
 */
import type { PrismaClient } from '@cjji/db';
import { RateLimiterPrisma, RateLimiterRes } from 'rate-limiter-flexible';

export const signInLimits = { perAccount: 5, perAddress: 30, windowSeconds: 15 * 60 } as const;

export interface SignInThrottle {
  /** Seconds to wait before trying again, or 0 if the attempt may go ahead. */
  waitFor(email: string, address: string): Promise<number>;
  recordFailure(email: string, address: string): Promise<void>;
  recordSuccess(email: string): Promise<void>;
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
  return {
    async waitFor(email, from) {
      const [byAccount, byAddress] = await Promise.all([account.get(email), address.get(from)]);
      const over = [
        byAccount && byAccount.consumedPoints >= signInLimits.perAccount ? byAccount : null,
        byAddress && byAddress.consumedPoints >= signInLimits.perAddress ? byAddress : null,
      ];
      return Math.max(0, ...over.map((res) => (res ? Math.ceil(res.msBeforeNext / 1000) : 0)));
    },
    async recordFailure(email, from) {
      // consume() rejects with the limiter's result once the points run out; that is expected here.
      const swallowLimit = (error: unknown) => {
        if (!(error instanceof RateLimiterRes)) throw error;
      };
      await Promise.all([
        account.consume(email).catch(swallowLimit),
        address.consume(from).catch(swallowLimit),
      ]);
    },
    async recordSuccess(email) {
      await account.delete(email);
    },
  };
}
