import { z } from 'zod';
import { builder } from '../../builder.ts';
import { futureDateIssue, ukToday } from '../shared/uk-day.ts';
import { InvalidInputError } from '../../errors.ts';
import { AgencyKindCodeEnum } from '../organisations/agency-kind.types.ts';
import { inMutation } from '../shared/mutation.ts';
import { idOf, selectionOf } from '../shared/ids.ts';
import {
  agreementDateProblem,
  directionGiven,
  jointDirectionProblem,
  ministerInWords,
} from './direction.rules.ts';
import { DirectionKindEnum, DirectionStatusEnum, directingMinisters } from './direction.types.ts';
import { DirectionPeriodEnum } from './programme.types.ts';

const DirectionAgreementInput = builder.inputType('DirectionAgreementInput', {
  fields: (t) => ({
    ministerId: t.id({ required: true }),
    agreedOn: t.field({
      type: 'Date',
      required: false,
      description: 'The day the minister agreed; null when they have not agreed yet.',
    }),
  }),
});

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
    kind: t.field({ type: DirectionKindEnum, required: true }),
    draftedOn: t.field({ type: 'Date', required: true }),
    inForceFrom: t.field({ type: 'Date', required: true }),
    inForceUntil: t.field({ type: 'Date', required: false }),
    status: t.field({
      type: DirectionStatusEnum,
      required: true,
      description:
        'GIVEN to record it as given and in force: refused unless all three ministers have agreed.',
    }),
    agreements: t.field({
      type: [DirectionAgreementInput],
      required: true,
      description:
        'The agreements recorded now: a minister’s office its own minister’s, an administrator any.',
      validate: z.array(z.any()).max(3, 'At most the three ministers agree to a direction.'),
    }),
    minimumThematics: t.int({
      required: false,
      validate: z.number().int().min(1, 'A direction requires at least one thematic.').max(50),
    }),
    period: t.field({ type: DirectionPeriodEnum, required: false }),
    agencyKindsRequired: t.field({
      type: [AgencyKindCodeEnum],
      required: false,
      description: 'Kinds each counted thematic must cover.',
      validate: z.array(z.string()).max(20, 'Name each kind of agency once.'),
    }),
    programmeBy: t.field({
      type: 'Date',
      required: false,
      description: 'A timing direction: the day by which a programme is to be agreed.',
    }),
    formItems: t.stringList({
      required: false,
      description: 'A direction of form: each thing the programme must have or say.',
      validate: z.array(z.string().max(1000)).max(30, 'A direction of form has at most 30 items.'),
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
      'Records a ministerial direction and the agreements given so far. It is in force, and programmes are checked against it, once all three ministers have agreed.',
    errors: {},
    authScopes: (_root, { input }) => ({
      ministerOfficeFor: input.agreements.map((agreement) => String(agreement.ministerId)),
    }),
    args: { input: t.arg({ type: RecordDirectionInput, required: true }) },
    resolve: async (query, _root, { input }, ctx, info) => {
      const today = ukToday(ctx.now());
      // A direction drafted is a fact: its date is not after today in the UK.
      const issues = futureDateIssue(
        ['input', 'draftedOn'],
        'Date drafted',
        input.draftedOn,
        today,
      );
      if (input.inForceUntil && input.inForceUntil < input.inForceFrom)
        issues.push({
          field: ['input', 'inForceUntil'],
          message: 'The end of the direction must be after it comes into force.',
        });
      const formItems = (input.formItems ?? []).map((item) => item.trim()).filter(Boolean);
      if (input.kind === 'VICTIMS_THEMATICS') {
        if (input.minimumThematics == null)
          issues.push({
            field: ['input', 'minimumThematics'],
            message: "Enter how many victims' thematics it requires, as a whole number",
          });
        if (!input.period)
          issues.push({
            field: ['input', 'period'],
            message: 'Choose whether the number is per programme or per year',
          });
      }
      if (input.kind === 'TIMING') {
        if (!input.programmeBy)
          issues.push({
            field: ['input', 'programmeBy'],
            message: 'Enter the date by which a programme is to be agreed',
          });
        else if (input.programmeBy < input.draftedOn)
          issues.push({
            field: ['input', 'programmeBy'],
            message: 'The date a programme is due must be the same as or after the date drafted',
          });
      }
      if (input.kind === 'FORM' && !formItems.length)
        issues.push({
          field: ['input', 'formItems'],
          message: 'Enter at least one thing the programme must have or say',
        });
      const directing = await directingMinisters(ctx);
      const agreements: Array<{ ministerId: string; agreedOn: Date }> = [];
      input.agreements.forEach((agreement, index) => {
        const field = ['input', 'agreements', String(index), 'agreedOn'];
        const ministerId = idOf('Minister', agreement.ministerId, field);
        const minister = directing.find((m) => m.id === ministerId);
        if (!minister) issues.push({ field, message: 'The minister is not known.' });
        else if (agreements.some((a) => a.ministerId === ministerId))
          issues.push({ field, message: `Record ${ministerInWords(minister)}’s agreement once.` });
        if (!agreement.agreedOn || !minister) return;
        const problem = agreementDateProblem(agreement.agreedOn, input.draftedOn, today);
        if (problem) issues.push({ field, message: problem });
        agreements.push({ ministerId, agreedOn: agreement.agreedOn });
      });
      const given = directionGiven(agreements, directing);
      if (input.status === 'GIVEN') {
        const notJoint = jointDirectionProblem(
          agreements.map((a) => a.ministerId),
          directing,
        );
        if (notJoint) issues.push({ field: ['input', 'status'], message: notJoint });
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

      const isThematics = input.kind === 'VICTIMS_THEMATICS';
      const id = await inMutation(ctx, info, async ({ tx, audit }) => {
        const direction = await tx.ministerialDirection.create({
          data: {
            reference: input.reference.trim(),
            title: input.title.trim(),
            kind: input.kind,
            draftedOn: input.draftedOn,
            givenOn: given.givenOn,
            inForceFrom: input.inForceFrom,
            inForceUntil: input.inForceUntil ?? null,
            minimumThematics: isThematics ? input.minimumThematics : null,
            period: isThematics ? input.period : null,
            programmeBy: input.kind === 'TIMING' ? input.programmeBy : null,
            requirement: input.requirement.trim(),
            givenBy: {
              create: agreements.map((agreement) => ({ ...agreement, recordedBy: ctx.actor })),
            },
            kindsRequired: {
              create: isThematics
                ? [...new Set(input.agencyKindsRequired ?? [])].map((agencyKindCode) => ({
                    agencyKindCode,
                  }))
                : [],
            },
            formItems: {
              create:
                input.kind === 'FORM'
                  ? formItems.map((text, position) => ({ position: position + 1, text }))
                  : [],
            },
          },
        });
        await audit('MinisterialDirection', direction.id, {
          after: { ...direction, agreements, kinds: input.agencyKindsRequired, formItems },
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
