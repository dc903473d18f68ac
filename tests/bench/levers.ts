/**
 * `pnpm bench:levers [--lever reference-tables|processes] [--ops timeline,dashboard]
 * [--clients 1,32] [--seconds 6]`: the API with a lever on beside the same API with it off, on
 * one ×1 database, taking turns as the bench's API and floor do, so that the lever is measured
 * side by side whatever else the machine is doing. The levers:
 * - reference-tables: kept between requests, or read once per request (KEEP_REFERENCE_TABLES=off);
 * - processes: API_PROCESSES as `pnpm start` chooses it (one per core, four at most), or one.
 */
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { startPostgresServer } from '../support/postgres-server.ts';
import { createScaledDatabase } from './lib/database.ts';
import { loadInTurns } from './lib/load.ts';
import { readOperations, type OperationName } from './lib/operations.ts';
import { startNodeProcess } from './lib/processes.ts';

const { values } = parseArgs({
  options: {
    lever: { type: 'string', default: 'reference-tables' },
    ops: { type: 'string', default: 'timeline,dashboard' },
    clients: { type: 'string', default: '1,32' },
    seconds: { type: 'string', default: '6' },
  },
});

/** Each lever's settings on and off, and how the table names them. */
const levers: Record<
  string,
  { on: Record<string, string>; off: Record<string, string>; names: [string, string] }
> = {
  'reference-tables': {
    on: { KEEP_REFERENCE_TABLES: 'on', API_PROCESSES: '1' },
    off: { KEEP_REFERENCE_TABLES: 'off', API_PROCESSES: '1' },
    names: ['kept', 'per request'],
  },
  processes: {
    on: {},
    off: { API_PROCESSES: '1' },
    names: [`${Math.min(availableParallelism(), 4)} processes`, 'one process'],
  },
};
const lever = levers[values.lever];
if (!lever) throw new Error(`No lever ${values.lever}: ${Object.keys(levers).join(', ')}.`);

const startApiWith = async (databaseUrl: string, settings: Record<string, string>) => {
  const api = await startNodeProcess(
    `The API (${JSON.stringify(settings)})`,
    'api/src/main.ts',
    { DATABASE_URL: databaseUrl, API_PORT: '0', REMINDERS: 'off', ...settings },
    /API ready at (http:\/\/\S+)/,
  );
  return { ...api, url: api.url.replace('//localhost:', '//127.0.0.1:') };
};

const postgres = await startPostgresServer();
try {
  const db = await createScaledDatabase(postgres.adminUrl, 1, 1);
  const kept = await startApiWith(db.url, lever.on);
  const perRequest = await startApiWith(db.url, lever.off);
  try {
    const operations = readOperations(db.targets);
    const [on, off] = lever.names;
    console.log(
      `| Operation | Clients | ${on} p50 | ${on} p99 | ${on} req/s | ${off} p50 | ${off} p99 | ${off} req/s | p50 ratio | req/s ratio |`,
    );
    console.log('| --- | --: | --: | --: | --: | --: | --: | --: | --: | --: |');
    for (const name of values.ops.split(',') as OperationName[]) {
      const operation = operations.find((o) => o.name === name)!;
      for (const clients of values.clients.split(',').map(Number)) {
        const [a, b] = await loadInTurns(
          [
            { url: kept.url, operation },
            { url: perRequest.url, operation },
          ],
          clients,
          Number(values.seconds),
        );
        console.log(
          `| ${operation.label} | ${clients} | ${a!.p50} | ${a!.p99} | ${a!.throughput.toFixed(0)} | ${b!.p50} | ${b!.p99} | ${b!.throughput.toFixed(0)} | ${(a!.p50 / b!.p50).toFixed(2)}× | ${(a!.throughput / b!.throughput).toFixed(2)}× |`,
        );
      }
    }
  } finally {
    await kept.stop();
    await perRequest.stop();
  }
} finally {
  postgres.stop();
}
