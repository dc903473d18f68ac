/**
 * `pnpm bench`: the API against a real PostgreSQL server, driven over loopback by autocannon,
 * beside a floor of hand-written SQL on plain node:http, at ×1 and ×10 of today's data.
 * Prints one table of latency, throughput and SQL statements per operation, the ratios to the
 * floor and from ×1 to ×10, and the web budgets; writes them to tests/bench/results/ too.
 *
 * Options: --multiples 1,10  --clients 1,32  --seconds 5  --seed 1  --no-web
 *          --only timeline,dashboard,agency,deadlines,myWork,publicRatings,
 *                 publicRatingsConditional,publicAgency,publicAgencyConditional,publishedPlan,
 *                 reschedule   (the public reads always run at 200 clients)
 *          --api-node-args "--max-semi-space-size=32"   (a runtime setting for the API process)
 * Absolute numbers depend on the machine and on whatever else it is running; the ratios are
 * measured side by side in one run and are what the goals are stated in.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { startPostgresServer } from '../support/postgres-server.ts';
import { startCountingApi } from './lib/counting.ts';
import { createScaledDatabase, currentPhases, type ScaledDatabase } from './lib/database.ts';
import { loadInTurns, loadMutation, type LoadResult, type Side } from './lib/load.ts';
import {
  readOperations,
  requestHeaders,
  rescheduleBody,
  type Operation,
  type OperationName,
} from './lib/operations.ts';
import { root, startApi, startFloor, type RunningProcess } from './lib/processes.ts';
import { buildWeb, measureWeb, type WebResult } from './lib/web.ts';

const { values } = parseArgs({
  options: {
    multiples: { type: 'string', default: '1,10' },
    clients: { type: 'string', default: '1,32' },
    seconds: { type: 'string', default: '5' },
    seed: { type: 'string', default: '1' },
    'no-web': { type: 'boolean', default: false },
    only: { type: 'string' },
    /** Extra Node options for the API process, to measure a runtime setting against the floor. */
    'api-node-args': { type: 'string', default: '' },
  },
});
const multiples = values.multiples.split(',').map(Number);
const clientCounts = values.clients.split(',').map(Number);
const seconds = Number(values.seconds);
const seed = Number(values.seed);
const only = values.only ? new Set(values.only.split(',')) : undefined;
const wanted = (name: OperationName) => !only || only.has(name);

interface Cell {
  operation: OperationName;
  label: string;
  bounded: boolean;
  multiple: number;
  clients: number;
  api: LoadResult;
  floor?: LoadResult;
  statements: number;
  floorStatements?: number;
}

const cells: Cell[] = [];
const notes: string[] = [];
const fills: Array<{ multiple: number; seconds: number; rows: number }> = [];
let web: WebResult | undefined;
const log = (message: string) => process.stderr.write(`${message}\n`);

/** The first place two answers differ, for a readable report when the floor is not the same JSON. */
function firstDifference(a: unknown, b: unknown, path = '$'): string | undefined {
  if (isDeepStrictEqual(a, b)) return undefined;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null)
    return `${path}: API ${JSON.stringify(a)?.slice(0, 200)} / floor ${JSON.stringify(b)?.slice(0, 200)}`;
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const found = firstDifference(
      (a as Record<string, unknown>)[key],
      (b as Record<string, unknown>)[key],
      `${path}.${key}`,
    );
    if (found) return found;
  }
  return `${path}: differs`;
}

/**
 * The API leaves two orders to the database: a phase's staffing (its field has no order), and
 * the warnings, which follow the order the database returns an inspection's localities in.
 * Both answers are put in one order before they are compared.
 */
function canonical(answer: unknown): unknown {
  return JSON.parse(JSON.stringify(answer), (key, value) =>
    (key === 'staffing' || key === 'warnings') && Array.isArray(value)
      ? [...value].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))
      : value,
  );
}

interface Setup {
  multiple: number;
  db: ScaledDatabase;
  operations: Operation[];
  statements: Map<OperationName, number>;
  floorStatements: Map<OperationName, number>;
  api?: RunningProcess;
  floor?: RunningProcess;
}

const started = Date.now();
const postgres = await startPostgresServer();
const setups: Setup[] = [];
try {
  for (const multiple of multiples) {
    log(`\n×${multiple}: filling a database (seed ${seed})…`);
    const db = await createScaledDatabase(postgres.adminUrl, multiple, seed);
    const rows = Object.entries(db.summary)
      .filter(([table]) => !table.startsWith('agencies'))
      .reduce((total, [, count]) => total + count, 0);
    fills.push({ multiple, seconds: db.fillSeconds, rows });
    log(`×${multiple}: ${rows} rows in ${db.fillSeconds.toFixed(1)} s`);
    const operations = readOperations(db.targets).filter((operation) => wanted(operation.name));

    // SQL statements per request, counted at the pg driver on the API's own code.
    const counting = await startCountingApi(db.url);
    const statements = new Map<OperationName, number>();
    const answers = new Map<OperationName, unknown>();
    for (const operation of operations) {
      const { statements: count, answer } = await counting.countRead(operation);
      statements.set(operation.name, count);
      answers.set(operation.name, JSON.parse(answer));
      if (answer.includes('"errors":['))
        throw new Error(`${operation.label} answered with errors: ${answer.slice(0, 500)}`);
    }
    if (wanted('reschedule')) {
      const slot = db.targets.countingPhase;
      const { statements: count, answer } = await counting.count('reschedule', () => {
        const body = rescheduleBody(slot);
        slot.version++;
        slot.moved = !slot.moved;
        return body;
      });
      if (!answer.includes('MutationReschedulePhaseSuccess'))
        throw new Error(`The reschedule mutation failed: ${answer.slice(0, 500)}`);
      statements.set('reschedule', count);
    }
    await counting.stop();

    // Every multiple's API and floor run at once, so that ×1 and ×10 can take turns too.
    const setup: Setup = { multiple, db, operations, statements, floorStatements: new Map() };
    setups.push(setup);
    setup.api = await startApi(db.url, values['api-node-args'].split(' ').filter(Boolean));
    setup.floor = await startFloor(db.url);
    for (const operation of operations.filter((o) => o.floor)) {
      const response = await fetch(setup.floor.url, {
        method: 'POST',
        headers: requestHeaders(operation.name),
        body: operation.body(),
      });
      setup.floorStatements.set(operation.name, Number(response.headers.get('x-sql-statements')));
      const difference = firstDifference(
        canonical(answers.get(operation.name)),
        canonical(await response.json()),
      );
      if (difference)
        notes.push(
          `×${multiple} ${operation.label}: the floor's answer is not the API's JSON (${difference}).`,
        );
    }
  }

  // Reads: for each operation and number of clients, every multiple's API (and floor) in turns.
  for (const operation of setups[0]!.operations) {
    for (const clients of operation.clients ?? clientCounts) {
      log(
        `${operation.label}, ${clients} client(s), ${setups.map((s) => `×${s.multiple}`).join(' and ')}${operation.floor ? ' with the floor' : ''}…`,
      );
      const sides: Array<Side & { setup: Setup; floor: boolean }> = setups.flatMap((setup) => {
        const own = setup.operations.find((o) => o.name === operation.name)!;
        return [
          { url: setup.api!.url, operation: own, setup, floor: false },
          ...(operation.floor
            ? [{ url: setup.floor!.url, operation: own, setup, floor: true }]
            : []),
        ];
      });
      const results = await loadInTurns(sides, clients, operation.seconds ?? seconds);
      for (const setup of setups) {
        const api = results[sides.findIndex((side) => side.setup === setup && !side.floor)]!;
        const floorIndex = sides.findIndex((side) => side.setup === setup && side.floor);
        cells.push({
          operation: operation.name,
          label: operation.label,
          bounded: operation.bounded,
          multiple: setup.multiple,
          clients,
          api,
          statements: setup.statements.get(operation.name)!,
          ...(floorIndex >= 0
            ? {
                floor: results[floorIndex]!,
                floorStatements: setup.floorStatements.get(operation.name)!,
              }
            : {}),
        });
      }
    }
  }
  if (wanted('reschedule')) {
    for (const clients of clientCounts) {
      for (const setup of setups) {
        log(`Reschedule a phase, ${clients} client(s), ×${setup.multiple}…`);
        const ids = setup.db.targets.phases.map((phase) => phase.id);
        const result = await loadMutation(
          setup.api!.url,
          'reschedule',
          () => currentPhases(setup.db.url, ids),
          clients,
          seconds,
        );
        cells.push({
          operation: 'reschedule',
          label: 'Reschedule a phase (mutation)',
          bounded: true,
          multiple: setup.multiple,
          clients,
          api: result,
          statements: setup.statements.get('reschedule')!,
        });
      }
    }
  }
  if (!values['no-web']) {
    const { db, api } = setups[0]!;
    log('Building the web app and measuring it in Chromium…');
    try {
      buildWeb();
      web = await measureWeb(api!.url, {
        timelinePath: `/plan/programmes/${encodeURIComponent(db.targets.programmeId)}/timeline`,
        reschedulePath: `/plan/programmes/${encodeURIComponent(db.targets.draftProgrammeId)}/timeline`,
        phaseIds: db.targets.browserPhaseIds,
      });
    } catch (error) {
      // The API's table is worth having without the web's.
      notes.push(
        `The web budgets could not be measured: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
} finally {
  for (const setup of setups) {
    await setup.api?.stop();
    await setup.floor?.stop();
  }
  postgres.stop();
}

// Cells in the order the table reads: by multiple, then operation, then clients.
const order = (cell: Cell) => [
  multiples.indexOf(cell.multiple),
  operationOrder.indexOf(cell.operation),
  cell.clients,
];
const operationOrder: OperationName[] = [
  'timeline',
  'dashboard',
  'agency',
  'deadlines',
  'myWork',
  'publicRatings',
  'publicRatingsConditional',
  'publicAgency',
  'publicAgencyConditional',
  'publishedPlan',
  'reschedule',
];
cells.sort((a, b) => {
  const [x, y] = [order(a), order(b)];
  return x[0]! - y[0]! || x[1]! - y[1]! || x[2]! - y[2]!;
});

// ------------------------------------------------------------------------------- report
const fixed = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '–');
const ratio = (a: number, b: number) => (b > 0 ? a / b : Number.NaN);
const mark = (value: number, goal: number) =>
  Number.isFinite(value) ? `${fixed(value, 2)}×${value <= goal ? '' : ' ✗'}` : '–';

const machine = (() => {
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  let postgresVersion: string;
  try {
    postgresVersion = execSync('ls /usr/lib/postgresql | sort -n | tail -1', {
      encoding: 'utf8',
    }).trim();
  } catch {
    postgresVersion = '?';
  }
  return `${execSync('nproc', { encoding: 'utf8' }).trim()} cores (nproc), ${cpu}, ${Math.round(totalmem() / 2 ** 30)} GiB RAM; Node ${process.versions.node}; PostgreSQL ${postgresVersion}`;
})();

const lines: string[] = [];
lines.push(
  `Machine: ${machine}. Shared with other work while it ran, so absolute numbers are noisy; the ratios were measured side by side in this run.`,
);
lines.push('');
lines.push(
  `Each cell: ${seconds} s (the public reads at 200 clients: 10 s) of autocannon after a 2 s warm-up, over loopback, in two halves: the API and its floor, at ×1 and ×10, take turns, so that the machine's other work weighs on all of them alike. Data: ${fills.map((f) => `×${f.multiple} = ${f.rows.toLocaleString('en-GB')} rows (filled in ${fixed(f.seconds)} s)`).join('; ')}.`,
);
lines.push('');
lines.push(
  '| Operation | Data | Clients | p50 ms | p99 ms | req/s | SQL/op | Floor p50 | Floor p99 | Floor req/s | p50 vs floor | p99 vs floor | Failures |',
);
lines.push('| --- | --- | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: |');
for (const cell of cells) {
  const f = cell.floor;
  lines.push(
    `| ${cell.label} | ×${cell.multiple} | ${cell.clients} | ${fixed(cell.api.p50)} | ${fixed(cell.api.p99)} | ${fixed(cell.api.throughput, 0)} | ${cell.statements}${f ? ` (floor ${cell.floorStatements})` : ''} | ` +
      `${f ? fixed(f.p50) : ''} | ${f ? fixed(f.p99) : ''} | ${f ? fixed(f.throughput, 0) : ''} | ${f ? mark(ratio(cell.api.p50, f.p50), 2) : ''} | ${f ? mark(ratio(cell.api.p99, f.p99), 2) : ''} | ${cell.api.failures}${f?.failures ? ` (floor ${f.failures})` : ''} |`,
  );
}
if (multiples.length > 1) {
  const [small, large] = [multiples[0]!, multiples[multiples.length - 1]!];
  lines.push('');
  lines.push(
    `Growth from ×${small} to ×${large} (p50 latency at ×${large} ÷ at ×${small}, measured in turns; goal ≤ 1.5× for answers about one thing, which should not grow with the data):`,
  );
  lines.push('');
  lines.push(
    `| Operation | Clients | p50 ×${small} | p50 ×${large} | Growth | SQL/op ×${small} → ×${large} | Answer size |`,
  );
  lines.push('| --- | --: | --: | --: | --: | --- | --- |');
  for (const cell of cells.filter((c) => c.multiple === small)) {
    const other = cells.find(
      (c) => c.multiple === large && c.operation === cell.operation && c.clients === cell.clients,
    );
    if (!other) continue;
    const growth = ratio(other.api.p50, cell.api.p50);
    lines.push(
      `| ${cell.label} | ${cell.clients} | ${fixed(cell.api.p50)} | ${fixed(other.api.p50)} | ${cell.bounded ? mark(growth, 1.5) : `${fixed(growth, 2)}×`} | ${cell.statements} → ${other.statements}${other.statements > cell.statements ? ' ✗' : ''} | ${cell.bounded ? 'one thing: bounded' : 'everything: grows with the data'} |`,
    );
  }
}
if (web) {
  lines.push('');
  lines.push(
    'Web budgets (headless Chromium; the JavaScript of a first visit: as the web server sent it (its precompressed brotli), and each file compressed here at gzip -9 and brotli 11; goal ≤ 50 KB):',
  );
  lines.push('');
  lines.push('| Page | JS files | Raw KB | gzip KB | brotli KB | As served KB | Goal |');
  lines.push('| --- | --: | --: | --: | --: | --: | --- |');
  for (const w of web.weights)
    lines.push(
      `| ${w.page} (${w.path.replace(/programmes\/[^/]+/, 'programmes/…')}) | ${w.files} | ${w.rawKb} | ${w.gzipKb} | ${w.brotliKb} | ${w.servedKb} | ${w.servedKb <= 50 ? 'met as served' : 'missed ✗'}${w.gzipKb > 50 ? '; over for a gzip-only browser ✗' : ''} |`,
    );
  lines.push('');
  const inpWords =
    web.inp > 0
      ? `${fixed(web.inp, 0)} ms`
      : `under 16 ms (the browser counted ${web.interactionCount} interactions; none reached the Event Timing API’s 16 ms floor)`;
  lines.push(
    `Rescheduling a phase on the timeline (choose a phase, change its dates, save; three times): INP ${inpWords} (goal < 100 ms: ${web.inp < 100 ? 'met' : 'missed ✗'}); slowest interactions ${web.interactions.map((i) => `${i.name} ${fixed(i.duration, 0)} ms`).join(', ') || 'none over 16 ms'}; "Save dates" to the success banner ${web.saveToBanner.map((ms) => `${ms} ms`).join(', ')} (server round trip and re-render, not part of INP).`,
  );
}
if (notes.length) {
  lines.push('');
  for (const note of notes) lines.push(`Note: ${note}`);
}
lines.push('');
lines.push(`Bench took ${fixed((Date.now() - started) / 1000, 0)} s.`);

const report = lines.join('\n');
console.log(`\n${report}`);
const results = join(root, 'tests/bench/results');
mkdirSync(results, { recursive: true });
writeFileSync(join(results, 'latest.md'), `${report}\n`);
writeFileSync(
  join(results, 'latest.json'),
  `${JSON.stringify({ machine, seconds, fills, cells, web, notes }, null, 2)}\n`,
);
