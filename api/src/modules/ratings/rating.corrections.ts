/**
 * Correcting or withdrawing a recorded rating, with a reason. The leads who may record ratings
 * on its framework (or an administrator) correct its grade, date or published reason, or
 * withdraw it; the earlier value stays in the history (FactCorrection) and the audit trail, and
 * the public agency page shows the corrected value and when. A withdrawn rating no longer
 * counts anywhere: not on the public pages, the comparison, nor in who owes an action plan.
 */
import { z } from 'zod';
import { builder } from '../../builder.ts';
import type { FieldIssue } from '../../errors.ts';
import { mayCorrectRating } from '../access/rating.access.ts';
import { closedBefore } from '../organisations/agency.rules.ts';
import { isoDay, longDate } from '../shared/calendar.ts';
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
import { frameworkPeriodIssues } from './rating-period.rules.ts';
import { victimsArea } from './rating.select.ts';
import { ratingScales } from './rating.reference.ts';

const CorrectRatingInput = builder.inputType('CorrectRatingInput', {
  fields: (t) => ({
    ratingId: t.id({ required: true }),
    expectedVersion: t.int({ required: true }),
    withdraw: t.boolean({
      required: false,
      description: 'True to withdraw the rating: it then no longer counts anywhere.',
    }),
    gradeId: t.id({ required: false, description: 'The corrected grade, of the same framework.' }),
    ratedOn: t.field({ type: 'Date', required: false }),
    rationale: t.string({ required: false, validate: z.string().trim().max(5000) }),
    reason: t.string({
      required: true,
      description: 'Why it is corrected or withdrawn; kept in the history.',
      validate: z.string().max(2000),
    }),
  }),
});

builder.mutationField('correctRating', (t) =>
  t.prismaField({
    type: 'Rating',
    description:
      'Corrects the grade, date or published reason of a rating, or withdraws it, with a reason; the earlier value stays in its history.',
    errors: {},
    authScopes: (_root, { input }) => ({ ratingCorrector: String(input.ratingId) }),
    args: { input: t.arg({ type: CorrectRatingInput, required: true }) },
    resolve: async (query, _root, { input }, ctx, info) => {
      const id = idOf('Rating', String(input.ratingId), ['input', 'ratingId']);
      const withdraw = !!input.withdraw;
      const today = ukToday(ctx.now());
      const sent = withdraw
        ? {}
        : {
            gradeId: input.gradeId == null ? undefined : String(input.gradeId),
            ratedOn: input.ratedOn ?? undefined,
            rationale: input.rationale?.trim() || undefined,
          };
      await inMutation(ctx, info, (steps) =>
        changeVersioned(steps, {
          what: 'rating',
          entityType: 'Rating',
          id,
          globalId: String(input.ratingId),
          expectedVersion: input.expectedVersion,
          read: (tx) =>
            tx.rating.findUnique({
              where: { id },
              include: { framework: { include: { grades: true } }, agency: true },
            }),
          inputIssues: async (rating) => {
            const issues: FieldIssue[] = reasonIssues(input.reason, withdraw);
            if (withdraw) return issues;
            if (input.rationale != null && (input.rationale.trim().length ?? 0) < 10)
              issues.push({
                field: ['input', 'rationale'],
                message: 'Give the published reason for the grade.',
              });
            if (sent.gradeId && !rating.framework.grades.some((g) => g.id === sent.gradeId))
              issues.push({
                field: ['input', 'gradeId'],
                message: `That is not a grade of ${rating.framework.name}.`,
              });
            if (sent.ratedOn) {
              const dated = futureDateIssue(
                ['input', 'ratedOn'],
                'Date rated',
                sent.ratedOn,
                today,
              );
              issues.push(...dated);
              if (!dated.length)
                issues.push(...frameworkPeriodIssues(rating.framework, sent.ratedOn));
              if (closedBefore(rating.agency, sent.ratedOn))
                issues.push({
                  field: ['input', 'ratedOn'],
                  message: `${rating.agency.name} closed on ${longDate(rating.agency.closedOn!)}: a rating must be dated on or before then.`,
                });
              if (
                sent.ratedOn.getTime() !== rating.ratedOn.getTime() &&
                (await steps.tx.rating.findFirst({
                  where: {
                    agencyId: rating.agencyId,
                    frameworkId: rating.frameworkId,
                    areaCode: rating.areaCode,
                    ratedOn: sent.ratedOn,
                  },
                  select: { id: true },
                }))
              )
                issues.push({
                  field: ['input', 'ratedOn'],
                  message: `${rating.agency.name} already has a ${rating.framework.name} rating for that area on ${isoDay(sent.ratedOn)}.`,
                });
            }
            issues.push(...unchangedIssues(rating, sent));
            return issues;
          },
          rules: (rating) => assertStillStands(rating, 'rating'),
          write: (tx, rating) =>
            tx.rating.updateMany({
              where: { id, version: rating.version },
              data: {
                ...sent,
                ...correctionMarks(withdraw, input.reason, ctx.now()),
                version: { increment: 1 },
              },
            }),
          alsoWrite: (tx, rating) =>
            recordCorrection(tx, ctx.actor, {
              entityType: 'Rating',
              entityId: id,
              withdrawn: withdraw,
              before: recorded(rating),
              after: withdraw ? undefined : { ...recorded(rating), ...sent },
              reason: input.reason,
            }),
          audited: (rating) => ({
            before: recorded(rating),
            after: {
              ...(withdraw ? { withdrawn: true } : sent),
              reason: input.reason.trim(),
              version: rating.version + 1,
            },
          }),
        }),
      );
      return ctx.prisma.rating.findUniqueOrThrow({ ...selectionOf(query), where: { id } });
    },
  }),
);

const recorded = (rating: { gradeId: string; ratedOn: Date; rationale: string }) => ({
  gradeId: rating.gradeId,
  ratedOn: rating.ratedOn,
  rationale: rating.rationale,
});

const RatingViewerCanRef = builder.objectRef<{ correct: boolean }>('RatingViewerCan').implement({
  description: 'What the signed-in person may do with the rating.',
  fields: (t) => ({
    correct: t.exposeBoolean('correct', {
      description:
        'correctRating: leads of the inspectorate that owns its framework, while it stands.',
    }),
  }),
});

builder.prismaObjectFields('Rating', (t) => ({
  version: t.exposeInt('version'),
  correctedAt: t.expose('correctedAt', {
    type: 'DateTime',
    nullable: true,
    description: 'When the rating was last corrected; correctionReason says why.',
  }),
  correctionReason: t.exposeString('correctionReason', { nullable: true }),
  withdrawnAt: t.expose('withdrawnAt', {
    type: 'DateTime',
    nullable: true,
    description: 'When the rating was withdrawn: it then no longer counts anywhere.',
  }),
  withdrawalReason: t.exposeString('withdrawalReason', { nullable: true }),
  viewerCan: t.field({
    type: RatingViewerCanRef,
    // Scalars every rating is read with, and the framework's inspectorate from the kept scales:
    // no `select`, which would make Pothos read again ratings the comparison built itself.
    resolve: async (rating, _args, ctx) => {
      const framework = (await ratingScales(ctx).frameworks()).get(rating.frameworkId);
      return {
        correct: !rating.withdrawnAt && !!framework && mayCorrectRating(ctx.viewer, framework),
      };
    },
  }),
}));

builder.prismaObjectFields('Agency', (t) => ({
  withdrawnVictimsRatings: t.relation('ratings', {
    description:
      'Victims’ ratings of the agency that were withdrawn, latest withdrawal first: they no longer count, and the page says so.',
    query: {
      where: { areaCode: victimsArea, withdrawnAt: { not: null } },
      orderBy: [{ withdrawnAt: 'desc' }],
    },
  }),
}));
