/**
 * `pnpm start`: runs the API and the web app together and stops both together.
 * The API (API_PORT, default 4000) starts first, on the embedded database in DATA_DIR
 * (default ./data) unless DATABASE_URL is set; the web app (WEB_PORT, default 3000) follows
 * once the API answers its health check.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const root = resolve(import.meta.dirname, '..');
const apiPort = process.env.API_PORT ?? '4000';
const webPort = process.env.WEB_PORT ?? '3000';
const host = process.env.HOST ?? '127.0.0.1';
const env = {
  ...process.env,
  API_PORT: apiPort,
  DATA_DIR: resolve(root, process.env.DATA_DIR ?? 'data'),
  API_URL: process.env.API_URL ?? `http://127.0.0.1:${apiPort}/graphql`,
  NODE_ENV: process.env.NODE_ENV ?? 'production',
};

const children: ChildProcess[] = [];
let stopping = false;

function run(name: string, command: string, args: string[], extraEnv: Record<string, string> = {}) {
  const child = spawn(command, args, { cwd: root, env: { ...env, ...extraEnv }, stdio: 'inherit' });
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

run('The API', process.execPath, ['--import', 'tsx', 'api/src/main.ts']);

const deadline = Date.now() + 120_000;
for (;;) {
  try {
    const response = await fetch(`http://127.0.0.1:${apiPort}/health`);
    if (response.ok) break;
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

run('The web app', process.execPath, ['--import', 'tsx', 'web/serve.ts'], {
  PORT: webPort,
  HOST: host,
  BODY_SIZE_LIMIT: process.env.BODY_SIZE_LIMIT ?? '6M',
});
console.log(
  `\nOpen http://localhost:${webPort}/agencies (GraphQL API at http://localhost:${apiPort}/graphql)\n`,
);
