/**
 * The API's HTTP front: GraphQL at /graphql (GET and POST), a health check at /health.
 * Written on node:http rather than Apollo's standalone server, whose Express body parser
 * answers malformed JSON with an HTML page and a stack trace.
 */
import { HeaderMap, type ApolloServer } from '@apollo/server';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { parse, printSchema } from 'graphql';
import type { Context } from './context.ts';
import {
  buildFingerprint,
  privateCacheControl,
  publicCacheControl,
  publicValidator,
  validatorMatches,
  type PublicCache,
} from './modules/public-cache/public-cache.ts';
import { schema } from './schema.ts';
import { queryLimits } from './server.ts';

/** Room for a 5 MB ratings file sent as a JSON string. */
const maxBodyBytes = 8_000_000;

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

async function readBody(request: IncomingMessage): Promise<string> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > maxBodyBytes)
      throw new HttpError(
        413,
        `The request body is over ${maxBodyBytes} bytes.`,
        'PAYLOAD_TOO_LARGE',
      );
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function parseJson(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, 'The request body is not valid JSON.', 'BAD_REQUEST');
  }
}

function send(
  response: ServerResponse,
  status: number,
  headers: Iterable<[string, string]>,
  body: string,
) {
  response.statusCode = status;
  for (const [name, value] of headers) response.setHeader(name, value);
  response.setHeader('x-content-type-options', 'nosniff');
  response.end(body);
}

function sendError(response: ServerResponse, error: HttpError) {
  // The rest of an over-long body is never read: close the connection so it is not reused.
  if (error.status === 413) response.setHeader('connection', 'close');
  send(
    response,
    error.status,
    [['content-type', 'application/json; charset=utf-8']],
    JSON.stringify({ errors: [{ message: error.message, extensions: { code: error.code } }] }),
  );
}

/**
 * Refuses a query document of more tokens than any real query has, before the server spends
 * time parsing it. A document that short cannot hold that many tokens, so most are not lexed twice.
 */
function refuseTokenFlood(query: unknown): void {
  if (typeof query !== 'string' || query.length <= queryLimits.maxTokens) return;
  try {
    parse(query, { maxTokens: queryLimits.maxTokens, noLocation: true });
  } catch (error) {
    // graphql-js 16 spells it "more that N tokens".
    if (error instanceof Error && /more tha[nt] \d+ tokens/.test(error.message)) {
      throw new HttpError(
        400,
        `The query has more than ${queryLimits.maxTokens} tokens: split it into smaller queries.`,
        'GRAPHQL_VALIDATION_FAILED',
      );
    }
    // Other syntax errors are Apollo's to report, with their location.
  }
}

/** Which release answers: the same on every process of one build, so validators travel. */
let build: string | undefined;
const buildId = () => (build ??= process.env.BUILD_ID ?? buildFingerprint(printSchema(schema)));

/**
 * The validator for a public (no Authorization) GET, or null when caching does not apply.
 * GET only: a CDN keeps GETs, and RFC 9110 gives 304 to GET and HEAD alone.
 */
async function publicEtag(
  request: IncomingMessage,
  cache: PublicCache | undefined,
  now: () => Date,
): Promise<{ etag: string; version: number } | null> {
  if (!cache || request.method !== 'GET' || request.headers.authorization) return null;
  const version = await cache.version();
  return { etag: publicValidator(version, now(), buildId()), version };
}

export interface HttpOptions {
  /** Validates public GETs against the database's public content version (see public-cache). */
  publicCache?: PublicCache;
  now?: () => Date;
}

export function createHttpServer(
  apollo: ApolloServer<Context>,
  context: (request: IncomingMessage) => Promise<Context>,
  options: HttpOptions = {},
): Server {
  const now = options.now ?? (() => new Date());
  const server = createServer(async (request, response) => {
    try {
      const url = new URL(request.url ?? '/', 'http://localhost');
      if (url.pathname === '/health') {
        send(response, 200, [['content-type', 'application/json']], '{"status":"ok"}');
        return;
      }
      // The web app builds its public pages' validators from this one (web/src/hooks.server.ts).
      if (url.pathname === '/public-content-version' && options.publicCache) {
        const validator = publicValidator(await options.publicCache.version(), now(), buildId());
        send(
          response,
          200,
          [
            ['content-type', 'application/json'],
            ['cache-control', 'no-store'],
          ],
          JSON.stringify({ validator }),
        );
        return;
      }
      if (url.pathname !== '/graphql')
        throw new HttpError(404, 'Not found: the API is at /graphql.', 'NOT_FOUND');
      if (request.method !== 'GET' && request.method !== 'POST')
        throw new HttpError(405, 'Use GET or POST.', 'METHOD_NOT_ALLOWED');

      const headers = new HeaderMap();
      for (const [name, value] of Object.entries(request.headers)) {
        if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
      }
      // Read before the answer's queries, so a validator is never newer than its answer.
      const validated = await publicEtag(request, options.publicCache, now);
      const etag = validated?.etag;
      if (etag && validatorMatches(request.headers['if-none-match'], etag)) {
        response.statusCode = 304;
        response.setHeader('etag', etag);
        response.setHeader('cache-control', publicCacheControl);
        response.setHeader('vary', 'Authorization');
        response.end();
        return;
      }
      const body = request.method === 'POST' ? parseJson(await readBody(request)) : undefined;
      refuseTokenFlood(
        request.method === 'POST'
          ? (body as { query?: unknown } | undefined)?.query
          : url.searchParams.get('query'),
      );
      const result = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: request.method, headers, search: url.search, body },
        context: async () => {
          const ctx = await context(request);
          // The version just read for the validator: reference tables kept under it serve too.
          ctx.contentVersion ??= validated?.version ?? null;
          return ctx;
        },
      });
      if (request.headers.authorization) result.headers.set('cache-control', privateCacheControl);
      if (etag && result.body.kind === 'complete') {
        // Only a whole, error-free answer is worth keeping: an error may be passing.
        const whole = (result.status ?? 200) === 200 && !result.body.string.includes('"errors":');
        result.headers.set('cache-control', whole ? publicCacheControl : 'no-store');
        result.headers.set('vary', 'Authorization');
        if (whole) result.headers.set('etag', etag);
      }
      if (result.body.kind === 'complete') {
        send(response, result.status ?? 200, result.headers, result.body.string);
      } else {
        response.statusCode = result.status ?? 200;
        for (const [name, value] of result.headers) response.setHeader(name, value);
        for await (const chunk of result.body.asyncIterator) response.write(chunk);
        response.end();
      }
    } catch (error) {
      if (error instanceof HttpError) return sendError(response, error);
      console.error('Unexpected error in the HTTP layer:', error);
      sendError(
        response,
        new HttpError(
          500,
          'Something went wrong on our side. The error has been logged.',
          'INTERNAL_SERVER_ERROR',
        ),
      );
    }
  });
  // The web app keeps connections to the API open between requests. Node closes an idle one
  // after 5 s by default, and a request sent on it at that moment fails as "fetch failed";
  // behind a load balancer the same holds for its idle timeout. Idle connections are kept
  // longer than any client's (the Keep-Alive header tells the web app's fetch how long).
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  return server;
}
