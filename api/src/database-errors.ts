/**
 * Failures the database reports about the request rather than about itself, turned into the
 * API's expected errors in one place: a unique key someone else took first (a race between two
 * people doing the same thing), a record referred to that does not exist, a value the column
 * cannot hold, a transaction that lost to another. Anything else stays an internal error.
 *
 * Prisma 7 with a driver adapter reports these either as a known request error (P2002, P2003,
 * P2025...) or as the adapter's own error with the kind it recognised; both are read here.
 */
import { ConflictError, DomainError, InvalidInputError, NotFoundError } from './errors.ts';

/** A record the request names or refers to is not there (any more). */
export class MissingRecordError extends NotFoundError {
  constructor(message: string, field?: string[]) {
    super('record', '');
    this.message = message;
    Object.defineProperty(this, 'field', { value: field });
  }
}

interface AdapterCause {
  kind?: string;
  code?: string;
  originalCode?: string;
  originalMessage?: string;
  constraint?: { fields?: string[]; index?: string; foreignKey?: unknown };
  column?: string;
}

interface DatabaseFailure {
  name?: string;
  code?: string;
  message?: string;
  meta?: {
    target?: string | string[];
    field_name?: string;
    modelName?: string;
    column_name?: string;
    driverAdapterError?: { cause?: AdapterCause };
    cause?: string;
  };
  cause?: AdapterCause;
}

const words = (column: string) =>
  column
    .replace(/Id$/, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();

/** "email", "inspection and kind": the columns of a constraint in words. */
function columnsInWords(columns: string[]): string {
  const named = columns.map(words);
  return named.length <= 1
    ? (named[0] ?? 'value')
    : `${named.slice(0, -1).join(', ')} and ${named.at(-1)}`;
}

/** The path of the first argument field named like a column, e.g. ["input", "email"]. */
function argumentPathOf(args: unknown, column: string, path: string[] = []): string[] | null {
  if (!args || typeof args !== 'object' || args instanceof Date) return null;
  for (const key of Object.keys(args)) {
    if (key === column || key === `${column}s`) return [...path, key];
  }
  for (const [key, value] of Object.entries(args)) {
    const found = argumentPathOf(value, column, [...path, key]);
    if (found) return found;
  }
  return null;
}

/** Columns named by a unique or foreign key failure, from whichever form it came in. */
function constraintColumns(failure: DatabaseFailure): string[] {
  const cause = failure.meta?.driverAdapterError?.cause ?? failure.cause;
  if (cause?.constraint?.fields?.length) return cause.constraint.fields.map(unquote);
  const target = failure.meta?.target;
  if (Array.isArray(target)) return target.map(unquote);
  const index = cause?.constraint?.index ?? target ?? failure.meta?.field_name;
  // PostgreSQL's default names: "Model_column_key", "Model_a_b_key", "Model_column_fkey".
  const match = typeof index === 'string' ? /^[A-Za-z]+_(.+)_(f?key|pkey)\b/.exec(index) : null;
  return match ? match[1]!.split('_') : [];
}

const unquote = (name: string) => name.replace(/^"|"$/g, '');

type Failure = 'unique' | 'reference' | 'missing' | 'contention' | 'busy' | 'tooLong' | 'badValue';

/** What each code or kind stands for: Prisma's codes, the adapter's kinds, PostgreSQL's codes. */
const failures: Record<string, Failure> = {
  P2002: 'unique',
  UniqueConstraintViolation: 'unique',
  '23505': 'unique',
  P2003: 'reference',
  ForeignKeyConstraintViolation: 'reference',
  '23503': 'reference',
  P2025: 'missing',
  P2018: 'missing',
  P2015: 'missing',
  RecordDoesNotExist: 'missing',
  P2034: 'contention',
  TransactionWriteConflict: 'contention',
  '40001': 'contention',
  '40P01': 'contention',
  P2028: 'busy',
  P2000: 'tooLong',
  LengthMismatch: 'tooLong',
  '22001': 'tooLong',
  P2007: 'badValue',
  P2020: 'badValue',
  P2033: 'badValue',
  InvalidInputValue: 'badValue',
  ValueOutOfRange: 'badValue',
  '22003': 'badValue',
  '22007': 'badValue',
  '22008': 'badValue',
  '22021': 'badValue',
  '22P02': 'badValue',
  '22P05': 'badValue',
  '54000': 'badValue',
};

function failureOf(failure: DatabaseFailure): Failure | undefined {
  const cause = failure.meta?.driverAdapterError?.cause ?? failure.cause;
  // Prisma's own code first; a generic one (P2010, P2039: "database error") defers to the cause.
  for (const code of [failure.code, cause?.kind, cause?.originalCode])
    if (code && failures[code]) return failures[code];
  return undefined;
}

const isDatabaseFailure = (error: unknown): error is DatabaseFailure =>
  error instanceof Error &&
  (error.name.startsWith('PrismaClient') || error.name === 'DriverAdapterError');

const tryAgain = 'Nothing was saved. Reload the page, then try again.';

/**
 * The expected error a database failure stands for, or the failure itself when it is not about
 * the request. `args` are the field's arguments, to name the field a constraint is about.
 */
export function fromDatabaseFailure(error: unknown, args: unknown): unknown {
  if (error instanceof DomainError || !isDatabaseFailure(error)) return error;
  const columns = constraintColumns(error);
  const fieldOf = () => {
    for (const column of columns) {
      const path = argumentPathOf(args, column);
      if (path) return path;
    }
    return undefined;
  };
  switch (failureOf(error)) {
    case 'unique':
      return new ConflictError(
        `Another record already has this ${columnsInWords(columns)}: someone may have made the same change at the same moment. ${tryAgain}`,
        fieldOf(),
      );
    case 'reference': {
      const field = fieldOf();
      const message = `The ${columns.length ? columnsInWords(columns) : 'record'} this refers to does not exist. ${tryAgain}`;
      return field ? new InvalidInputError([{ field, message }]) : new MissingRecordError(message);
    }
    case 'missing':
      return new MissingRecordError(`A record this change needs does not exist. ${tryAgain}`);
    case 'contention':
      return new ConflictError(
        `Someone else was changing the same records at the same moment. ${tryAgain}`,
      );
    // The transaction could not start or finish in time: others held the database meanwhile.
    case 'busy':
      return new ConflictError(
        `Many changes were being made at the same moment and this one could not be made in time. ${tryAgain}`,
      );
    case 'tooLong':
      return new InvalidInputError(fieldOf() ?? [], 'This value is too long to store.');
    case 'badValue':
      return new InvalidInputError([], 'A value in the request cannot be stored as it is.');
    default:
      return error;
  }
}
