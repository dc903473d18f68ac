/**
 * Correcting or withdrawing a recorded recommendation, and an addressee's recorded answer, with
 * a reason. Inspectorate staff (who record recommendations) correct a recommendation's
 * reference or words, or withdraw it: a withdrawn recommendation leaves the public pages and
 * is owed no answer. The addressee's approvers (who answer) correct an answer, or withdraw it:
 * the addressee then owes an answer again. Administrators may do either. The earlier value stays
 * in the history (FactCorrection) and the audit trail; the public page says when and why.
 */
import { z } from 'zod';
import { builder } from '../../builder.ts';
import { InvalidStateError, type FieldIssue } from '../../errors.ts';
import { mayCorrectRecommendation } from '../access/recommendation.access.ts';
import { visibleWhere } from '../access/visibility.ts';
import { longDate } from '../shared/calendar.ts';
import { recordCorrection } from '../shared/correction.ts';
import {
  assertStillStands,
  correctionMarks,
  reasonIssues,
  unchangedIssues,
} from '../shared/correction.rules.ts';
import { idOf, selectionOf } from '../shared/ids.ts';
import { changeVersioned, inMutation } from '../shared/mutation.ts';
import { futureDateIssue, ukToday } from '../shared/uk-day.ts';
import { RecommendationAnswerEnum } from './recommendation.types.ts';

const CorrectRecommendationInput = builder.inputType('CorrectRecommendationInput', {
  fields: (t) => ({
    recommendationId: t.id({ required: true }),
    expectedVersion: t.int({ required: true }),
    withdraw: t.boolean({
      required: false,
      description: 'True to withdraw it: it leaves the public pages and is owed no answer.',
    }),
    reference: t.string({ required: false, validate: z.string().trim().max(50) }),
    text: t.string({ required: false, validate: z.string().trim().max(10000) }),
    reason: t.string({
      required: true,
      description: 'Why it is corrected or withdrawn; kept in the history.',
      validate: z.string().max(2000),
    }),
  }),
});

builder.mutationField('correctRecommendation', (t) =>
  t.prismaField({
    type: 'Recommendation',
    description:
      'Corrects the reference or words of a recommendation, or withdraws it, with a reason; the earlier value stays in its history.',
    errors: {},
    authScopes: { inspectorateStaff: true },
    args: { input: t.arg({ type: CorrectRecommendationInput, required: true }) },
    resolve: async (query, _root, { input }, ctx, info) => {
      const id = idOf('Recommendation', String(input.recommendationId), [
        'input',
        'recommendationId',
      ]);
      const withdraw = !!input.withdraw;
      const sent = withdraw
        ? {}
        : {
            reference: input.reference?.trim() || undefined,
            text: input.text?.trim() || undefined,
          };
      const recorded = (r: { reference: string; text: string }) => ({
        reference: r.reference,
        text: r.text,
      });
      await inMutation(ctx, info, (steps) =>
        changeVersioned(steps, {
          what: 'recommendation',
          entityType: 'Recommendation',
          id,
          globalId: String(input.recommendationId),
          expectedVersion: input.expectedVersion,
          read: (tx) =>
            tx.recommendation.findFirst({
              where: { AND: [{ id }, visibleWhere.Recommendation(ctx)] },
            }),
          inputIssues: (recommendation) => {
            const issues: FieldIssue[] = reasonIssues(input.reason, withdraw);
            if (withdraw) return issues;
            if (input.reference != null && !input.reference.trim())
              issues.push({
                field: ['input', 'reference'],
                message: 'Give the recommendation’s number or reference.',
              });
            if (input.text != null && input.text.trim().length < 10)
              issues.push({
                field: ['input', 'text'],
                message: 'Give the recommendation’s words.',
              });
            issues.push(...unchangedIssues(recommendation, sent));
            return issues;
          },
          rules: (recommendation) => assertStillStands(recommendation, 'recommendation'),
          write: (tx, recommendation) =>
            tx.recommendation.updateMany({
              where: { id, version: recommendation.version },
              data: {
                ...sent,
                ...correctionMarks(withdraw, input.reason, ctx.now()),
                version: { increment: 1 },
              },
            }),
          alsoWrite: (tx, recommendation) =>
            recordCorrection(tx, ctx.actor, {
              entityType: 'Recommendation',
              entityId: id,
              withdrawn: withdraw,
              before: recorded(recommendation),
              after: withdraw ? undefined : { ...recorded(recommendation), ...sent },
              reason: input.reason,
            }),
          audited: (recommendation) => ({
            before: recorded(recommendation),
            after: {
              ...(withdraw ? { withdrawn: true } : sent),
              reason: input.reason.trim(),
              version: recommendation.version + 1,
            },
          }),
        }),
      );
      return ctx.prisma.recommendation.findUniqueOrThrow({ ...selectionOf(query), where: { id } });
    },
  }),
);

const CorrectAnswerInput = builder.inputType('CorrectRecommendationResponseInput', {
  fields: (t) => ({
    responseId: t.id({ required: true }),
    expectedVersion: t.int({ required: true }),
    withdraw: t.boolean({
      required: false,
      description: 'True to withdraw the answer: the addressee then owes one again.',
    }),
    answer: t.field({ type: RecommendationAnswerEnum, required: false }),
    reasons: t.string({ required: false, validate: z.string().trim().max(10000) }),
    plannedActions: t.string({ required: false, validate: z.string().trim().max(10000) }),
    respondedOn: t.field({ type: 'Date', required: false }),
    reason: t.string({
      required: true,
      description: 'Why it is corrected or withdrawn; kept in the history.',
      validate: z.string().max(2000),
    }),
  }),
});

type Answer = {
  answer: string | null;
  reasons: string | null;
  plannedActions: string | null;
  respondedOn: Date | null;
};
const answerOf = (r: Answer) => ({
  answer: r.answer,
  reasons: r.reasons,
  plannedActions: r.plannedActions,
  respondedOn: r.respondedOn,
});

builder.mutationField('correctRecommendationResponse', (t) =>
  t.prismaField({
    type: 'RecommendationResponse',
    description:
      'Corrects an addressee’s recorded answer, or withdraws it (the addressee then owes one again), with a reason; the earlier answer stays in its history.',
    errors: {},
    authScopes: (_root, { input }) => ({ answerCorrector: String(input.responseId) }),
    args: { input: t.arg({ type: CorrectAnswerInput, required: true }) },
    resolve: async (query, _root, { input }, ctx, info) => {
      const id = idOf('RecommendationResponse', String(input.responseId), ['input', 'responseId']);
      const withdraw = !!input.withdraw;
      const today = ukToday(ctx.now());
      const sent = withdraw
        ? {}
        : {
            answer: input.answer ?? undefined,
            reasons: input.reasons?.trim() || undefined,
            plannedActions: input.plannedActions?.trim() || undefined,
            respondedOn: input.respondedOn ?? undefined,
          };
      await inMutation(ctx, info, (steps) =>
        changeVersioned(steps, {
          what: 'response',
          entityType: 'RecommendationResponse',
          id,
          globalId: String(input.responseId),
          expectedVersion: input.expectedVersion,
          read: (tx) =>
            tx.recommendationResponse.findFirst({
              where: { AND: [{ id }, visibleWhere.RecommendationResponse(ctx)] },
              include: { recommendation: { select: { publishedOn: true } } },
            }),
          inputIssues: (response) => {
            const issues: FieldIssue[] = reasonIssues(input.reason, withdraw);
            if (withdraw) return issues;
            if (input.reasons != null && input.reasons.trim().length < 10)
              issues.push({
                field: ['input', 'reasons'],
                message: 'Give the reasons for your answer.',
              });
            const answer = sent.answer ?? response.answer;
            if (
              answer &&
              answer !== 'NOT_ACCEPTED' &&
              !(sent.plannedActions ?? response.plannedActions)
            )
              issues.push({
                field: ['input', 'plannedActions'],
                message: 'Say what you will do about the recommendation.',
              });
            if (sent.respondedOn) {
              const dated = futureDateIssue(
                ['input', 'respondedOn'],
                'Date answered',
                sent.respondedOn,
                today,
              );
              issues.push(...dated);
              if (!dated.length && sent.respondedOn < response.recommendation.publishedOn)
                issues.push({
                  field: ['input', 'respondedOn'],
                  message: `Date answered must be the same as or after ${longDate(response.recommendation.publishedOn)}, the day the report was published`,
                });
            }
            issues.push(...unchangedIssues(response, sent));
            return issues;
          },
          rules: (response) => {
            if (!response.answer)
              throw new InvalidStateError(
                'This recommendation has not been answered, so there is no answer to correct.',
              );
          },
          write: (tx, response) =>
            tx.recommendationResponse.updateMany({
              where: { id, version: response.version },
              data: {
                ...(withdraw
                  ? {
                      answer: null,
                      reasons: null,
                      plannedActions: null,
                      respondedOn: null,
                      respondedBy: null,
                      implementation: 'OPEN',
                    }
                  : sent),
                ...correctionMarks(withdraw, input.reason, ctx.now()),
                version: { increment: 1 },
              },
            }),
          alsoWrite: (tx, response) =>
            recordCorrection(tx, ctx.actor, {
              entityType: 'RecommendationResponse',
              entityId: id,
              withdrawn: withdraw,
              before: { ...answerOf(response), respondedBy: response.respondedBy },
              after: withdraw ? undefined : { ...answerOf(response), ...sent },
              reason: input.reason,
            }),
          audited: (response) => ({
            before: answerOf(response),
            after: {
              ...(withdraw ? { withdrawn: true } : sent),
              reason: input.reason.trim(),
              version: response.version + 1,
            },
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

const correctionFields = {
  correctedAt: 'When it was last corrected; correctionReason says why.',
  withdrawnAt: 'When it was withdrawn; withdrawalReason says why.',
};

builder.prismaObjectFields('Recommendation', (t) => ({
  version: t.exposeInt('version'),
  correctedAt: t.expose('correctedAt', {
    type: 'DateTime',
    nullable: true,
    description: correctionFields.correctedAt,
  }),
  correctionReason: t.exposeString('correctionReason', { nullable: true }),
  withdrawnAt: t.expose('withdrawnAt', {
    type: 'DateTime',
    nullable: true,
    description: `${correctionFields.withdrawnAt} A withdrawn recommendation is owed no answer.`,
  }),
  withdrawalReason: t.exposeString('withdrawalReason', { nullable: true }),
  viewerCanCorrect: t.boolean({
    description: 'correctRecommendation: inspectorate staff, while it stands.',
    select: { withdrawnAt: true },
    resolve: (r, _args, ctx) => !r.withdrawnAt && mayCorrectRecommendation(ctx.viewer),
  }),
}));

builder.prismaObjectFields('RecommendationResponse', (t) => ({
  correctedAt: t.expose('correctedAt', {
    type: 'DateTime',
    nullable: true,
    description: correctionFields.correctedAt,
  }),
  correctionReason: t.exposeString('correctionReason', { nullable: true }),
  withdrawnAt: t.expose('withdrawnAt', {
    type: 'DateTime',
    nullable: true,
    description: `When an answer was last withdrawn; withdrawalReason says why. The addressee owes one again.`,
  }),
  withdrawalReason: t.exposeString('withdrawalReason', { nullable: true }),
}));
