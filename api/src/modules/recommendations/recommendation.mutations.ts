import { z } from 'zod';
import { builder } from '../../builder.ts';
import { assertNoIssues, futureDateIssue, ukToday } from '../shared/uk-day.ts';
import { InvalidInputError, InvalidStateError, NotFoundError } from '../../errors.ts';
import { assertCurrentVersion, assertWritten, lastChangeTo } from '../shared/concurrency.ts';
import { audit } from '../shared/audit.ts';
import { remitProblemFor } from '../organisations/remit.ts';
import { idOf, selectionOf } from '../shared/ids.ts';
import { startOfDay } from '../shared/calendar.ts';
import { responseDueOn } from './deadline.rules.ts';
import {
  EscalationKindEnum,
  ImplementationStatusEnum,
  RecommendationAnswerEnum,
  RecommendationSourceEnum,
} from './recommendation.types.ts';

const RecordEscalationInput = builder.inputType('RecordEscalationInput', {
  fields: (t) => ({
    kind: t.field({ type: EscalationKindEnum, required: true }),
    agencyId: t.id({ required: true }),
    inspectorateId: t.id({ required: true }),
    issuedOn: t.field({ type: 'Date', required: true }),
    summary: t.string({
      required: true,
      validate: z.string().trim().min(10, 'Summarise the concerns.').max(10000),
    }),
  }),
});

builder.mutationField('recordEscalation', (t) =>
  t.prismaField({
    type: 'Escalation',
    description:
      'Records an escalation. An Urgent Notification’s public response falls due 28 days after it is issued.',
    errors: {},
    authScopes: (_root, { input }) => ({ leadFor: input.inspectorateId }),
    args: { input: t.arg({ type: RecordEscalationInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const agencyId = idOf('Agency', input.agencyId, ['input', 'agencyId']);
      const inspectorateId = idOf('Inspectorate', input.inspectorateId, [
        'input',
        'inspectorateId',
      ]);
      if (input.issuedOn > startOfDay(ctx.now()))
        throw new InvalidInputError(
          ['input', 'issuedOn'],
          'An escalation cannot be issued in the future.',
        );
      const id = await ctx.prisma.$transaction(async (tx) => {
        const outsideRemit = await remitProblemFor(tx, agencyId, inspectorateId);
        if (outsideRemit) throw new InvalidInputError(['input', 'inspectorateId'], outsideRemit);
        const escalation = await tx.escalation.create({
          data: {
            kind: input.kind,
            agencyId,
            inspectorateId,
            issuedOn: input.issuedOn,
            summary: input.summary.trim(),
            recordedBy: ctx.actor,
            responseDueOn:
              input.kind === 'URGENT_NOTIFICATION'
                ? responseDueOn('URGENT_NOTIFICATION', input.issuedOn)
                : null,
          },
        });
        await audit(tx, ctx, {
          action: 'recordEscalation',
          entityType: 'Escalation',
          entityId: escalation.id,
          after: escalation,
        });
        return escalation.id;
      });
      return ctx.prisma.escalation.findUniqueOrThrow({ ...selectionOf(query), where: { id } });
    },
  }),
);

const EscalationResponseInput = builder.inputType('RecordEscalationResponseInput', {
  fields: (t) => ({
    escalationId: t.id({ required: true }),
    respondedOn: t.field({ type: 'Date', required: true }),
    expectedVersion: t.int({
      required: false,
      description: 'The version you read. When given, a change made since answers a ConflictError.',
    }),
  }),
});

builder.mutationField('recordEscalationResponse', (t) =>
  t.prismaField({
    type: 'Escalation',
    description: 'Records the date the response to an Urgent Notification was published.',
    errors: {},
    authScopes: (_root, { input }) => ({ escalationResponder: input.escalationId }),
    args: { input: t.arg({ type: EscalationResponseInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const id = idOf('Escalation', input.escalationId, ['input', 'escalationId']);
      await ctx.prisma.$transaction(async (tx) => {
        const escalation = await tx.escalation.findUnique({ where: { id } });
        if (!escalation) throw new NotFoundError('escalation', input.escalationId);
        if (input.expectedVersion != null)
          await assertCurrentVersion('escalation', input.expectedVersion, escalation.version, () =>
            lastChangeTo(tx, 'Escalation', id),
          );
        if (escalation.kind !== 'URGENT_NOTIFICATION')
          throw new InvalidStateError(
            'Only an Urgent Notification has a public response to record.',
          );
        if (escalation.respondedOn)
          throw new InvalidStateError('The response is already recorded.');
        if (input.respondedOn < escalation.issuedOn)
          throw new InvalidInputError(
            ['input', 'respondedOn'],
            'The response cannot come before the notification.',
          );
        assertNoIssues(
          futureDateIssue(
            ['input', 'respondedOn'],
            'Date of the response',
            input.respondedOn,
            ukToday(ctx.now()),
          ),
        );
        // Conditional on the version read: of people recording it at once, one wins and the
        // others are told, rather than the last silently overwriting the first.
        assertWritten(
          'escalation',
          await tx.escalation.updateMany({
            where: { id, version: escalation.version },
            data: { respondedOn: input.respondedOn, version: { increment: 1 } },
          }),
        );
        await audit(tx, ctx, {
          action: 'recordEscalationResponse',
          entityType: 'Escalation',
          entityId: id,
          after: { respondedOn: input.respondedOn },
        });
      });
      return ctx.prisma.escalation.findUniqueOrThrow({ ...selectionOf(query), where: { id } });
    },
  }),
);

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
    resolve: async (query, _root, { input }, ctx) => {
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
      const id = await ctx.prisma.$transaction(async (tx) => {
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
        await audit(tx, ctx, {
          action: 'recordRecommendation',
          entityType: 'Recommendation',
          entityId: recommendation.id,
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
    resolve: async (query, _root, { input }, ctx) => {
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
      await ctx.prisma.$transaction(async (tx) => {
        const before = await tx.recommendationResponse.findUnique({ where: { id } });
        if (!before) throw new NotFoundError('recommendation response', input.responseId);
        await assertCurrentVersion('response', input.expectedVersion, before.version, () =>
          lastChangeTo(tx, 'RecommendationResponse', before.id),
        );
        if (before.answer)
          throw new InvalidStateError(
            'This recommendation has already been answered; record its implementation instead.',
          );
        const updated = await tx.recommendationResponse.updateMany({
          where: { id, version: before.version },
          data: {
            answer: input.answer,
            reasons: input.reasons.trim(),
            plannedActions: input.plannedActions?.trim() || null,
            respondedOn: input.respondedOn,
            respondedBy: ctx.actor,
            version: { increment: 1 },
          },
        });
        assertWritten('response', updated);
        await audit(tx, ctx, {
          action: 'respondToRecommendation',
          entityType: 'RecommendationResponse',
          entityId: id,
          before,
          after: input,
        });
      });
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
    resolve: async (query, _root, { input }, ctx) => {
      const id = idOf('RecommendationResponse', input.responseId, ['input', 'responseId']);
      await ctx.prisma.$transaction(async (tx) => {
        const before = await tx.recommendationResponse.findUnique({ where: { id } });
        if (!before) throw new NotFoundError('recommendation response', input.responseId);
        await assertCurrentVersion('response', input.expectedVersion, before.version, () =>
          lastChangeTo(tx, 'RecommendationResponse', before.id),
        );
        if (!before.answer)
          throw new InvalidStateError(
            'Answer the recommendation before recording its implementation.',
          );
        const updated = await tx.recommendationResponse.updateMany({
          where: { id, version: before.version },
          data: { implementation: input.implementation, version: { increment: 1 } },
        });
        assertWritten('response', updated);
        await audit(tx, ctx, {
          action: 'recordImplementation',
          entityType: 'RecommendationResponse',
          entityId: id,
          before: { implementation: before.implementation },
          after: { implementation: input.implementation },
        });
      });
      return ctx.prisma.recommendationResponse.findUniqueOrThrow({
        ...selectionOf(query),
        where: { id },
      });
    },
  }),
);
