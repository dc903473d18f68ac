/** Drives a server with autocannon over loopback and keeps what the table needs. */
import autocannon from 'autocannon';
import {
  getHeaders,
  requestHeaders,
  rescheduleBody,
  type Operation,
  type OperationName,
  type PhaseSlot,
} from './operations.ts';

export interface LoadResult {
  p50: number;
  p99: number;
  /** Requests per second, averaged over the run. */
  throughput: number;
  requests: number;
  /** Transport errors, non-2xx answers and answers that were not the expected success. */
  failures: number;
}

function summarise(result: autocannon.Result, failures: number, seconds: number): LoadResult {
  return {
    p50: result.latency.p50,
    p99: result.latency.p99,
    throughput: result.requests.total / seconds,
    requests: result.requests.total,
    failures:
      (result.requests.total ? 0 : 1) +
      failures +
      result.errors +
      result.timeouts +
      result.non2xx +
      result.mismatches,
  };
}

async function run(options: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

/** Where a read goes: the GraphQL URL, with the query in it for a GET. */
const target = (url: string, operation: Pick<Operation, 'get'>) =>
  operation.get ? `${url}${operation.get}` : url;

/** The request as fetch sends it (for the drain, and for the ETag of a conditional read). */
const fetchRead = (url: string, operation: Pick<Operation, 'name' | 'body' | 'get'>) =>
  fetch(
    target(url, operation),
    operation.get
      ? { headers: getHeaders }
      : { method: 'POST', headers: requestHeaders(operation.name), body: operation.body() },
  );

/**
 * Autocannon stops sending at the end of a run, but the server still works through the
 * requests it had in flight; one more request, answered after them, lets it go idle first.
 */
async function drain(url: string, operation: Pick<Operation, 'name' | 'body' | 'get'>) {
  await fetchRead(url, operation).then((response) => response.text());
}

/** Answers that were not what the read expects (for a conditional read: not a 304). */
interface Tally {
  wrong: number;
}

const readOptions = (
  url: string,
  operation: Operation,
  connections: number,
  seconds: number,
  etag?: string,
  tally?: Tally,
): autocannon.Options => {
  const common = { connections, pipelining: 1, duration: seconds, timeout: 30 };
  if (operation.conditional)
    return {
      ...common,
      url: target(url, operation),
      requests: [
        {
          method: 'GET',
          headers: { ...getHeaders, 'if-none-match': etag ?? '' },
          onResponse: (status: number) => {
            if (status !== 304 && tally) tally.wrong++;
          },
        } as any,
      ],
    };
  return {
    ...common,
    url: target(url, operation),
    ...(operation.get
      ? { method: 'GET', headers: getHeaders }
      : { method: 'POST', headers: requestHeaders(operation.name), body: operation.body() }),
    verifyBody: (body) =>
      typeof body === 'string' && body.startsWith('{"data":') && !body.includes('"errors":['),
  };
};

/** The ETag a first answer carries, for a conditional read to send back. */
async function etagOf(url: string, operation: Operation): Promise<string | undefined> {
  if (!operation.conditional) return undefined;
  const response = await fetchRead(url, operation);
  await response.text();
  const etag = response.headers.get('etag');
  if (!etag) throw new Error(`${operation.label}: the first answer carried no ETag.`);
  return etag;
}

const aggregate = (results: autocannon.Result[], options: autocannon.Options): autocannon.Result =>
  (
    autocannon as unknown as {
      aggregateResult(results: autocannon.Result[], options: autocannon.Options): autocannon.Result;
    }
  ).aggregateResult(results, options);

export interface Side {
  url: string;
  operation: Operation;
}

/**
 * Several servers on the same read, taking turns: a warm-up of each, then two halves of the
 * time each, alternately, so that whatever else the machine is doing weighs on all alike.
 * Used for the API beside its floor, and for ×1 beside ×10.
 */
export async function loadInTurns(
  sides: Side[],
  connections: number,
  seconds: number,
): Promise<LoadResult[]> {
  const runs = await Promise.all(
    sides.map(async (side) => {
      const tally: Tally = { wrong: 0 };
      const etag = await etagOf(side.url, side.operation);
      return {
        ...side,
        tally,
        options: readOptions(side.url, side.operation, connections, seconds / 2, etag, tally),
        results: [] as autocannon.Result[],
      };
    }),
  );
  for (const side of runs) {
    await run({ ...side.options, duration: 2 });
    await drain(side.url, side.operation);
    side.tally.wrong = 0;
  }
  for (let half = 0; half < 2; half++) {
    for (const side of runs) {
      side.results.push(await run({ ...side.options, skipAggregateResult: true }));
      await drain(side.url, side.operation);
    }
  }
  return runs.map((side) => {
    // A 304 is the expected answer of a conditional read; autocannon counts it as non-2xx.
    const conditional = !!side.operation.conditional;
    const failures = side.results.reduce(
      (total, result) =>
        total +
        result.errors +
        result.timeouts +
        (conditional ? 0 : result.non2xx) +
        result.mismatches,
      side.tally.wrong,
    );
    const result = aggregate(side.results, side.options);
    if (conditional) result.non2xx = 0;
    return summarise(result, failures, seconds);
  });
}

/** A read: the same request over and over; any answer carrying GraphQL errors counts as a failure. */
export async function loadRead(
  url: string,
  operation: Operation,
  connections: number,
  seconds: number,
): Promise<LoadResult> {
  const options = readOptions(url, operation, connections, seconds);
  await run({ ...options, duration: Math.min(2, seconds) }); // warm-up, not recorded
  await drain(url, operation);
  return summarise(await run(options), 0, seconds);
}

/**
 * The mutation: every request moves a phase of the draft programme a week later or back.
 * Optimistic concurrency is handled as a planner's browser would: each request takes a
 * phase no other request in flight holds, sends the version the last change of that phase
 * answered with, and gives the phase back with its new version. So no request is refused
 * for a stale version; any that is refused counts as a failure.
 */
export async function loadMutation(
  url: string,
  name: OperationName,
  phases: () => Promise<PhaseSlot[]>,
  connections: number,
  seconds: number,
): Promise<LoadResult> {
  let free: PhaseSlot[] = [];
  let failures = 0;
  /** The phases with the versions the database holds now. */
  const refresh = async () => {
    free = await phases();
    if (free.length < connections)
      throw new Error(`The mutation needs a phase per client: ${free.length} for ${connections}.`);
  };
  const options = (duration: number): autocannon.Options => ({
    url,
    connections,
    pipelining: 1,
    duration,
    timeout: 30,
    requests: [
      {
        method: 'POST',
        headers: requestHeaders(name),
        setupRequest: (request: any, context: any) => {
          const slot = free.shift();
          if (!slot) throw new Error('Every phase of the mutation was refused: see the failures.');
          context.slot = slot;
          return { ...request, body: rescheduleBody(slot) };
        },
        onResponse: (status: number, body: string, context: any) => {
          const slot = context.slot as PhaseSlot;
          let answer: any;
          try {
            answer = JSON.parse(body)?.data?.reschedulePhase;
          } catch {
            answer = undefined;
          }
          if (status === 200 && answer?.__typename === 'MutationReschedulePhaseSuccess') {
            slot.version = answer.data.version;
            slot.moved = !slot.moved;
            free.push(slot);
          } else {
            // Refused or failed: counted, and the phase is not used again in this run.
            failures++;
          }
        },
      } as any,
    ],
  });
  await refresh();
  await run(options(Math.min(2, seconds))); // warm-up, not recorded
  // Changes still in flight when the warm-up ended commit unseen: wait until the versions
  // stop moving, then take them as they are.
  for (let previous = ''; ; await new Promise((done) => setTimeout(done, 300))) {
    await refresh();
    const now = free.map((slot) => `${slot.id}:${slot.version}`).join();
    if (now === previous) break;
    previous = now;
  }
  failures = 0;
  return summarise(await run(options(seconds)), failures, seconds);
}
