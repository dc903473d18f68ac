/** Starts the API, the floor or the web app as a process of its own and stops it again. */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '../../..');

export interface RunningProcess {
  url: string;
  child: ChildProcess;
  output: () => string;
  stop(): Promise<void>;
}

/** Runs a TypeScript entry point under the workspace's Node and waits for the line that says where it listens. */
export async function startNodeProcess(
  name: string,
  script: string,
  env: Record<string, string>,
  ready: RegExp,
  nodeArgs: string[] = [],
): Promise<RunningProcess> {
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', script], {
    cwd: root,
    env: { ...(process.env as Record<string, string>), NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${name} did not start within 300 s:\n${output}`)),
      300_000,
    );
    const check = () => {
      const match = output.match(ready);
      if (match) {
        clearTimeout(timer);
        resolveUrl(match[1]!);
      }
    };
    child.stdout!.on('data', check);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} stopped before it was ready (exit code ${code}):\n${output}`));
    });
  });
  return {
    url,
    child,
    output: () => output,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    },
  };
}

export async function startApi(
  databaseUrl: string,
  nodeArgs: string[] = [],
  env: Record<string, string> = {},
): Promise<RunningProcess> {
  const api = await startNodeProcess(
    'The API',
    'api/src/main.ts',
    { DATABASE_URL: databaseUrl, API_PORT: '0', ...env },
    /API ready at (http:\/\/\S+)/,
    nodeArgs,
  );
  // It listens on 127.0.0.1 but names it localhost, which may resolve to ::1 first.
  return { ...api, url: api.url.replace('//localhost:', '//127.0.0.1:') };
}

export const startFloor = (databaseUrl: string) =>
  startNodeProcess(
    'The floor',
    'tests/bench/floor-server.ts',
    { DATABASE_URL: databaseUrl, PORT: '0' },
    /Floor ready at (http:\/\/\S+)/,
  );
