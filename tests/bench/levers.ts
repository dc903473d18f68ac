/**
 * `pnpm bench:levers [--ops timeline,dashboard] [--clients 1,32] [--seconds 6]`: the API with
 * the reference tables kept between requests beside the same API reading them once per
 * request (KEEP_REFERENCE_TABLES=off), on one ×1 database, taking turns as the bench's API and
 * floor do, so that the lever is measured side by side whatever else the machine is doing.
 */
import { parseArgs } from 'node:util';
import { startPostgresServer } from '../support/postgres-server.ts';
import { createScaledDatabase } from './lib/database.ts';
import { loadInTurns } from './lib/load.ts';
import { readOperations, type OperationName } from './lib/operations.ts';
import { startNodeProcess } from './lib/processes.ts';

const { values } = parseArgs({
  options: {
    ops: { type: 'string', default: 'timeline,dashboard' },
    clients: { type: 'string', default: '1,32' },
    seconds: { type: 'string', default: '6' },
  },
});

const startApiWith = async (databaseUrl: string, keep: 'on' | 'off') => {
  const api = await startNodeProcess(
    `The API (KEEP_REFERENCE_TABLES=${keep})`,
    'api/src/main.ts',
    { DATABASE_URL: databaseUrl, API_PORT: '0', KEEP_REFERENCE_TABLES: keep, REMINDERS: 'off' },
    /API ready at (http:\/\/\S+)/,
  );
  return { ...api, url: api.url.replace('//localhost:', '//127.0.0.1:') };
};

const postgres = await startPostgresServer();
try {
  const db = await createScaledDatabase(postgres.adminUrl, 1, 1);
  const kept = await startApiWith(db.url, 'on');
  const perRequest = await startApiWith(db.url, 'off');
  try {
    const operations = readOperations(db.targets);
    console.log(
      '| Operation | Clients | kept p50 | kept p99 | per request p50 | per request p99 | p50 ratio |',
    );
    console.log('| --- | --: | --: | --: | --: | --: | --: |');
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
          `| ${operation.label} | ${clients} | ${a!.p50} | ${a!.p99} | ${b!.p50} | ${b!.p99} | ${(a!.p50 / b!.p50).toFixed(2)}× |`,
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
