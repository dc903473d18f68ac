export { PrismaClient, Prisma } from '../generated/client/client.ts';
export * from '../generated/client/enums.ts';
export type * from '../generated/client/client.ts';
export { createPrismaClient } from './client.ts';
export {
  openDatabase,
  openEmbeddedDatabase,
  type Database,
  type OpenDatabaseOptions,
} from './database.ts';
export { applyMigrations } from './migrate.ts';
export { DatabaseRoleError, migrateDatabase } from './roles.ts';
export { loadReferenceData } from './reference-data/load.ts';
