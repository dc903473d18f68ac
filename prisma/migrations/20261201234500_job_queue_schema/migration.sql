-- The reminders' job queue (pg-boss) keeps its tables in a schema of its own. The migrations
-- create it, as the owner, so that on a PostgreSQL server the API's role needs no right to
-- create schemas in the database: it is granted the right to create pg-boss's tables in this
-- one alone (prisma/src/roles.ts).
CREATE SCHEMA IF NOT EXISTS "pgboss";
