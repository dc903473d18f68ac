/**
 * `pnpm bench:profile [--ops timeline,dashboard] [--clients 32] [--seconds 10] [--multiple 1]`:
 * the API under load with `node --cpu-prof`, one API process per operation so that each
 * profile holds one operation, then where its CPU time went: by package and by function.
 * The .cpuprofile files are kept in tests/bench/results/profiles/ (open them in Chrome's
 * DevTools or speedscope).
 */
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startPostgresServer } from '../support/postgres-server.ts';
import { createScaledDatabase, currentPhases } from './lib/database.ts';
import { loadMutation, loadRead } from './lib/load.ts';
import { readOperations, type OperationName } from './lib/operations.ts';
import { root, startApi } from './lib/processes.ts';

const { values } = parseArgs({
  options: {
    ops: { type: 'string', default: 'timeline,dashboard' },
    clients: { type: 'string', default: '32' },
    seconds: { type: 'string', default: '10' },
    multiple: { type: 'string', default: '1' },
    seed: { type: 'string', default: '1' },
  },
});

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Which package or part of the program a function belongs to. */
function owner(node: ProfileNode): string {
  const { url, functionName } = node.callFrame;
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const pkg =
    url.match(/node_modules\/\.pnpm\/[^/]+\/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1] ??
    url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1];
  if (pkg) return pkg;
  if (url.startsWith('node:')) return 'node (internals)';
  if (url.includes('/prisma/generated/')) return 'prisma/generated (the generated client)';
  if (url.includes('/api/src/')) return 'api/src (our resolvers and rules)';
  return url.replace(/^file:\/\//, '').replace(root, '.');
}

export function summariseProfile(file: string, top = 12): string {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  // Starting up (loading and compiling modules) is not serving requests: leave it out.
  const startingUp = (id: number): boolean => {
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const { url, functionName } = byId.get(at)!.callFrame;
      if (url.startsWith('node:internal/modules/') || functionName === 'compileSourceTextModule')
        return true;
    }
    return false;
  };
  const self = new Map<number, number>();
  let startup = 0;
  profile.samples.forEach((id, index) => {
    const us = profile.timeDeltas[index] ?? 0;
    if (startingUp(id)) startup += us;
    else self.set(id, (self.get(id) ?? 0) + us);
  });
  const total = [...self.entries()]
    .filter(([id]) => byId.get(id)!.callFrame.functionName !== '(idle)')
    .reduce((sum, [, us]) => sum + us, 0);
  const byOwner = new Map<string, number>();
  const byFunction = new Map<string, number>();
  for (const [id, us] of self) {
    const node = byId.get(id)!;
    if (node.callFrame.functionName === '(idle)') continue;
    const who = owner(node);
    byOwner.set(who, (byOwner.get(who) ?? 0) + us);
    const name = `${node.callFrame.functionName || '(anonymous)'} — ${who}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + us);
  }
  const share = (us: number) => `${((us / total) * 100).toFixed(1)}%`;
  const rows = (map: Map<string, number>) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => `| ${name} | ${share(us)} |`);
  return [
    `CPU time on the API's thread serving requests: ${(total / 1e6).toFixed(1)} s (starting up, left out: ${(startup / 1e6).toFixed(1)} s)`,
    '',
    '| By package | Self time |',
    '| --- | --: |',
    ...rows(byOwner),
    '',
    '| By function | Self time |',
    '| --- | --: |',
    ...rows(byFunction),
  ].join('\n');
}

const multiple = Number(values.multiple);
const clients = Number(values.clients);
const seconds = Number(values.seconds);
const wanted = values.ops.split(',') as OperationName[];
const dir = join(root, 'tests/bench/results/profiles');
mkdirSync(dir, { recursive: true });
const postgres = await startPostgresServer();
try {
  const db = await createScaledDatabase(postgres.adminUrl, multiple, Number(values.seed));
  const operations = readOperations(db.targets);
  for (const name of wanted) {
    const out = join(dir, name);
    rmSync(out, { recursive: true, force: true });
    // One process, so that the profile is of the one that served (API_PROCESSES).
    const api = await startApi(db.url, ['--cpu-prof', `--cpu-prof-dir=${out}`], {
      API_PROCESSES: '1',
    });
    try {
      const operation = operations.find((o) => o.name === name);
      const result = operation
        ? await loadRead(api.url, operation, clients, seconds)
        : await loadMutation(
            api.url,
            'reschedule',
            () =>
              currentPhases(
                db.url,
                db.targets.phases.map((p) => p.id),
              ),
            clients,
            seconds,
          );
      console.log(
        `\n## ${name} at ×${multiple}, ${clients} clients: p50 ${result.p50} ms, p99 ${result.p99} ms, ${result.throughput.toFixed(0)} req/s\n`,
      );
    } finally {
      await api.stop();
    }
    const [file] = readdirSync(out).filter((f) => f.endsWith('.cpuprofile'));
    console.log(file ? summariseProfile(join(out, file)) : 'No profile was written.');
  }
} finally {
  postgres.stop();
}
