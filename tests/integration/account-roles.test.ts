/** Ending a role, as two administrators might at once: the second is told who ended it. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlAgainst, type Execute } from '../support/graphql.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

let db: TestDatabase;
const stops: Array<() => Promise<void>> = [];
let mine: Execute;
let theirs: Execute;

async function administrator(name: string): Promise<Execute> {
  const api = await graphqlAgainst(db.prisma, new Date('2026-11-25T12:00:00Z'), {
    userId: null,
    name,
    email: `${name.split(' ')[0]!.toLowerCase()}@test.invalid`,
    sessionId: null,
    roles: [{ role: 'ADMINISTRATOR' }],
  });
  stops.push(api.stop);
  return api.execute;
}

beforeAll(async () => {
  db = await createTestDatabase();
  mine = await administrator('Test administrator');
  theirs = await administrator('Sam Admin');
});
afterAll(async () => {
  for (const stop of stops) await stop();
  await db?.close();
});

const endRole = (as: Execute, id: string, expectedVersion: number) =>
  as(
    `mutation($id: ID!, $expectedVersion: Int!) {
      endRole(roleAssignmentId: $id, expectedVersion: $expectedVersion) {
        __typename ... on Error { message }
      }
    }`,
    { id, expectedVersion },
  ).then((result) => {
    expect(result.errors).toBeUndefined();
    return result.data!.endRole;
  });

describe('ending a role', () => {
  it('refuses an end made from a page opened before someone else ended it, naming them', async () => {
    const created = await mine(
      `mutation($input: CreateAccountInput!) {
        createAccount(input: $input) {
          ... on MutationCreateAccountSuccess { data { roles { id version } } }
        }
      }`,
      {
        input: {
          email: 'two-admins@example.test',
          name: 'Role Holder',
          roles: [{ role: 'ADMINISTRATOR' }],
        },
      },
    );
    const [role] = created.data!.createAccount.data.roles;
    expect(role.version).toBe(1);

    expect((await endRole(theirs, role.id, role.version)).__typename).toBe(
      'MutationEndRoleSuccess',
    );
    const stale = await endRole(mine, role.id, role.version);
    expect(stale.__typename).toBe('ConflictError');
    expect(stale.message).toMatch(/^Sam Admin changed this role at .*: ended\./);
    // From the page as it is now, the role is plainly over.
    expect(await endRole(mine, role.id, role.version + 1)).toEqual({
      __typename: 'InvalidStateError',
      message: 'That role has already ended.',
    });
    const grant = await db.prisma.roleAssignment.findFirstOrThrow({
      where: { user: { email: 'two-admins@example.test' } },
    });
    expect({ endedBy: grant.endedBy, version: grant.version }).toEqual({
      endedBy: 'Sam Admin',
      version: 2,
    });
  });
});
