import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
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
    plugins: [ApolloServerPluginLandingPageDisabled()],
  });
}
