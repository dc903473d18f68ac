import { z } from 'zod';
import { builder } from '../../builder.ts';
import { InvalidInputError, InvalidStateError } from '../../errors.ts';
import { changeVersioned, inMutation } from '../shared/mutation.ts';
import { idOf, selectionOf } from '../shared/ids.ts';
import { startOfDay } from '../shared/calendar.ts';
import { responseDueOn } from '../deadlines/deadline.rules.ts';
import {
  ImplementationStatusEnum,
  RecommendationAnswerEnum,
  RecommendationSourceEnum,
} from './recommendation.types.ts';

const RecordRecommendationInput = builder.inputType('RecordRecommendationInput', {
  fields: (t) => ({
    source: t.field({ type: RecommendationSourceEnum, required: true }),
    reportTitle: t.string({
      required: true,
      validate: z.string().trim().min(3, 'Give the report’s title.').max(300),
    }),
    publishedOn: t.field({ type: 'Date', required: true }),
    reference: t.string({
      required: true,
      validate: z.string().trim().min(1, 'Give the recommendation’s number or reference.').max(50),
    }),
    text: t.string({
      required: true,
      validate: z.string().trim().min(10, 'Give the recommendation’s words.').max(10000),
    }),
    addresseeIds: t.idList({
      required: true,
      description: 'The agencies it is addressed to.',
      validate: z
        .array(z.string())
        .max(200, 'A recommendation is addressed to at most 200 agencies.'),
    }),
    inspectionId: t.id({ required: false }),
    escalationId: t.id({ required: false }),
  }),
});

builder.mutationField('recordRecommendation', (t) =>
  t.prismaField({
    type: 'Recommendation',
    description:
      'Records a recommendation and gives each addressee a response due by the rule that applies: 56 days after the Victims’ Commissioner’s annual report, 28 after an Urgent Notification.',
    errors: {},
    authScopes: { inspectorateStaff: true },
    args: { input: t.arg({ type: RecordRecommendationInput, required: true }) },
    resolve: async (query, _root, { input }, ctx, info) => {
      const addressees = [
        ...new Set(input.addresseeIds.map((id) => idOf('Agency', id, ['input', 'addresseeIds']))),
      ];
      if (!addressees.length)
        throw new InvalidInputError(
          ['input', 'addresseeIds'],
          'Name at least one agency the recommendation is addressed to.',
        );
      if (
        (await ctx.prisma.agency.count({ where: { id: { in: addressees } } })) !== addressees.length
      )
        throw new InvalidInputError(
          ['input', 'addresseeIds'],
          'One of the addressees is not a known agency.',
        );
      const dueOn = responseDueOn(input.source, input.publishedOn);
      const id = await inMutation(ctx, info, async ({ tx, audit }) => {
        const recommendation = await tx.recommendation.create({
          data: {
            source: input.source,
            reportTitle: input.reportTitle.trim(),
            publishedOn: input.publishedOn,
            reference: input.reference.trim(),
            text: input.text.trim(),
            recordedBy: ctx.actor,
            inspectionId: input.inspectionId
              ? idOf('Inspection', input.inspectionId, ['input', 'inspectionId'])
              : null,
            escalationId: input.escalationId
              ? idOf('Escalation', input.escalationId, ['input', 'escalationId'])
              : null,
            addressees: { create: addressees.map((agencyId) => ({ agencyId, dueOn })) },
          },
        });
        await audit('Recommendation', recommendation.id, {
          after: { ...recommendation, addressees, dueOn },
        });
        return recommendation.id;
      });
      return ctx.prisma.recommendation.findUniqueOrThrow({ ...selectionOf(query), where: { id } });
    },
  }),
);

const RespondInput = builder.inputType('RespondToRecommendationInput', {
  fields: (t) => ({
    responseId: t.id({ required: true }),
    expectedVersion: t.int({ required: true }),
    answer: t.field({ type: RecommendationAnswerEnum, required: true }),
    reasons: t.string({
      required: true,
      validate: z.string().trim().min(10, 'Give the reasons for your answer.').max(10000),
    }),
    plannedActions: t.string({ required: false, validate: z.string().trim().max(10000) }),
    respondedOn: t.field({ type: 'Date', required: true }),
  }),
});

builder.mutationField('respondToRecommendation', (t) =>
  t.prismaField({
    type: 'RecommendationResponse',
    description:
      'Records an addressee’s answer: accepted, partly accepted or not accepted, with reasons and the actions planned.',
    errors: {},
    authScopes: (_root, { input }) => ({ recommendationResponder: input.responseId }),
    args: { input: t.arg({ type: RespondInput, required: true }) },
    resolve: async (query, _root, { input }, ctx, info) => {
      const id = idOf('RecommendationResponse', input.responseId, ['input', 'responseId']);
      if (input.answer !== 'NOT_ACCEPTED' && !input.plannedActions?.trim())
        throw new InvalidInputError(
          ['input', 'plannedActions'],
          'Say what you will do about the recommendation.',
        );
      if (input.respondedOn > startOfDay(ctx.now()))
        throw new InvalidInputError(
          ['input', 'respondedOn'],
          'The response date cannot be in the future.',
        );
      await inMutation(ctx, info, (steps) =>
        changeVersioned(steps, {
          what: 'response',
          entityType: 'RecommendationResponse',
          id,
          globalId: input.responseId,
          expectedVersion: input.expectedVersion,
          read: (tx) =>
            tx.recommendationResponse.findUnique({
              where: { id },
              include: { recommendation: { select: { withdrawnAt: true } } },
            }),
          rules: (before) => {
            if (before.recommendation.withdrawnAt)
              throw new InvalidStateError(
                'This recommendation was withdrawn, so no answer is owed.',
              );
            if (before.answer)
              throw new InvalidStateError(
                'This recommendation has already been answered; record its implementation instead.',
              );
          },
          write: (tx, before) =>
            tx.recommendationResponse.updateMany({
              where: { id, version: before.version },
              data: {
                answer: input.answer,
                reasons: input.reasons.trim(),
                plannedActions: input.plannedActions?.trim() || null,
                respondedOn: input.respondedOn,
                respondedBy: ctx.actor,
                version: { increment: 1 },
              },
            }),
          audited: ({ recommendation: _recommendation, ...before }) => ({ before, after: input }),
        }),
      );
      return ctx.prisma.recommendationResponse.findUniqueOrThrow({
        ...selectionOf(query),
        where: { id },
      });
    },
  }),
);

const ImplementationInput = builder.inputType('RecordImplementationInput', {
  fields: (t) => ({
    responseId: t.id({ required: true }),
    expectedVersion: t.int({ required: true }),
    implementation: t.field({ type: ImplementationStatusEnum, required: true }),
  }),
});

builder.mutationField('recordImplementation', (t) =>
  t.prismaField({
    type: 'RecommendationResponse',
    description: 'Records whether an answered recommendation has been implemented.',
    errors: {},
    authScopes: (_root, { input }) => ({ implementationRecorder: input.responseId }),
    args: { input: t.arg({ type: ImplementationInput, required: true }) },
    resolve: async (query, _root, { input }, ctx, info) => {
      const id = idOf('RecommendationResponse', input.responseId, ['input', 'responseId']);
      await inMutation(ctx, info, (steps) =>
        changeVersioned(steps, {
          what: 'response',
          entityType: 'RecommendationResponse',
          id,
          globalId: input.responseId,
          expectedVersion: input.expectedVersion,
          read: (tx) => tx.recommendationResponse.findUnique({ where: { id } }),
          rules: (before) => {
            if (!before.answer)
              throw new InvalidStateError(
                'Answer the recommendation before recording its implementation.',
              );
          },
          write: (tx, before) =>
            tx.recommendationResponse.updateMany({
              where: { id, version: before.version },
              data: { implementation: input.implementation, version: { increment: 1 } },
            }),
          audited: (before) => ({
            before: { implementation: before.implementation },
            after: { implementation: input.implementation },
          }),
        }),
      );
      return ctx.prisma.recommendationResponse.findUniqueOrThrow({
        ...selectionOf(query),
        where: { id },
      });
    },
  }),
);
