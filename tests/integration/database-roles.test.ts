/**
 * On a PostgreSQL server the API connects as a role that owns nothing it must not change:
 * migrations run as the owner (MIGRATION_DATABASE_URL), which then grants the API's role
 * (DATABASE_URL) rows to read and write, and the audit trail to read and append to only.
 * PGlite has a single superuser, so this holds on a server only (see docs/deployment.md).
 */
import { startReminderQueue } from '@cjji/api/reminders';
import {
  createPrismaClient,
  DatabaseRoleError,
  loadReferenceData,
  migrateDatabase,
  type PrismaClient,
} from '@cjji/db';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { graphqlAgainst } from '../support/graphql.ts';

const onServer = inject('databaseKind') === 'postgres';
const suffix = randomUUID().replaceAll('-', '').slice(0, 12);
const names = { owner: `cjji_owner_${suffix}`, app: `cjji_app_${suffix}`, db: `roles_${suffix}` };

function urlAs(user: string, database = names.db) {
  const url = new URL(inject('postgresAdminUrl'));
  url.username = user;
  url.pathname = `/${database}`;
  return url.toString();
}

async function asAdmin(sql: string) {
  const admin = new pg.Client({ connectionString: inject('postgresAdminUrl') });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

let prisma: PrismaClient;
let app: pg.Client;

/** The PostgreSQL error code a statement run as the API's role fails with. */
async function refusal(sql: string): Promise<string | undefined> {
  // Outside a transaction each statement stands alone: one refusal does not abort the next.
  return app.query(sql).then(
    () => undefined,
    (error: { code?: string }) => error.code,
  );
}

describe.skipIf(!onServer)('the API’s role on a PostgreSQL server', () => {
  beforeAll(async () => {
    await asAdmin(`CREATE ROLE ${names.owner} LOGIN NOSUPERUSER`);
    await asAdmin(`CREATE ROLE ${names.app} LOGIN NOSUPERUSER`);
    await asAdmin(`CREATE DATABASE ${names.db} OWNER ${names.owner}`);
    const applied = await migrateDatabase(
      { url: urlAs(names.app) },
      { ownerUrl: urlAs(names.owner) },
    );
    expect(applied.length).toBeGreaterThan(0);
    prisma = createPrismaClient({ url: urlAs(names.app), poolSize: 3 });
    // The API loads the reference data as itself at start.
    await loadReferenceData(prisma);
    app = new pg.Client({ connectionString: urlAs(names.app) });
    await app.connect();
  });

  afterAll(async () => {
    await app?.end();
    await prisma?.$disconnect();
    await asAdmin(`DROP DATABASE IF EXISTS ${names.db} WITH (FORCE)`);
    await asAdmin(`DROP ROLE IF EXISTS ${names.app}`);
    await asAdmin(`DROP ROLE IF EXISTS ${names.owner}`);
  });

  it('makes the API’s ordinary writes, each audited', async () => {
    const api = await graphqlAgainst(prisma);
    try {
      const created = await api.execute<any>(
        `mutation($input: CreateAccountInput!) {
          createAccount(input: $input) {
            __typename ... on MutationCreateAccountSuccess { data { id version } }
          }
        }`,
        {
          input: {
            email: 'roles-test@example.test',
            name: 'Role Tester',
            password: 'a long test password',
            roles: [{ role: 'ADMINISTRATOR' }],
          },
        },
      );
      expect(created.errors).toBeUndefined();
      const user = created.data.createAccount.data;
      const updated = await api.execute<any>(
        `mutation($input: UpdateAccountInput!) { updateAccount(input: $input) { __typename } }`,
        {
          input: {
            userId: user.id,
            expectedVersion: user.version,
            name: 'Renamed',
            disabled: false,
          },
        },
      );
      expect(updated.data.updateAccount.__typename).toBe('MutationUpdateAccountSuccess');
      // Signing in writes the throttle and a session.
      const signIn = (password: string) =>
        api.execute<any>(
          `mutation($input: SignInInput!) { signIn(input: $input) { __typename } }`,
          { input: { email: 'roles-test@example.test', password } },
        );
      expect((await signIn('not the password')).data.signIn.__typename).toBe('InputError');
      expect((await signIn('a long test password')).data.signIn.__typename).toBe(
        'MutationSignInSuccess',
      );
    } finally {
      await api.stop();
    }
    const audit = await app.query(`SELECT action FROM "AuditEvent" ORDER BY at`);
    expect(audit.rows.length).toBeGreaterThanOrEqual(2);
  });

  it('cannot change, delete or empty the audit trail', async () => {
    const count = async () =>
      Number((await app.query(`SELECT count(*) FROM "AuditEvent"`)).rows[0].count);
    const before = await count();
    // 42501: insufficient privilege, before any trigger is reached.
    expect(await refusal(`UPDATE "AuditEvent" SET actor = 'someone else'`)).toBe('42501');
    expect(await refusal(`DELETE FROM "AuditEvent"`)).toBe('42501');
    expect(await refusal(`TRUNCATE "AuditEvent"`)).toBe('42501');
    expect(await count()).toBe(before);
    expect(before).toBeGreaterThan(0);
  });

  it('cannot alter or drop a table, disable a trigger or create a table', async () => {
    expect(await refusal(`ALTER TABLE "AuditEvent" DISABLE TRIGGER ALL`)).toBe('42501');
    expect(await refusal(`ALTER TABLE "AuditEvent" ADD COLUMN note text`)).toBe('42501');
    expect(await refusal(`DROP TABLE "AuditEvent"`)).toBe('42501');
    expect(await refusal(`DROP TABLE "User" CASCADE`)).toBe('42501');
    expect(await refusal(`CREATE TABLE public.squatter (id int)`)).toBe('42501');
    // The migrations' record it may read (to see nothing is pending), not change.
    expect(await refusal(`DELETE FROM "_prisma_migrations"`)).toBe('42501');
    expect(await refusal(`SELECT count(*) FROM "_prisma_migrations"`)).toBeUndefined();
  });

  it('cannot switch triggers off with session_replication_role', async () => {
    expect(await refusal(`SET session_replication_role = replica`)).toBe('42501');
  });

  it('runs the reminders’ queue in a schema of its own', async () => {
    const queue = await startReminderQueue({
      prisma,
      connectionString: urlAs(names.app),
      poolSize: 1,
      mailer: null,
      webUrl: 'https://cjji.example.test',
      recurring: false,
      sending: false,
      log: () => undefined,
    });
    try {
      expect(await queue.runPass(new Date('2026-11-25T09:00:00Z'))).toEqual({
        recorded: 0,
        queued: 0,
      });
    } finally {
      await queue.stop();
    }
  });

  /** Starts the API process with these database settings, asks it one question, stops it. */
  async function runApi(settings: Record<string, string>): Promise<unknown> {
    const api = spawn(process.execPath, ['--import', 'tsx', 'api/src/main.ts'], {
      cwd: join(import.meta.dirname, '../..'),
      env: {
        ...(process.env as Record<string, string>),
        MIGRATION_DATABASE_URL: '',
        API_PORT: '0',
        NODE_ENV: 'production',
        REMINDERS: 'off',
        ...settings,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    api.stderr.on('data', (chunk) => (output += chunk));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`Did not start:\n${output}`)), 60_000);
        api.stdout.on('data', (chunk) => {
          output += chunk;
          const match = output.match(/API ready at (http:\/\/\S+)/);
          if (match) {
            clearTimeout(timer);
            resolve(match[1]!);
          }
        });
        api.on('exit', () => reject(new Error(`Stopped:\n${output}`)));
      });
      const answer = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: '{ agencies(filter: { kinds: [POLICE_FORCE] }) { totalCount } }',
        }),
      });
      // Its sessions are the API's role's: none as the owner stays open once it has migrated.
      const sessions = await app.query(
        `SELECT DISTINCT usename FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`,
        [names.db],
      );
      expect(sessions.rows.map((row) => row.usename)).not.toContain(names.owner);
      return await answer.json();
    } finally {
      api.kill('SIGTERM');
      if (api.exitCode === null) await once(api, 'exit');
    }
  }

  it('is how the API process runs, migrating as the owner when given its credentials', async () => {
    const answer = { data: { agencies: { totalCount: 43 } } };
    expect(
      await runApi({ DATABASE_URL: urlAs(names.app), MIGRATION_DATABASE_URL: urlAs(names.owner) }),
    ).toEqual(answer);
    // Without them (the owner migrated at deployment), it starts as long as nothing is pending.
    expect(await runApi({ DATABASE_URL: urlAs(names.app) })).toEqual(answer);
  });

  it('is refused as the API’s role when it owns a table, before any migration', async () => {
    const asSuperuser = new pg.Client({ connectionString: urlAs('postgres') });
    await asSuperuser.connect();
    try {
      await asSuperuser.query(`CREATE TABLE stray (id int)`);
      await asSuperuser.query(`ALTER TABLE stray OWNER TO ${names.app}`);
      await expect(
        migrateDatabase({ url: urlAs(names.app) }, { ownerUrl: urlAs(names.owner) }),
      ).rejects.toThrow(/owns stray/);
    } finally {
      await asSuperuser.query(`DROP TABLE IF EXISTS stray`);
      await asSuperuser.end();
    }
  });

  it('is refused as the API’s role when it is the owner itself', async () => {
    await expect(
      migrateDatabase({ url: urlAs(names.owner) }, { ownerUrl: urlAs(names.owner) }),
    ).rejects.toThrow(DatabaseRoleError);
  });
});
