/**
 * Reference tables are kept in the API process between requests under the public content
 * version a request reads with its session (`kept` in api/src/context.ts): a write to one of
 * them bumps the version in its own transaction, so the next request, on any API process,
 * reads it afresh.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlAgainst, type Execute } from '../support/graphql.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

let db: TestDatabase;
let execute: Execute;
let stop: () => Promise<void>;
beforeAll(async () => {
  db = await createTestDatabase();
  ({ execute, stop } = await graphqlAgainst(db.prisma));
});
afterAll(async () => {
  await stop?.();
  await db?.close();
});

const contentVersion = async () =>
  (
    await db.prisma.$queryRaw<[{ version: number }]>`
      SELECT "version" FROM "PublicContentVersion" WHERE "id" = 1`
  )[0].version;

const kindsAndScale = `{ agencyKinds { code pluralName } commonScale { code label } }`;
const pluralOf = (data: any, code: string) =>
  data.agencyKinds.find((kind: { code: string }) => kind.code === code)?.pluralName;

describe('reference tables kept between requests', () => {
  it('are read once while the version stands, and afresh after a write to them', async () => {
    const before = await contentVersion();
    const first = await execute(kindsAndScale, undefined, { contentVersion: before });
    expect(pluralOf(first.data, 'POLICE_FORCE')).toBe('Police forces');

    db.statements.reset();
    const kept = await execute(kindsAndScale, undefined, { contentVersion: before });
    expect(db.statements.count).toBe(0);
    expect(kept.data).toEqual(first.data);

    // As an administrator, another API process or the reference data loader would write it.
    await db.prisma.agencyKind.update({
      where: { code: 'POLICE_FORCE' },
      data: { pluralName: 'Territorial police forces' },
    });
    const after = await contentVersion();
    expect(after).toBeGreaterThan(before);
    const fresh = await execute(kindsAndScale, undefined, { contentVersion: after });
    expect(pluralOf(fresh.data, 'POLICE_FORCE')).toBe('Territorial police forces');

    // Without a version (no session), each request reads them itself.
    const unversioned = await execute(kindsAndScale);
    expect(pluralOf(unversioned.data, 'POLICE_FORCE')).toBe('Territorial police forces');
  });
});
