/**
 * Signed-in sessions. The browser holds a random token; the database holds only its SHA-256,
 * so a copy of the database cannot be used to sign in.
 */
import type { PrismaClient, Prisma } from '@cjji/db';
import { createHash, randomBytes } from 'node:crypto';
import { isSessionLive, needsTouch, sessionExpiry } from './session.rules.ts';
import type { Role, Viewer } from './viewer.ts';

export const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');

type Db = PrismaClient | Prisma.TransactionClient;

export async function startSession(
  db: Db,
  userId: string,
  method: 'password' | 'openid-connect',
  now: Date,
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = sessionExpiry(now);
  await db.session.create({
    data: {
      tokenHash: hashToken(token),
      userId,
      method,
      createdAt: now,
      lastSeenAt: now,
      expiresAt,
    },
  });
  await db.user.update({ where: { id: userId }, data: { lastSignInAt: now } });
  return { token, expiresAt };
}

/** The viewer a session token stands for, or null if it is unknown, ended, expired or the account is disabled. */
export async function viewerForToken(
  prisma: PrismaClient,
  token: string,
  now: Date,
): Promise<Viewer | null> {
  const session = await prisma.session.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { user: { include: { roles: { where: { endedAt: null } } } } },
  });
  if (!session || !isSessionLive(session, now) || session.user.disabledAt) return null;
  if (needsTouch(session, now))
    await prisma.session.update({ where: { id: session.id }, data: { lastSeenAt: now } });
  return {
    userId: session.user.id,
    name: session.user.name,
    email: session.user.email,
    sessionId: session.id,
    roles: session.user.roles.map((grant) => ({ ...grant, role: grant.role as Role })),
  };
}

export async function endSession(db: Db, sessionId: string, now: Date): Promise<void> {
  await db.session.updateMany({ where: { id: sessionId, endedAt: null }, data: { endedAt: now } });
}
