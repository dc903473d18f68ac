import type { TestProject } from 'vitest/node';
import { startPostgresServer } from './postgres-server.ts';

export default async function setup(project: TestProject) {
  const server = await startPostgresServer();
  project.provide('postgresAdminUrl', server.adminUrl);
  return () => server.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    databaseKind: 'pglite' | 'postgres';
    postgresAdminUrl: string;
  }
}
