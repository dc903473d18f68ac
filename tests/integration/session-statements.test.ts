/**
 * Every signed-in request starts by reading its session: the session, its account and the
 * account's current roles come in one SQL statement, whatever roles the account holds.
 */
import { startSession, viewerForToken } from '@cjji/api/sessions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
}, 600_000);
afterAll(async () => {
  await db?.close();
});

describe("a signed-in request's session", () => {
  it('is read with its account and current roles in one statement, ended roles left out', async () => {
    const hmicfrs = await db.prisma.inspectorate.findFirstOrThrow({ orderBy: { name: 'asc' } });
    const kent = await db.prisma.agency.findUniqueOrThrow({ where: { name: 'Kent Police' } });
    const user = await db.prisma.user.create({
      data: {
        email: 'two-roles@example.test',
        name: 'Pat Planner',
        createdBy: 'Test',
        roles: {
          create: [
            { role: 'INSPECTORATE_PLANNER', inspectorateId: hmicfrs.id, grantedBy: 'Test' },
            { role: 'AGENCY_EDITOR', agencyId: kent.id, grantedBy: 'Test' },
            {
              role: 'ADMINISTRATOR',
              grantedBy: 'Test',
              endedAt: new Date('2026-11-01T00:00:00Z'),
              endedBy: 'Test',
            },
          ],
        },
      },
    });
    const now = new Date();
    const { token } = await startSession(db.prisma, user.id, 'password', now);

    db.statements.reset();
    const viewer = await viewerForToken(db.prisma, token, now);
    expect(db.statements.count).toBe(1);
    expect(viewer).toMatchObject({ userId: user.id, name: 'Pat Planner' });
    expect(viewer!.roles).toHaveLength(2);
    expect(viewer!.roles).toEqual(
      expect.arrayContaining([
        {
          role: 'INSPECTORATE_PLANNER',
          inspectorateId: hmicfrs.id,
          agencyId: null,
          localPolicingBodyId: null,
          ministerId: null,
        },
        {
          role: 'AGENCY_EDITOR',
          inspectorateId: null,
          agencyId: kent.id,
          localPolicingBodyId: null,
          ministerId: null,
        },
      ]),
    );
    expect(await viewerForToken(db.prisma, 'an-unknown-token-0123456789abcdef', now)).toBeNull();
  });
});
