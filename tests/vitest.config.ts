import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

/**
 * Three projects: domain rules and schema checks with no database, then every integration
 * test twice, once on embedded PGlite and once on a real PostgreSQL server this run starts.
 */
const integration = (databaseKind: 'pglite' | 'postgres') => ({
  extends: true as const,
  test: {
    name: `integration-${databaseKind}`,
    include: ['tests/integration/**/*.test.ts'],
    provide: { databaseKind },
    ...(databaseKind === 'postgres'
      ? { globalSetup: [resolve(import.meta.dirname, 'support/postgres-global-setup.ts')] }
      : {}),
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});

export default defineConfig({
  root: resolve(import.meta.dirname, '..'),
  // graphql 16 has no "exports" map: Node resolves it to the CommonJS build, Vite to the ESM
  // one, and the schema then meets two copies of graphql. Give Vite the one Node uses.
  resolve: {
    alias: [
      { find: /^graphql$/, replacement: 'graphql/index.js' },
      // The web app's server modules, tested without SvelteKit: where they find the API.
      {
        find: /^\$app\/env\/private$/,
        replacement: resolve(import.meta.dirname, 'support/app-env-private.ts'),
      },
    ],
  },
  test: {
    reporters: ['default'],
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['api/src/**/*.test.ts', 'prisma/src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
      integration('pglite'),
      integration('postgres'),
    ],
  },
});
