/** Inspector-weeks each inspectorate can give to joint work, quarter by quarter. */
import { z } from 'zod';
import { builder } from '../../builder.ts';
import { InvalidInputError, NotFoundError } from '../../errors.ts';
import { inMutation, setVersioned } from '../shared/mutation.ts';
import { isoDay, quartersOf } from '../shared/calendar.ts';
import { idOf, selectionOf } from '../shared/ids.ts';

builder.prismaObject('InspectorateCapacity', {
  fields: (t) => ({
    inspectorate: t.relation('inspectorate'),
    quarterStart: t.expose('quarterStart', { type: 'Date' }),
    inspectorWeeks: t.float({ resolve: (c) => c.inspectorWeeks.toNumber() }),
    version: t.exposeInt('version'),
  }),
});

builder.queryField('inspectorateCapacity', (t) =>
  t.prismaField({
    type: ['InspectorateCapacity'],
    description: 'Capacity recorded for quarters starting in the given period.',
    authScopes: { overseer: true },
    args: {
      from: t.arg({ type: 'Date', required: true }),
      to: t.arg({ type: 'Date', required: true }),
    },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.inspectorateCapacity.findMany({
        ...query,
        where: { quarterStart: { gte: args.from, lte: args.to } },
        orderBy: [{ quarterStart: 'asc' }, { inspectorateId: 'asc' }],
      }),
  }),
);

const SetCapacityInput = builder.inputType('SetInspectorateCapacityInput', {
  fields: (t) => ({
    inspectorateId: t.id({ required: true }),
    quarterStart: t.field({
      type: 'Date',
      required: true,
      description: '1 January, 1 April, 1 July or 1 October.',
    }),
    inspectorWeeks: t.float({
      required: true,
      validate: z
        .number()
        .min(0, 'Capacity cannot be negative.')
        .max(10000, 'That is more than any inspectorate has.'),
    }),
    expectedVersion: t.int({
      required: true,
      description: 'The capacity’s version when it was read; 0 when none was recorded yet.',
    }),
  }),
});

builder.mutationField('setInspectorateCapacity', (t) =>
  t.prismaField({
    type: 'InspectorateCapacity',
    errors: {},
    authScopes: (_root, { input }) => ({ plannerFor: input.inspectorateId }),
    args: { input: t.arg({ type: SetCapacityInput, required: true }) },
    resolve: async (query, _root, { input }, ctx, info) => {
      const inspectorateId = idOf('Inspectorate', input.inspectorateId, [
        'input',
        'inspectorateId',
      ]);
      const quarter = quartersOf({ start: input.quarterStart, end: input.quarterStart })[0]!;
      if (quarter.start.getTime() !== input.quarterStart.getTime()) {
        throw new InvalidInputError(
          ['input', 'quarterStart'],
          `A quarter starts on 1 January, 1 April, 1 July or 1 October: did you mean ${isoDay(quarter.start)}?`,
        );
      }
      if (
        !(await ctx.prisma.inspectorate.findUnique({
          where: { id: inspectorateId },
          select: { id: true },
        }))
      )
        throw new NotFoundError('inspectorate', input.inspectorateId);
      const key = {
        inspectorateId_quarterStart: { inspectorateId, quarterStart: input.quarterStart },
      };
      await inMutation(ctx, info, (steps) =>
        setVersioned(steps, {
          what: 'capacity',
          entityType: 'InspectorateCapacity',
          id: `${inspectorateId}/${isoDay(input.quarterStart)}`,
          expectedVersion: input.expectedVersion,
          read: (tx) => tx.inspectorateCapacity.findUnique({ where: key }),
          update: (tx, before) =>
            tx.inspectorateCapacity.updateMany({
              where: { ...key.inspectorateId_quarterStart, version: before.version },
              data: { inspectorWeeks: input.inspectorWeeks, version: { increment: 1 } },
            }),
          create: (tx) =>
            tx.inspectorateCapacity.createMany({
              data: [
                {
                  inspectorateId,
                  quarterStart: input.quarterStart,
                  inspectorWeeks: input.inspectorWeeks,
                },
              ],
              skipDuplicates: true,
            }),
        }),
      );
      return ctx.prisma.inspectorateCapacity.findUniqueOrThrow({
        ...selectionOf(query, { inspectorateId: true }),
        where: key,
      });
    },
  }),
);
