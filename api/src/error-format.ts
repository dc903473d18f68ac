/**
 * Apollo's formatError: expected failures keep their code, message and field; anything else is
 * an internal error, logged in full on the server and answered with a plain message and no
 * stack trace.
 */
import { PothosValidationError } from '@pothos/core';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { DomainError, InvalidInputError, RateLimitedError } from './errors.ts';

/** Apollo's formatError: keeps expected errors, hides the rest. */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? error.originalError : error;
  if (original instanceof DomainError) {
    return {
      message: original.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: {
        code: original.code,
        ...(original.field ? { field: original.field } : {}),
        ...(original instanceof InvalidInputError && original.issues.length > 1
          ? { issues: original.issues }
          : {}),
        ...(original instanceof RateLimitedError
          ? { retryAfterSeconds: original.retryAfterSeconds }
          : {}),
      },
    };
  }
  if (original instanceof PothosValidationError) {
    return {
      message: original.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'BAD_USER_INPUT' },
    };
  }
  if (original === undefined || original === null || original instanceof GraphQLError) {
    // Parse, validation and variable errors from graphql-js: already clear and safe to show.
    return {
      ...formatted,
      extensions: { code: formatted.extensions?.code ?? 'GRAPHQL_VALIDATION_FAILED' },
    };
  }
  console.error('Internal error while answering a GraphQL request:', original);
  return {
    message: 'Something went wrong on our side. The error has been logged.',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
