/**
 * Correcting a recorded fact of a plan's life: the laying (date and paper) or the publication
 * (date and address). Whoever may record it (the minister's office, the local policing body's
 * office) or an administrator corrects it with a reason; the earlier value stays in the plan's
 * history and the audit trail, and the public page says when it was corrected.
 */
import { z } from 'zod';
import { builder } from '../../builder.ts';
import { InvalidInputError, InvalidStateError, NotFoundError } from '../../errors.ts';
import { assertCurrentVersion, assertWritten, lastChangeTo } from '../shared/concurrency.ts';
import { inMutation } from '../shared/mutation.ts';
import { longDate } from '../shared/calendar.ts';
import { idOf, selectionOf } from '../shared/ids.ts';
import { ukToday } from '../shared/uk-day.ts';
import { planParties } from '../access/action-plan.scopes.ts';
import { visibleWhere } from '../access/visibility.ts';
import { mayMovePlan } from '../access/action-plan.access.ts';
import { assertMoveDetails } from './action-plan.rules.ts';
import { ActionPlanRef } from './action-plan.types.ts';

const PlanFactEnum = builder.enumType('ActionPlanFact', {
  values: {
    LAYING: { description: 'The date the plan was laid before Parliament, and the paper.' },
    PUBLICATION: { description: 'The date the plan was published, and its address.' },
  },
});

const CorrectInput = builder.inputType('CorrectActionPlanFactInput', {
  fields: (t) => ({
    planId: t.id({ required: true }),
    expectedVersion: t.int({ required: true }),
    fact: t.field({ type: PlanFactEnum, required: true }),
    laidOn: t.field({ type: 'Date', required: false }),
    paperReference: t.string({ required: false, validate: z.string().trim().max(100) }),
    publishedOn: t.field({ type: 'Date', required: false }),
    publishedUrl: t.string({ required: false, validate: z.string().trim().max(2000) }),
    reason: t.string({
      required: true,
      validate: z
        .string()
        .trim()
        .min(5, 'Say why it is corrected: the reason is kept with the plan.')
        .max(2000),
    }),
  }),
});

builder.mutationField('correctActionPlanFact', (t) =>
  t.prismaField({
    type: ActionPlanRef,
    description:
      'Corrects the laying or the publication of a plan, with a reason; the earlier value stays in its history.',
    errors: {},
    authScopes: (_root, { input }) => ({
      planMove: { planId: input.planId, to: input.fact === 'LAYING' ? 'LAID' : 'PUBLISHED' },
    }),
    args: { input: t.arg({ type: CorrectInput, required: true }) },
    resolve: async (query, _root, { input }, ctx, info) => {
      const id = idOf('ActionPlan', input.planId, ['input', 'planId']);
      await inMutation(ctx, info, async ({ tx, audit }) => {
        // A plan the viewer may not see is answered as a missing one, before the version check
        // (whose conflict message would say that it exists and who changed it).
        const plan = await tx.actionPlan.findFirst({
          where: { AND: [{ id }, visibleWhere.ActionPlan(ctx)] },
        });
        if (!plan) throw new NotFoundError('action plan', input.planId);
        await assertCurrentVersion('action plan', input.expectedVersion, plan.version, () =>
          lastChangeTo(tx, 'ActionPlan', plan.id),
        );
        const laying = input.fact === 'LAYING';
        if (laying ? !plan.laidOn : !plan.publishedOn)
          throw new InvalidStateError(
            laying
              ? 'The plan has not been laid, so there is no laying to correct.'
              : 'The plan has not been published, so there is no publication to correct.',
          );
        const today = ukToday(ctx.now());
        assertMoveDetails(laying ? 'LAID' : 'PUBLISHED', {
          ...input,
          wasLaidOn: laying ? null : plan.laidOn,
          today,
        });
        if (laying && plan.publishedOn && input.laidOn! > plan.publishedOn)
          throw new InvalidInputError(
            ['input', 'laidOn'],
            `Date laid must be the same as or before ${longDate(plan.publishedOn)}, the day the plan was published`,
          );
        const before = laying
          ? { laidOn: plan.laidOn, paperReference: plan.paperReference }
          : { publishedOn: plan.publishedOn, publishedUrl: plan.publishedUrl };
        const after = laying
          ? { laidOn: input.laidOn!, paperReference: input.paperReference!.trim() }
          : { publishedOn: input.publishedOn!, publishedUrl: input.publishedUrl!.trim() };
        const at = ctx.now();
        const updated = await tx.actionPlan.updateMany({
          where: { id, version: plan.version },
          data: {
            ...after,
            ...(laying ? { laidCorrectedAt: at } : { publishedCorrectedAt: at }),
            version: { increment: 1 },
          },
        });
        assertWritten('action plan', updated);
        const words = (value: typeof before | typeof after) =>
          'laidOn' in value
            ? `${value.laidOn ? longDate(value.laidOn) : 'no date'} (${value.paperReference})`
            : `${value.publishedOn ? longDate(value.publishedOn) : 'no date'} at ${value.publishedUrl}`;
        await tx.actionPlanEvent.create({
          data: {
            planId: id,
            fromStatus: plan.status,
            toStatus: plan.status,
            by: ctx.actor,
            comment: `${laying ? 'Laying' : 'Publication'} corrected from ${words(before)} to ${words(after)}: ${input.reason.trim()}`,
          },
        });
        await audit('ActionPlan', id, {
          before,
          after: { ...after, reason: input.reason.trim(), version: plan.version + 1 },
        });
      });
      return ctx.prisma.actionPlan.findUniqueOrThrow({ ...selectionOf(query), where: { id } });
    },
  }),
);

builder.prismaObjectFields('ActionPlan', (t) => ({
  yourCorrections: t.field({
    type: [PlanFactEnum],
    description:
      'The recorded facts the signed-in person may correct: the laying for the minister’s office, the publication for the local policing body’s office.',
    select: { laidOn: true, publishedOn: true },
    resolve: async (plan, _args, ctx) => {
      const parties = await planParties(ctx, plan);
      return [
        ...(plan.laidOn && mayMovePlan(ctx.viewer, parties, 'LAID') ? ['LAYING' as const] : []),
        ...(plan.publishedOn && mayMovePlan(ctx.viewer, parties, 'PUBLISHED')
          ? ['PUBLICATION' as const]
          : []),
      ];
    },
  }),
}));
