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

interface SessionRow {
  id: string;
  expiresAt: Date;
  lastSeenAt: Date;
  endedAt: Date | null;
  userId: string;
  name: string;
  email: string;
  disabledAt: Date | null;
  contentVersion: number | null;
  roles: Array<{
    role: Role;
    inspectorateId: string | null;
    agencyId: string | null;
    localPolicingBodyId: string | null;
    ministerId: string | null;
  }>;
}

/**
 * The viewer a session token stands for, or null if it is unknown, ended, expired or the
 * account is disabled. Every signed-in request asks this first, so the session, its account
 * and the account's current roles come in one statement (Prisma's include took three).
 */
export async function viewerForToken(
  prisma: PrismaClient,
  token: string,
  now: Date,
): Promise<Viewer | null> {
  return (await sessionForToken(prisma, token, now)).viewer;
}

/**
 * The viewer, and the public content version as of the same statement: the version under
 * which reference tables may be answered from this process's copy (`kept` in context.ts).
 */
export async function sessionForToken(
  prisma: PrismaClient,
  token: string,
  now: Date,
): Promise<{ viewer: Viewer | null; contentVersion: number | null }> {
  const [session] = await prisma.$queryRaw<SessionRow[]>`
    SELECT s."id", s."expiresAt", s."lastSeenAt", s."endedAt", u."id" AS "userId", u."name",
      u."email", u."disabledAt",
      (SELECT v."version" FROM "PublicContentVersion" v WHERE v."id" = 1) AS "contentVersion",
      COALESCE((
        SELECT json_agg(json_build_object(
          'role', r."role", 'inspectorateId', r."inspectorateId", 'agencyId', r."agencyId",
          'localPolicingBodyId', r."localPolicingBodyId", 'ministerId', r."ministerId"
        ) ORDER BY r."grantedAt", r."id")
        FROM "RoleAssignment" r WHERE r."userId" = u."id" AND r."endedAt" IS NULL
      ), '[]'::json) AS "roles"
    FROM "Session" s JOIN "User" u ON u."id" = s."userId"
    WHERE s."tokenHash" = ${hashToken(token)}`;
  if (!session || !isSessionLive(session, now) || session.disabledAt)
    return { viewer: null, contentVersion: null };
  if (needsTouch(session, now))
    await prisma.session.update({ where: { id: session.id }, data: { lastSeenAt: now } });
  return {
    viewer: {
      userId: session.userId,
      name: session.name,
      email: session.email,
      sessionId: session.id,
      roles: session.roles,
    },
    contentVersion: session.contentVersion,
  };
}

export async function endSession(db: Db, sessionId: string, now: Date): Promise<void> {
  await db.session.updateMany({ where: { id: sessionId, endedAt: null }, data: { endedAt: now } });
}
