/** The list of functions in scope is data: an administrator adds, corrects and retires. */
import { z } from 'zod';
import { builder } from '../../builder.ts';
import { InvalidInputError } from '../../errors.ts';
import { AgencyKindCodeEnum } from '../organisations/agency-kind.types.ts';
import { idOf, selectionOf } from '../shared/ids.ts';
import { changeVersioned, inMutation } from '../shared/mutation.ts';
import { ScopeFunctionRef } from './scope-function.types.ts';

const SaveScopeFunctionInput = builder.inputType('SaveScopeFunctionInput', {
  fields: (t) => ({
    id: t.id({ required: false, description: 'Leave out to add a function.' }),
    expectedVersion: t.int({ required: false }),
    agencyKindCode: t.field({ type: AgencyKindCodeEnum, required: true }),
    name: t.string({
      required: true,
      validate: z.string().trim().min(3, 'Give the function’s name.').max(120),
    }),
    description: t.string({ required: false, validate: z.string().trim().max(500) }),
    retiredOn: t.field({
      type: 'Date',
      required: false,
      description: 'The day it stopped being offered; leave out while it is.',
    }),
  }),
});

builder.mutationField('saveScopeFunction', (t) =>
  t.prismaField({
    type: ScopeFunctionRef,
    description: 'Adds or changes a function an inspection may look at (administrators).',
    errors: {},
    authScopes: { administrator: true },
    args: { input: t.arg({ type: SaveScopeFunctionInput, required: true }) },
    resolve: async (query, _root, { input }, ctx, info) => {
      const existingId = input.id ? idOf('ScopeFunction', input.id, ['input', 'id']) : null;
      const data = {
        agencyKindCode: input.agencyKindCode,
        name: input.name.trim(),
        description: input.description?.trim() || null,
        retiredOn: input.retiredOn ?? null,
      };
      const id = await inMutation(ctx, info, async (steps) => {
        const { tx, audit } = steps;
        const clash = await tx.scopeFunction.findFirst({
          where: {
            agencyKindCode: data.agencyKindCode,
            name: data.name,
            ...(existingId ? { id: { not: existingId } } : {}),
          },
        });
        if (clash)
          throw new InvalidInputError(
            ['input', 'name'],
            'This kind of agency has a function of this name already.',
          );
        if (!existingId) {
          const created = await tx.scopeFunction.create({ data });
          await audit('ScopeFunction', created.id, { after: created });
          return created.id;
        }
        await changeVersioned(steps, {
          what: 'scope function',
          entityType: 'ScopeFunction',
          id: existingId,
          globalId: input.id!,
          expectedVersion: input.expectedVersion ?? -1,
          read: (tx) => tx.scopeFunction.findUnique({ where: { id: existingId } }),
          write: (tx, before) =>
            tx.scopeFunction.updateMany({
              where: { id: existingId, version: before.version },
              data: { ...data, version: { increment: 1 } },
            }),
          audited: (before) => ({ before, after: data }),
        });
        return existingId;
      });
      return ctx.prisma.scopeFunction.findUniqueOrThrow({ ...selectionOf(query), where: { id } });
    },
  }),
);
