/**
 * The API keeps no state of its own between requests: two API processes on one database serve
 * the same session and the same data, a change made through one is read through the other at
 * once, and an edit from a stale copy is refused whichever process it reaches. So the API can
 * run as several instances behind a load balancer.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlAgainst } from '../support/graphql.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

const root = join(import.meta.dirname, '../..');
let db: TestDatabase;
const processes: ChildProcess[] = [];
let first: string;
let second: string;
/** A planner's session, started through the first process. */
let token = '';
const planner = { email: 'stateless-planner@example.test', password: 'a long planner password' };

async function startApi(databaseUrl: string): Promise<string> {
  // No reminder queue: its connections would crowd the embedded database's socket, which serves
  // both processes here; two instances' queues are tested in reminders.test.ts.
  const env = {
    ...(process.env as Record<string, string>),
    API_PORT: '0',
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    REMINDERS: 'off',
  };
  const api = spawn(process.execPath, ['--import', 'tsx', 'api/src/main.ts'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  processes.push(api);
  let output = '';
  api.stderr.on('data', (chunk) => (output += chunk));
  return new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The API did not start:\n${output}`)), 60_000);
    api.stdout.on('data', (chunk) => {
      output += chunk;
      const match = output.match(/API ready at http:\/\/localhost:(\d+)/);
      if (match) {
        clearTimeout(timer);
        resolve(`http://127.0.0.1:${match[1]}/graphql`);
      }
    });
  });
}

async function graphql(url: string, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: any; errors?: unknown[] };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data;
}

beforeAll(async () => {
  // Migrated and loaded here, so neither process has anything to apply when it starts.
  db = await createTestDatabase();
  // One after the other, as a rolling start would: each checks the migrations on start under
  // Prisma's advisory lock, and a second process waits at most 10 s for it.
  first = await startApi(db.url);
  second = await startApi(db.url);
  const setup = await graphqlAgainst(db.prisma);
  const hmicfrs = (
    await db.prisma.inspectorate.findUniqueOrThrow({ where: { shortName: 'HMICFRS' } })
  ).id;
  await setup.execute(
    `mutation($input: CreateAccountInput!) { createAccount(input: $input) { __typename } }`,
    {
      input: {
        ...planner,
        name: 'Sam Planner',
        roles: [
          {
            role: 'INSPECTORATE_LEAD',
            organisationId: Buffer.from(`Inspectorate:${hmicfrs}`).toString('base64'),
          },
        ],
      },
    },
  );
  await setup.stop();
  const signedIn = await graphql(
    first,
    `
      mutation ($input: SignInInput!) {
        signIn(input: $input) {
          ... on MutationSignInSuccess {
            data {
              token
            }
          }
        }
      }
    `,
    { input: planner },
  );
  token = signedIn.signIn.data.token;
});
afterAll(async () => {
  await Promise.all(
    processes.map(async (api) => {
      if (api.exitCode !== null) return;
      const exited = once(api, 'exit');
      api.kill('SIGTERM');
      await exited;
    }),
  );
  await db?.close();
});

const errors = `__typename ... on Error { message } ... on InputError { issues { field message } }`;

describe('two API processes on one database', () => {
  it('serve the same reference data', async () => {
    const query = `{ agencies(filter: { kinds: [POLICE_FORCE] }, first: 5) { totalCount edges { node { id name } } } }`;
    expect(await graphql(second, query)).toEqual(await graphql(first, query));
  });

  it('honour a session started through the other, and end it on both at sign-out', async () => {
    expect((await graphql(second, '{ viewer { name } }')).viewer).toEqual({ name: 'Sam Planner' });
    const saved = token;
    const other = await graphql(
      second,
      `
        mutation ($input: SignInInput!) {
          signIn(input: $input) {
            ... on MutationSignInSuccess {
              data {
                token
              }
            }
          }
        }
      `,
      { input: planner },
    );
    token = other.signIn.data.token;
    expect((await graphql(first, 'mutation { signOut }')).signOut).toBe(true);
    expect((await graphql(second, '{ viewer { name } }')).viewer).toBeNull();
    token = saved;
    expect((await graphql(first, '{ viewer { name } }')).viewer).toEqual({ name: 'Sam Planner' });
  });

  it('read through one what was written through the other, and refuse an edit from a stale copy on either', async () => {
    const created = await graphql(
      first,
      `mutation($input: CreateProgrammeInput!) { createProgramme(input: $input) { ${errors} ... on MutationCreateProgrammeSuccess { data { id version } } } }`,
      {
        input: {
          title: 'Programme written through the first process',
          startsOn: '2030-04-01',
          endsOn: '2032-03-31',
        },
      },
    );
    const { id, version } = created.createProgramme.data;

    const read = await graphql(
      second,
      `
        query ($id: ID!) {
          programme(id: $id) {
            title
            status
            version
          }
        }
      `,
      { id },
    );
    expect(read.programme).toEqual({
      title: 'Programme written through the first process',
      status: 'DRAFT',
      version,
    });

    const change = `mutation($input: ChangeProgrammeStatusInput!) { changeProgrammeStatus(input: $input) { ${errors} ... on MutationChangeProgrammeStatusSuccess { data { status version } } } }`;
    const agreed = await graphql(second, change, {
      input: { programmeId: id, status: 'AGREED', expectedVersion: version },
    });
    expect(agreed.changeProgrammeStatus).toMatchObject({
      __typename: 'MutationChangeProgrammeStatusSuccess',
      data: { status: 'AGREED', version: version + 1 },
    });

    const backThroughFirst = await graphql(
      first,
      `
        query ($id: ID!) {
          programme(id: $id) {
            status
            statusHistory {
              toStatus
            }
          }
        }
      `,
      { id },
    );
    expect(backThroughFirst.programme).toEqual({
      status: 'AGREED',
      statusHistory: [{ toStatus: 'DRAFT' }, { toStatus: 'AGREED' }],
    });

    // The first process has never seen version + 1: its client sends the version it read at first.
    const stale = await graphql(first, change, {
      input: { programmeId: id, status: 'DRAFT', expectedVersion: version },
    });
    expect(stale.changeProgrammeStatus.__typename).toBe('ConflictError');
  });
});
