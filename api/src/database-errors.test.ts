/** Database failures about the request become the API's expected errors (shapes as Prisma 7 sends them). */
import { describe, expect, it } from 'vitest';
import { fromDatabaseFailure, MissingRecordError } from './database-errors.ts';
import { ConflictError, InvalidInputError } from './errors.ts';

function prismaError(code: string, meta: unknown): Error {
  return Object.assign(new Error('Invalid `prisma.x()` invocation'), {
    name: 'PrismaClientKnownRequestError',
    code,
    meta,
  });
}
const adapter = (cause: unknown) => ({ driverAdapterError: { name: 'DriverAdapterError', cause } });

describe('database failures answered as expected errors', () => {
  it('a unique key someone else took is a conflict naming the field', () => {
    const error = fromDatabaseFailure(
      prismaError('P2002', {
        modelName: 'User',
        ...adapter({
          originalCode: '23505',
          kind: 'UniqueConstraintViolation',
          constraint: { index: 'User_email_key' },
        }),
      }),
      { input: { email: 'a@b.test', name: 'A' } },
    );
    expect(error).toBeInstanceOf(ConflictError);
    expect(error).toMatchObject({ field: ['input', 'email'] });
    expect((error as Error).message).toMatch(/^Another record already has this email:/);
  });

  it('names both columns of a compound key', () => {
    const error = fromDatabaseFailure(
      prismaError('P2002', { target: ['inspectionId', 'kind'] }),
      {},
    ) as Error;
    expect(error.message).toMatch(/this inspection and kind/);
  });

  it('a reference to a record that does not exist is a field error, or not found', () => {
    const meta = adapter({
      originalCode: '23503',
      kind: 'ForeignKeyConstraintViolation',
      constraint: { index: 'PhaseStaffing_inspectorateId_fkey' },
    });
    const onField = fromDatabaseFailure(prismaError('P2003', meta), {
      input: { staffing: [{ inspectorateId: 'x' }] },
    });
    expect(onField).toBeInstanceOf(InvalidInputError);
    expect((onField as InvalidInputError).issues[0]!.field).toEqual([
      'input',
      'staffing',
      '0',
      'inspectorateId',
    ]);
    expect(fromDatabaseFailure(prismaError('P2003', meta), {})).toBeInstanceOf(MissingRecordError);
    expect(fromDatabaseFailure(prismaError('P2025', {}), {})).toBeInstanceOf(MissingRecordError);
  });

  it('a value PostgreSQL cannot store, reported as a generic database error, is bad input', () => {
    for (const originalCode of ['22021', '22008'])
      expect(
        fromDatabaseFailure(prismaError('P2039', adapter({ originalCode, kind: 'postgres' })), {}),
      ).toBeInstanceOf(InvalidInputError);
  });

  it('a lost race or a busy database is a conflict; anything else stays an internal error', () => {
    expect(fromDatabaseFailure(prismaError('P2034', {}), {})).toBeInstanceOf(ConflictError);
    expect(fromDatabaseFailure(prismaError('P2028', {}), {})).toBeInstanceOf(ConflictError);
    const unknown = prismaError('P1001', {});
    expect(fromDatabaseFailure(unknown, {})).toBe(unknown);
    const plain = new Error('a bug');
    expect(fromDatabaseFailure(plain, {})).toBe(plain);
  });
});
