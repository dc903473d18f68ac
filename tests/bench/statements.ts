/**
 * `pnpm bench:statements [--ops timeline,dashboard] [--multiple 1] [--sql] [--answers dir]`: the SQL statements
 * each operation costs on the API's own code (as the bench counts them), without timing
 * anything; with --sql, each statement's text too, to see what a change saves.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startPostgresServer } from '../support/postgres-server.ts';
import { createScaledDatabase } from './lib/database.ts';
import { startCountingApi } from './lib/counting.ts';
import { readOperations, type OperationName } from './lib/operations.ts';

const { values } = parseArgs({
  options: {
    ops: { type: 'string', default: 'timeline,dashboard,deadlines,myWork' },
    multiple: { type: 'string', default: '1' },
    seed: { type: 'string', default: '1' },
    sql: { type: 'boolean', default: false },
    /** A folder to write each answer to, to compare two versions of the API. */
    answers: { type: 'string' },
  },
});

const postgres = await startPostgresServer();
try {
  const db = await createScaledDatabase(
    postgres.adminUrl,
    Number(values.multiple),
    Number(values.seed),
  );
  const seen: string[] = [];
  const api = await startCountingApi(db.url, (sql) => seen.push(sql));
  try {
    const operations = readOperations(db.targets);
    for (const name of values.ops.split(',') as OperationName[]) {
      const operation = operations.find((o) => o.name === name);
      if (!operation) throw new Error(`No read operation called ${name}.`);
      const { statements, answer } = await api.countRead(operation, () => (seen.length = 0));
      const errors = (JSON.parse(answer) as { errors?: unknown }).errors;
      if (values.answers) {
        mkdirSync(values.answers, { recursive: true });
        writeFileSync(join(values.answers, `${name}.json`), answer);
      }
      console.log(
        `\n## ${operation.label}: ${statements} statements${errors ? ` (errors: ${JSON.stringify(errors)})` : ''}`,
      );
      if (values.sql)
        seen.forEach((sql, n) =>
          console.log(`${n + 1}. ${sql.replace(/\s+/g, ' ').slice(0, 400)}`),
        );
    }
  } finally {
    await api.stop();
  }
} finally {
  postgres.stop();
}
