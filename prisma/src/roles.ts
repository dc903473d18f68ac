/**
 * Two roles on a PostgreSQL server: the owner, which runs the migrations and owns every table,
 * and the application role the API connects as, which may read and write rows but owns
 * nothing in the product's schema. So the API cannot alter or drop a table, disable a
 * trigger, set session_replication_role (superusers only) or empty the audit trail, even if
 * someone takes it over: the audit trail is granted to it for reading and appending only.
 *
 * The grants are made again after every migration, so a table a migration adds is covered.
 * PGlite has one superuser and no roles to speak of: there the embedded database's own secret
 * and loopback-only socket are what keep others out (see database.ts).
 */
import pg from 'pg';
import type { Database } from './database.ts';
import { applyMigrations } from './migrate.ts';

/**
 * Tables the application may read and append to, but never change or empty: the audit trail,
 * and programme baselines and published annual reviews, kept as they were.
 */
const appendOnlyTables = [
  'AuditEvent',
  'ProgrammeBaseline',
  'BaselineInspection',
  'BaselinePhase',
  'AnnualReview',
];
/**
 * The migrations' own record: the application role may read it, so that an API started without
 * the owner's credentials finds nothing pending and starts (with a migration pending, it stops).
 */
const readOnlyTables = ['_prisma_migrations'];
/**
 * The reminders' job queue (pg-boss) installs and migrates its tables from the API, in a schema
 * a migration creates: the application role may create tables there and so owns them, but they
 * hold only queued jobs (the reminders themselves are recorded in the product's tables).
 */
const queueSchema = 'pgboss';

export class DatabaseRoleError extends Error {}

/** The role a connection string signs in as. */
function roleOf(url: string): string {
  return decodeURIComponent(new URL(url).username);
}

/**
 * Applies pending migrations: as the owner when one is given (MIGRATION_DATABASE_URL), then
 * grants the role the database is used as (DATABASE_URL) what it needs and no more; otherwise
 * as the database's own role (the embedded database, or a server used with one role). Refuses,
 * naming why, an application role that is a superuser, can act as the owner, or owns a table
 * of the product's schema.
 */
export async function migrateDatabase(
  database: Pick<Database, 'url'>,
  options: { ownerUrl?: string | undefined } = {},
): Promise<string[]> {
  if (!options.ownerUrl) return applyMigrations(database.url);
  const appRole = roleOf(database.url);
  // Refused before the schema changes, and checked again by the grant once it has.
  await asOwner(options.ownerUrl, (client) => checkApplicationRole(client, appRole));
  const applied = await applyMigrations(options.ownerUrl);
  await grantApplicationRole(options.ownerUrl, appRole);
  return applied;
}

async function asOwner<T>(ownerUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Refuses an application role that could change what it must not. */
async function checkApplicationRole(client: pg.Client, appRole: string): Promise<void> {
  const app = client.escapeIdentifier(appRole);
  const found = await client.query<{ rolsuper: boolean; owner: string; member: boolean }>(
    `SELECT rolsuper, current_user AS owner, pg_has_role($1, current_user, 'USAGE') AS member
       FROM pg_roles WHERE rolname = $1`,
    [appRole],
  );
  const role = found.rows[0];
  if (!role)
    throw new DatabaseRoleError(
      `The application role ${appRole} (DATABASE_URL) does not exist: create it first, e.g. ` +
        `CREATE ROLE ${app} LOGIN PASSWORD '…'`,
    );
  if (role.owner === appRole)
    throw new DatabaseRoleError(
      'DATABASE_URL and MIGRATION_DATABASE_URL sign in as the same role: the API must connect ' +
        'as a role that owns no table.',
    );
  if (role.rolsuper)
    throw new DatabaseRoleError(`The application role ${appRole} must not be a superuser.`);
  if (role.member)
    throw new DatabaseRoleError(
      `The application role ${appRole} can act as the owner ${role.owner}: revoke that membership.`,
    );
  const owned = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relowner = (SELECT oid FROM pg_roles WHERE rolname = $1)
      ORDER BY 1`,
    [appRole],
  );
  if (owned.rows.length)
    throw new DatabaseRoleError(
      `The application role ${appRole} owns ${owned.rows.map((row) => row.name).join(', ')}: ` +
        `make the owner own them (ALTER TABLE … OWNER TO ${client.escapeIdentifier(role.owner)}).`,
    );
}

async function grantApplicationRole(ownerUrl: string, appRole: string): Promise<void> {
  await asOwner(ownerUrl, async (client) => {
    await checkApplicationRole(client, appRole);
    const app = client.escapeIdentifier(appRole);
    const database = client.escapeIdentifier(
      (await client.query<{ name: string }>('SELECT current_database() AS name')).rows[0]!.name,
    );
    const tables = (names: string[]) => names.map((name) => client.escapeIdentifier(name)).join();
    // One transaction: the role never holds half its grants (a failure ends the connection,
    // which rolls it back).
    await client.query('BEGIN');
    await client.query(`GRANT CONNECT, TEMPORARY ON DATABASE ${database} TO ${app}`);
    await client.query(`GRANT USAGE ON SCHEMA public TO ${app}`);
    // Before PostgreSQL 15 everyone could create tables in public: nobody but the owner may.
    await client.query(`REVOKE CREATE ON SCHEMA public FROM PUBLIC, ${app}`);
    // From nothing each time, so a right granted by hand or by an older version does not linger.
    await client.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${app}`);
    await client.query(
      `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${app}`,
    );
    await client.query(
      `REVOKE UPDATE, DELETE, TRUNCATE ON ${tables(appendOnlyTables)} FROM ${app}`,
    );
    await client.query(`REVOKE ALL ON ${tables(readOnlyTables)} FROM ${app}`);
    await client.query(`GRANT SELECT ON ${tables(readOnlyTables)} TO ${app}`);
    await client.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${app}`);
    await client.query(`GRANT USAGE, CREATE ON SCHEMA ${queueSchema} TO ${app}`);
    // The queue's tables are the application role's once it has installed them; those the
    // owner holds (from an installation that used one role) it shares. The owner may grant
    // only on its own, so only those are named.
    const ownQueueTables = await client.query<{ name: string; kind: string }>(
      `SELECT c.relname AS name, c.relkind AS kind FROM pg_class c
         JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = $1 AND c.relkind IN ('r', 'p', 'S') AND c.relowner = (
          SELECT oid FROM pg_roles WHERE rolname = current_user)`,
      [queueSchema],
    );
    for (const { name, kind } of ownQueueTables.rows)
      await client.query(
        `GRANT ALL ON ${kind === 'S' ? 'SEQUENCE' : 'TABLE'} ${queueSchema}.${client.escapeIdentifier(name)} TO ${app}`,
      );
    await client.query('COMMIT');
  });
}
