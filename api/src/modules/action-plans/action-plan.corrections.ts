/**
 * Correcting a recorded fact of a plan's life: the laying (date and paper) or the publication
 * (date and address). Whoever may record it (the minister's office, the local policing body's
 * office) or an administrator corrects it with a reason; the earlier value stays in the plan's
 * history and the audit trail, and the public page says when it was corrected.
 */
import type { ActionPlan } from '@cjji/db';
import { z } from 'zod';
import { builder } from '../../builder.ts';
import { InvalidInputError, InvalidStateError } from '../../errors.ts';
import { changeVersioned, inMutation } from '../shared/mutation.ts';
import { longDate } from '../shared/calendar.ts';
import { idOf, selectionOf } from '../shared/ids.ts';
import { ukToday } from '../shared/uk-day.ts';
import { planParties } from '../access/action-plan.scopes.ts';
import { visibleWhere } from '../access/visibility.ts';
import { mayMovePlan } from '../access/action-plan.access.ts';
import { assertMoveDetails } from './action-plan.rules.ts';
import { ActionPlanRef } from './action-plan.types.ts';
import { planRecord } from './action-plan.mutations.ts';

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
      const laying = input.fact === 'LAYING';
      const after = laying
        ? { laidOn: input.laidOn!, paperReference: input.paperReference?.trim() }
        : { publishedOn: input.publishedOn!, publishedUrl: input.publishedUrl?.trim() };
      const recorded = (plan: ActionPlan) =>
        laying
          ? { laidOn: plan.laidOn, paperReference: plan.paperReference }
          : { publishedOn: plan.publishedOn, publishedUrl: plan.publishedUrl };
      await inMutation(ctx, info, (steps) =>
        changeVersioned(steps, {
          ...planRecord(id, input),
          read: (tx) =>
            tx.actionPlan.findFirst({ where: { AND: [{ id }, visibleWhere.ActionPlan(ctx)] } }),
          rules: (plan) => {
            if (laying ? !plan.laidOn : !plan.publishedOn)
              throw new InvalidStateError(
                laying
                  ? 'The plan has not been laid, so there is no laying to correct.'
                  : 'The plan has not been published, so there is no publication to correct.',
              );
            assertMoveDetails(laying ? 'LAID' : 'PUBLISHED', {
              ...input,
              wasLaidOn: laying ? null : plan.laidOn,
              today: ukToday(ctx.now()),
            });
            if (laying && plan.publishedOn && input.laidOn! > plan.publishedOn)
              throw new InvalidInputError(
                ['input', 'laidOn'],
                `Date laid must be the same as or before ${longDate(plan.publishedOn)}, the day the plan was published`,
              );
          },
          write: (tx, plan) => {
            const at = ctx.now();
            return tx.actionPlan.updateMany({
              where: { id, version: plan.version },
              data: {
                ...after,
                ...(laying ? { laidCorrectedAt: at } : { publishedCorrectedAt: at }),
                version: { increment: 1 },
              },
            });
          },
          alsoWrite: async (tx, plan) => {
            const words = (value: ReturnType<typeof recorded> | typeof after) =>
              'laidOn' in value
                ? `${value.laidOn ? longDate(value.laidOn) : 'no date'} (${value.paperReference})`
                : `${value.publishedOn ? longDate(value.publishedOn) : 'no date'} at ${value.publishedUrl}`;
            await tx.actionPlanEvent.create({
              data: {
                planId: id,
                fromStatus: plan.status,
                toStatus: plan.status,
                by: ctx.actor,
                comment: `${laying ? 'Laying' : 'Publication'} corrected from ${words(recorded(plan))} to ${words(after)}: ${input.reason.trim()}`,
              },
            });
          },
          audited: (plan) => ({
            before: recorded(plan),
            after: { ...after, reason: input.reason.trim(), version: plan.version + 1 },
          }),
        }),
      );
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
