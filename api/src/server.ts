import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { Context } from './context.ts';
import { formatError } from './error-format.ts';
import { schema } from './schema.ts';

/**
 * Limits on the shape of a query, checked before anything runs, so that one request cannot
 * make the server walk the whole database: the web app's largest query (the programme timeline)
 * is well inside each of them.
 */
export const queryLimits = {
  maxDepth: 12,
  maxCost: 20_000,
  maxAliases: 20,
  maxDirectives: 20,
  maxTokens: 4_000,
} as const;

const armor = new ApolloArmor({
  maxDepth: { n: queryLimits.maxDepth, exposeLimits: true, flattenFragments: true },
  costLimit: { maxCost: queryLimits.maxCost, exposeLimits: true },
  maxAliases: { n: queryLimits.maxAliases, exposeLimits: true },
  maxDirectives: { n: queryLimits.maxDirectives, exposeLimits: true },
  // Armor's token check throws from inside Apollo's parsing hook, which turns a plain syntax
  // error into a 500; http.ts counts tokens instead (graphql-js's own maxTokens).
  maxTokens: { enabled: false },
  // Suggestions help the developers outside government who use the open API; introspection is on anyway.
  blockFieldSuggestion: { enabled: false },
}).protect();

export function createApolloServer(): ApolloServer<Context> {
  return new ApolloServer<Context>({
    ...armor,
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    // Apollo indents every answer by default (JSON.stringify with two spaces): more bytes to
    // build, write and parse for every client, and nobody reads them raw.
    // Measured side by side: the timeline 0.80× (1 client) and 0.92× (32 clients) of the time.
    stringifyResult: (result) => JSON.stringify(result),
    // Apollo's CSRF prevention: a GET or simple POST must carry a header a browser form cannot set.
    csrfPrevention: true,
    introspection: true,
    // main.ts stops the HTTP server, Apollo and the database in order on SIGINT and SIGTERM.
    stopOnTerminationSignals: false,
    // Armor's plugins read no context, so they serve ours as they are. Apollo's cache-control
    // plugin hooks every field of every answer to read cache hints; the schema gives none and
    // every answer is private, so it only cost time (about a fifth of the timeline's, measured
    // side by side; see README, Performance).
    plugins: [
      ...(armor.plugins as ApolloServerPlugin<Context>[]),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
    ],
  });
}
