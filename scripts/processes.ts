/**
 * Runs the API and the web app as child processes that stop together: `pnpm start` serves the
 * built app, `pnpm dev` the same with reloading. The API starts first, on the embedded database
 * in DATA_DIR (default ./data) unless DATABASE_URL is set; the web app follows once the API
 * answers its health check.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { readSettings } from '../api/src/config.ts';

export const root = resolve(import.meta.dirname, '..');
// Checked here too, so that a bad setting stops both processes before either starts.
const settings = readSettings({
  ...process.env,
  DATA_DIR: resolve(root, process.env.DATA_DIR || 'data'),
});
export const apiPort = String(settings.API_PORT);
export const webPort = String(settings.WEB_PORT);
export const host = process.env.HOST ?? '127.0.0.1';

const env = () => ({
  ...process.env,
  API_PORT: apiPort,
  DATA_DIR: settings.DATA_DIR,
  API_URL: process.env.API_URL ?? `http://127.0.0.1:${apiPort}/graphql`,
});

const children: ChildProcess[] = [];
let stopping = false;

export function run(
  name: string,
  command: string,
  args: string[],
  extraEnv: Record<string, string> = {},
) {
  const child = spawn(command, args, {
    cwd: root,
    env: { ...env(), ...extraEnv },
    stdio: 'inherit',
  });
  children.push(child);
  child.on('exit', (code, signal) => {
    if (stopping) return;
    console.error(`${name} stopped (${signal ?? `exit code ${code}`}); stopping the rest.`);
    stop(code ?? 1);
  });
  return child;
}

function stop(code = 0) {
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 3000).unref();
  Promise.all(
    children.map((child) =>
      child.exitCode === null ? new Promise((done) => child.on('exit', done)) : null,
    ),
  ).then(() => process.exit(code));
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

/** Waits until the API answers its health check, or gives up after two minutes. */
export async function apiReady() {
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      const response = await fetch(`http://127.0.0.1:${apiPort}/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    if (stopping) process.exit(1);
    if (Date.now() > deadline) {
      console.error('The API did not start within two minutes.');
      stop(1);
    }
    await sleep(250);
  }
}
