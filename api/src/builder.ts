import SchemaBuilder from '@pothos/core';
import ErrorsPlugin from '@pothos/plugin-errors';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ValidationPlugin from '@pothos/plugin-validation';
import type PrismaTypes from '@cjji/db/pothos-types';
import { getDatamodel } from '@cjji/db/pothos-types';
import type { Context } from './context.ts';
import { ConflictError, InvalidInputError, InvalidStateError, NotFoundError } from './errors.ts';

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  Scalars: {
    Date: { Input: Date; Output: Date };
    DateTime: { Input: Date; Output: Date };
    ID: { Input: string; Output: string };
  };
  DefaultFieldNullability: false;
}>({
  // Errors before validation, so that bad input comes back in the mutation's result union.
  plugins: [ErrorsPlugin, PrismaPlugin, RelayPlugin, ValidationPlugin],
  defaultFieldNullability: false,
  prisma: {
    client: (ctx) => ctx.prisma,
    dmmf: getDatamodel(),
    exposeDescriptions: true,
    filterConnectionTotalCount: true,
    onUnusedQuery: process.env.NODE_ENV === 'production' ? null : 'warn',
  },
  errors: {
    // Every mutation that lists `errors: {}` answers these as typed results, not GraphQL errors.
    defaultTypes: [InvalidInputError, NotFoundError, InvalidStateError, ConflictError],
    // Argument validation runs before the resolver; without this its failures would be
    // GraphQL errors rather than InputError results. Its messages reveal no stored data.
    unsafelyHandleInputErrors: true,
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
  },
  validation: {
    validationError: (result) =>
      new InvalidInputError(
        result.issues.map((issue) => ({
          field: (issue.path ?? []).map((segment) => String(typeof segment === 'object' ? segment.key : segment)),
          message: issue.message,
        })),
      ),
  },
});

builder.queryType({});
builder.mutationType({});
