import { z } from 'zod';
import { builder } from '../../builder.ts';
import { futureDateIssue, ukToday } from '../shared/uk-day.ts';
import { InvalidInputError } from '../../errors.ts';
import { AgencyKindCodeEnum } from '../organisations/agency-kind.types.ts';
import { inMutation } from '../shared/mutation.ts';
import { idOf, selectionOf } from '../shared/ids.ts';
import { jointDirectionProblem } from './direction.rules.ts';
import { DirectionPeriodEnum } from './programme.types.ts';

const RecordDirectionInput = builder.inputType('RecordDirectionInput', {
  fields: (t) => ({
    reference: t.string({
      required: true,
      validate: z.string().trim().min(1, 'Give the direction’s reference.').max(100),
    }),
    title: t.string({
      required: true,
      validate: z.string().trim().min(3, 'Give the direction a title.').max(300),
    }),
    givenOn: t.field({ type: 'Date', required: true }),
    inForceFrom: t.field({ type: 'Date', required: true }),
    inForceUntil: t.field({ type: 'Date', required: false }),
    givenByMinisterIds: t.idList({
      required: true,
      description: 'The ministers who gave it (the Act has them act together).',
      validate: z.array(z.string()).max(3, 'At most the three ministers give a direction.'),
    }),
    minimumThematics: t.int({
      required: true,
      validate: z.number().int().min(1, 'A direction requires at least one thematic.').max(50),
    }),
    period: t.field({ type: DirectionPeriodEnum, required: true }),
    agencyKindsRequired: t.field({
      type: [AgencyKindCodeEnum],
      required: true,
      description: 'Kinds each counted thematic must cover.',
      validate: z.array(z.string()).max(20, 'Name each kind of agency once.'),
    }),
    requirement: t.string({
      required: true,
      validate: z
        .string()
        .trim()
        .min(10, 'Set out what the direction requires, in its own words.')
        .max(5000),
    }),
  }),
});

builder.mutationField('recordDirection', (t) =>
  t.prismaField({
    type: 'MinisterialDirection',
    description:
      'Records a ministerial direction, so that every programme in its period is checked against it.',
    errors: {},
    authScopes: (_root, { input }) => ({ ministerOfficeFor: input.givenByMinisterIds }),
    args: { input: t.arg({ type: RecordDirectionInput, required: true }) },
    resolve: async (query, _root, { input }, ctx, info) => {
      // A direction given is a fact: its date is not after today in the UK.
      const issues = futureDateIssue(
        ['input', 'givenOn'],
        'Date given',
        input.givenOn,
        ukToday(ctx.now()),
      );
      if (input.inForceFrom < input.givenOn)
        issues.push({
          field: ['input', 'inForceFrom'],
          message: 'A direction cannot be in force before it was given.',
        });
      if (input.inForceUntil && input.inForceUntil < input.inForceFrom)
        issues.push({
          field: ['input', 'inForceUntil'],
          message: 'The end of the direction must be after it comes into force.',
        });
      if (!input.givenByMinisterIds.length)
        issues.push({
          field: ['input', 'givenByMinisterIds'],
          message: 'Say which ministers gave the direction.',
        });
      const ministerIds = input.givenByMinisterIds.map((id) =>
        idOf('Minister', id, ['input', 'givenByMinisterIds']),
      );
      const directing = await ctx.prisma.minister.findMany({
        select: { id: true, title: true },
        orderBy: { title: 'asc' },
      });
      if (ministerIds.some((id) => !directing.some((minister) => minister.id === id)))
        issues.push({
          field: ['input', 'givenByMinisterIds'],
          message: 'One of the ministers is not known.',
        });
      else if (input.givenByMinisterIds.length) {
        const notJoint = jointDirectionProblem(ministerIds, directing);
        if (notJoint) issues.push({ field: ['input', 'givenByMinisterIds'], message: notJoint });
      }
      if (
        await ctx.prisma.ministerialDirection.findUnique({
          where: { reference: input.reference.trim() },
          select: { id: true },
        })
      ) {
        issues.push({
          field: ['input', 'reference'],
          message: `A direction with the reference "${input.reference.trim()}" is already recorded.`,
        });
      }
      if (issues.length) throw new InvalidInputError(issues);

      const id = await inMutation(ctx, info, async ({ tx, audit }) => {
        const direction = await tx.ministerialDirection.create({
          data: {
            reference: input.reference.trim(),
            title: input.title.trim(),
            givenOn: input.givenOn,
            inForceFrom: input.inForceFrom,
            inForceUntil: input.inForceUntil ?? null,
            minimumThematics: input.minimumThematics,
            period: input.period,
            requirement: input.requirement.trim(),
            givenBy: { create: [...new Set(ministerIds)].map((ministerId) => ({ ministerId })) },
            kindsRequired: {
              create: [...new Set(input.agencyKindsRequired)].map((agencyKindCode) => ({
                agencyKindCode,
              })),
            },
          },
        });
        await audit('MinisterialDirection', direction.id, {
          after: { ...direction, ministerIds, kinds: input.agencyKindsRequired },
        });
        return direction.id;
      });
      return ctx.prisma.ministerialDirection.findUniqueOrThrow({
        ...selectionOf(query),
        where: { id },
      });
    },
  }),
);
