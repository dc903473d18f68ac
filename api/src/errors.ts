/**
 * Expected failures carry a code and, for bad input, the argument path that caused them, so
 * that a client can show the message beside the right field. Anything else is an internal
 * error: logged in full on the server, and answered with a plain message and no stack trace.
 */
import { PothosValidationError } from '@pothos/core';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';

export type DomainErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'INVALID_STATE'
  | 'CONFLICT'
  | 'RATE_LIMITED';

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    /** The argument path the error is about, e.g. ["filter", "region"]. */
    readonly field?: string[],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string, id: string) {
    super('NOT_FOUND', `No ${what} has the id "${id}".`, ['id']);
  }
}

export class InvalidStateError extends DomainError {
  constructor(message: string, field?: string[]) {
    super('INVALID_STATE', message, field);
  }
}

/** Refused by the roles: no sign-in where one is needed, or no role in the organisation concerned. */
export class AccessDeniedError extends DomainError {
  constructor(signedIn: boolean, what: string) {
    super(
      signedIn ? 'FORBIDDEN' : 'UNAUTHENTICATED',
      signedIn ? `Your roles do not let you ${what}.` : `Sign in to ${what}.`,
    );
  }
}

/** Too many attempts: try again after the wait. */
export class RateLimitedError extends DomainError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super('RATE_LIMITED', message);
  }
}

/** An edit made from a stale copy: someone else changed the record first. */
export class ConflictError extends DomainError {
  constructor(message: string, field?: string[]) {
    super('CONFLICT', message, field);
  }
}

export interface FieldIssue {
  /** The argument path, e.g. ["input", "endsOn"]. */
  field: string[];
  message: string;
}

/** Bad input: one or more problems, each tied to the field it is about. */
export class InvalidInputError extends DomainError {
  readonly issues: FieldIssue[];
  constructor(issuesOrField: FieldIssue[] | string[], message?: string) {
    const issues =
      message === undefined
        ? (issuesOrField as FieldIssue[])
        : [{ field: issuesOrField as string[], message }];
    super('BAD_USER_INPUT', issues.map((issue) => issue.message).join(' '), issues[0]?.field);
    this.issues = issues;
  }
}

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
