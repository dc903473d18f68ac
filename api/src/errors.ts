/**
 * The domain's expected failures. Each carries a code and, for bad input, the argument path that
 * caused it, so that a client can show the message beside the right field. How they reach a
 * client is error-format.ts's business, not the rules'.
 */

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
