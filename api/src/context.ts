import type { PrismaClient } from '@cjji/db';

/** What every resolver receives. Sign-in adds the viewer here. */
export interface Context {
  prisma: PrismaClient;
  /** "Today" for date-dependent answers; a fixed value in tests. */
  now: () => Date;
}
