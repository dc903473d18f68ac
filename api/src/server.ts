import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { Context } from './context.ts';
import { formatError } from './errors.ts';
import { schema } from './schema.ts';

export function createApolloServer(): ApolloServer<Context> {
  return new ApolloServer<Context>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    // Apollo's CSRF prevention: a GET or simple POST must carry a header a browser form cannot set.
    csrfPrevention: true,
    introspection: true,
    // main.ts stops the HTTP server, Apollo and the database in order on SIGINT and SIGTERM.
    stopOnTerminationSignals: false,
    // Apollo's cache-control plugin hooks every field of every answer to read cache hints; the
    // schema gives none and every answer is private, so it only cost time (about a fifth of
    // the timeline's, measured side by side; see README, Performance).
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled()],
  });
}
