/**
 * Runs `prisma generate` without Prisma's native schema engine.
 *
 * Every prisma CLI command first checks that the native schema-engine binary exists and
 * otherwise downloads it, which fails where Prisma's binary host is unreachable. Generate
 * never runs that binary, so we point the check at a stand-in that fails loudly if anything
 * ever does run it. Migrations go through the Wasm engine instead (src/migrate.ts).
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const standIn = join(packageDir, 'generated', 'no-native-schema-engine.sh');
mkdirSync(dirname(standIn), { recursive: true });
writeFileSync(
  standIn,
  '#!/bin/sh\necho "The native Prisma schema engine is not used by this project: run pnpm db:migrate (Wasm engine) instead." >&2\nexit 1\n',
);
chmodSync(standIn, 0o755);

const result = spawnSync('prisma', ['generate'], {
  cwd: packageDir,
  stdio: 'inherit',
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? standIn,
    PRISMA_HIDE_UPDATE_MESSAGE: '1',
    CHECKPOINT_DISABLE: '1',
  },
  shell: process.platform === 'win32',
});
process.exit(result.status ?? 1);
