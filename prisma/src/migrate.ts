// WebAssembly types: Node has the API, but @types/node does not declare it.
/// <reference lib="dom" />
/**
 * Applies and writes migrations with Prisma's own schema engine compiled to WebAssembly,
 * so that neither needs the native engine binary. Migrations stay in Prisma's standard
 * layout (migrations/<name>/migration.sql, recorded in _prisma_migrations), so
 * `prisma migrate deploy` works on them wherever the binary is available.
 */
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import * as engineBindings from '@prisma/schema-engine-wasm/schema_engine_bg';
import type { MigrationList, SchemaEngine } from '@prisma/schema-engine-wasm';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import pg from 'pg';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openEmbeddedDatabase } from './database.ts';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
export const migrationsDir = join(packageDir, 'migrations');
export const schemaPath = join(packageDir, 'schema.prisma');

const noFilters = { externalTables: [], externalEnums: [] };

function schemaFile() {
  return { path: schemaPath, content: readFileSync(schemaPath, 'utf8') };
}

let engineReady: Promise<void> | undefined;

/** The package's ESM entry imports a .wasm file, which Node will not load: instantiate it here. */
function loadEngine(): Promise<void> {
  engineReady ??= (async () => {
    const require = createRequire(import.meta.url);
    const wasmPath = join(
      dirname(require.resolve('@prisma/schema-engine-wasm/schema_engine_bg')),
      'schema_engine_bg.wasm',
    );
    const { instance } = await WebAssembly.instantiate(readFileSync(wasmPath), {
      './schema_engine_bg.js': engineBindings as unknown as WebAssembly.ModuleImports,
    });
    const exports = instance.exports as WebAssembly.Exports & { __wbindgen_start(): void };
    engineBindings.__wbg_set_wasm(exports);
    exports.__wbindgen_start();
  })();
  return engineReady;
}

async function withEngine<T>(url: string, work: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  await loadEngine();
  // The pool is ours to end: freeing the engine leaves its connection open, and a process that
  // migrates as the owner must not go on holding the owner's connection.
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  const adapterFactory = bindMigrationAwareSqlAdapterFactory(new PrismaPg(pool));
  const engine = await engineBindings.SchemaEngine.new(
    { datamodels: [[schemaPath, schemaFile().content]] },
    (log: string) => {
      if (process.env.PRISMA_ENGINE_LOG) console.error(log);
    },
    adapterFactory,
  );
  try {
    return await work(engine);
  } finally {
    engine.free();
    await pool.end();
  }
}

export function readMigrations(): MigrationList {
  const names = existsSync(migrationsDir)
    ? readdirSync(migrationsDir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort()
    : [];
  const lockPath = join(migrationsDir, 'migration_lock.toml');
  return {
    baseDir: migrationsDir,
    lockfile: {
      path: 'migration_lock.toml',
      content: existsSync(lockPath) ? readFileSync(lockPath, 'utf8') : null,
    },
    shadowDbInitScript: '',
    migrationDirectories: names.map((name) => ({
      path: name,
      migrationFile: {
        path: 'migration.sql',
        content: {
          tag: 'ok',
          value: readFileSync(join(migrationsDir, name, 'migration.sql'), 'utf8'),
        },
      },
    })),
  };
}

/** Applies every migration the database has not had yet; returns the names applied. */
export async function applyMigrations(url: string): Promise<string[]> {
  return withEngine(url, async (engine) => {
    const { appliedMigrationNames } = await engine.applyMigrations({
      migrationsList: readMigrations(),
      filters: noFilters,
    });
    return appliedMigrationNames;
  });
}

/**
 * The schema as it stood when the newest migration was written. The next migration is the
 * difference between it and schema.prisma: the Wasm engine can diff two datamodels, but
 * cannot yet introspect a live PostgreSQL database through the driver adapter (it fails on
 * the catalogue's "char" columns), nor build a shadow database.
 */
export const lastMigratedSchemaPath = join(migrationsDir, 'schema.last.prisma');

/** The SQL that takes the last migrated schema to schema.prisma; empty when they agree. */
export async function pendingMigrationSql(): Promise<string> {
  const from = existsSync(lastMigratedSchemaPath)
    ? {
        tag: 'schemaDatamodel' as const,
        files: [
          { path: lastMigratedSchemaPath, content: readFileSync(lastMigratedSchemaPath, 'utf8') },
        ],
      }
    : { tag: 'empty' as const };
  // Diffing two datamodels reads no database, but the engine connects on start: give it a scratch one.
  const scratch = await openEmbeddedDatabase(':memory:');
  try {
    return await withEngine(scratch.url, async (engine) => {
      const result = await engine.diff({
        from,
        to: { tag: 'schemaDatamodel', files: [schemaFile()] },
        script: true,
        exitCode: null,
        filters: noFilters,
      });
      const sql = result.stdout ?? '';
      return /^-- This is an empty migration\.?\s*$/.test(sql.trim()) ? '' : sql;
    });
  } finally {
    await scratch.close();
  }
}
