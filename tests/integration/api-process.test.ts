/** The API as `pnpm start` runs it: a process that starts on either database and stops promptly. */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

const root = join(import.meta.dirname, '../..');
const dataDir = mkdtempSync(join(tmpdir(), 'cjji-api-process-'));
let serverDatabase: TestDatabase | undefined;
afterAll(async () => {
  rmSync(dataDir, { recursive: true, force: true });
  await serverDatabase?.close();
});

describe('the API process', () => {
  it('starts, answers, and stops within seconds of SIGTERM with exit code 0 (on a server, from several processes)', async () => {
    const env: Record<string, string> = {
      ...(process.env as Record<string, string>),
      API_PORT: '0',
      NODE_ENV: 'production',
    };
    if (inject('databaseKind') === 'postgres') {
      // A new, empty database on the test server: the process migrates and loads it itself.
      serverDatabase = await createTestDatabase({ referenceData: false, migrate: false });
      env.DATABASE_URL = serverDatabase.url;
      // Several processes sharing the port, as pnpm start runs on a machine with several cores.
      env.API_PROCESSES = '2';
    } else {
      delete env.DATABASE_URL;
      env.DATA_DIR = dataDir;
    }
    const api = spawn(process.execPath, ['--import', 'tsx', 'api/src/main.ts'], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    api.stdout.on('data', (chunk) => (output += chunk));
    api.stderr.on('data', (chunk) => (output += chunk));
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`The API did not start:\n${output}`)),
        60_000,
      );
      api.stdout.on('data', () => {
        const match = output.match(/API ready at (http:\/\/\S+)/);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      });
    });
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: '{ agencies(filter: { kinds: [POLICE_FORCE] }) { totalCount } }',
      }),
    });
    expect(await response.json()).toEqual({ data: { agencies: { totalCount: 43 } } });
    expect(output).toContain(
      inject('databaseKind') === 'postgres'
        ? '(PostgreSQL server, 2 processes)'
        : '(embedded database',
    );

    const stoppedAt = Date.now();
    api.kill('SIGTERM');
    const [code] = await once(api, 'exit');
    expect(code).toBe(0);
    expect(Date.now() - stoppedAt).toBeLessThan(5_000);
  });
});
