import type { Prisma } from '@cjji/db';
import { z } from 'zod';
import { builder } from '../../builder.ts';
import { InvalidInputError, InvalidStateError, NotFoundError } from '../../errors.ts';
import {
  termInForceOn,
  type PolicingBodyTerm,
} from '../organisations/local-policing-body.rules.ts';
import { remitProblemFor } from '../organisations/remit.ts';
import { visibleWhere } from '../access/visibility.ts';
import { changeVersioned, inMutation } from '../shared/mutation.ts';
import { isoDay, longDate } from '../shared/calendar.ts';
import { idOf, selectionOf } from '../shared/ids.ts';
import { issuesOf, ukToday } from '../shared/uk-day.ts';
import {
  actionTargetIssues,
  assertMoveDetails,
  assertPlanEditable,
  assertPlanMove,
  progressRecordable,
} from './action-plan.rules.ts';
import {
  ActionPlanReasonEnum,
  ActionPlanRef,
  ActionPlanStatusEnum,
  PlanActionStatusEnum,
} from './action-plan.types.ts';

/**
 * The plan a change is made to, as changeVersioned reads it. A plan the viewer may not see is
 * answered as a missing one, before the version check (whose conflict message names who changed
 * it, and what).
 */
export const planRecord = (id: string, input: { planId: string; expectedVersion: number }) => ({
  what: 'action plan',
  entityType: 'ActionPlan',
  id,
  globalId: input.planId,
  expectedVersion: input.expectedVersion,
});

const OpenActionPlanInput = builder.inputType('OpenActionPlanInput', {
  fields: (t) => ({
    agencyId: t.id({ required: true }),
    reason: t.field({ type: ActionPlanReasonEnum, required: true }),
    ratingId: t.id({ required: false }),
    inspectionId: t.id({ required: false }),
    escalationId: t.id({ required: false }),
    reviewingInspectorateId: t.id({ required: true }),
    title: t.string({
      required: true,
      validate: z.string().trim().min(3, 'Give the plan a title.').max(200),
    }),
    summary: t.string({
      required: true,
      validate: z.string().trim().min(10, 'Summarise what the plan will put right.').max(10000),
    }),
  }),
});

builder.mutationField('openActionPlan', (t) =>
  t.prismaField({
    type: ActionPlanRef,
    description:
      'Starts a draft action plan for an agency; the minister who will lay it follows from the agency’s kind.',
    errors: {},
    // The agency's own act: an inspectorate reviews a plan but does not open it, and could not
    // read back the draft it opened (drafts are the agency's), so it is refused before writing.
    authScopes: (_root, { input }) => ({ agencyEditorFor: input.agencyId }),
    args: { input: t.arg({ type: OpenActionPlanInput, required: true }) },
    resolve: async (query, _root, { input }, ctx, info) => {
      const agencyId = idOf('Agency', input.agencyId, ['input', 'agencyId']);
      const reviewingInspectorateId = idOf('Inspectorate', input.reviewingInspectorateId, [
        'input',
        'reviewingInspectorateId',
      ]);
      const links = {
        ratingId: input.ratingId ? idOf('Rating', input.ratingId, ['input', 'ratingId']) : null,
        inspectionId: input.inspectionId
          ? idOf('Inspection', input.inspectionId, ['input', 'inspectionId'])
          : null,
        escalationId: input.escalationId
          ? idOf('Escalation', input.escalationId, ['input', 'escalationId'])
          : null,
      };
      const needed = {
        RATING: 'ratingId',
        INSPECTION_FINDINGS: 'inspectionId',
        ESCALATION: 'escalationId',
      } as const;
      if (!links[needed[input.reason]]) {
        throw new InvalidInputError(
          ['input', needed[input.reason]],
          `Say which ${needed[input.reason].replace('Id', '')} the plan answers.`,
        );
      }
      const id = await inMutation(ctx, info, async ({ tx, audit }) => {
        const agency = await tx.agency.findUnique({
          where: { id: agencyId },
          include: { kind: true },
        });
        if (!agency) throw new NotFoundError('agency', input.agencyId);
        const outsideRemit = await remitProblemFor(tx, agencyId, reviewingInspectorateId);
        if (outsideRemit)
          throw new InvalidInputError(['input', 'reviewingInspectorateId'], outsideRemit);
        if (
          links.ratingId &&
          !(await tx.rating.findFirst({
            where: { id: links.ratingId, agencyId, withdrawnAt: null },
            select: { id: true },
          }))
        ) {
          throw new InvalidInputError(
            ['input', 'ratingId'],
            `That rating is not one of ${agency.name}'s.`,
          );
        }
        const plan = await tx.actionPlan.create({
          data: {
            agencyId,
            reviewingInspectorateId,
            ...links,
            reason: input.reason,
            title: input.title.trim(),
            summary: input.summary.trim(),
            responsibleMinisterId: agency.kind.responsibleMinisterId,
            events: { create: { toStatus: 'DRAFT', by: ctx.actor } },
          },
        });
        await audit('ActionPlan', plan.id, { after: plan });
        return plan.id;
      });
      return ctx.prisma.actionPlan.findUniqueOrThrow({ ...selectionOf(query), where: { id } });
    },
  }),
);

const ActionInput = builder.inputType('PlanActionInput', {
  fields: (t) => ({
    description: t.string({
      required: true,
      validate: z.string().trim().min(5, 'Describe the action.').max(2000),
    }),
    owner: t.string({
      required: true,
      validate: z.string().trim().min(2, 'Say who owns the action.').max(200),
    }),
    targetDate: t.field({ type: 'Date', required: true }),
  }),
});

const SaveDraftInput = builder.inputType('SaveActionPlanDraftInput', {
  fields: (t) => ({
    planId: t.id({ required: true }),
    expectedVersion: t.int({ required: true }),
    title: t.string({
      required: true,
      validate: z.string().trim().min(3, 'Give the plan a title.').max(200),
    }),
    summary: t.string({
      required: true,
      validate: z.string().trim().min(10, 'Summarise what the plan will put right.').max(10000),
    }),
    actions: t.field({
      type: [ActionInput],
      required: true,
      validate: z.array(z.any()).max(200, 'A plan has at most 200 actions.'),
    }),
    submit: t.boolean({
      required: false,
      description:
        'Submit the plan to the inspectorate once saved, in the same change, so that what the approver sees is what is submitted.',
    }),
  }),
});

builder.mutationField('saveActionPlanDraft', (t) =>
  t.prismaField({
    type: ActionPlanRef,
    description: 'Saves a draft or returned plan’s summary and actions.',
    errors: {},
    authScopes: (_root, { input }) =>
      input.submit
        ? {
            $all: { planEditor: input.planId, planMove: { planId: input.planId, to: 'SUBMITTED' } },
          }
        : { planEditor: input.planId },
    args: { input: t.arg({ type: SaveDraftInput, required: true }) },
    resolve: async (query, _root, { input }, ctx, info) => {
      const id = idOf('ActionPlan', input.planId, ['input', 'planId']);
      const actions = input.actions.map((action) => ({
        description: action.description.trim(),
        owner: action.owner.trim(),
        targetDate: action.targetDate,
      }));
      await inMutation(ctx, info, (steps) =>
        changeVersioned(steps, {
          ...planRecord(id, input),
          read: (tx) =>
            tx.actionPlan.findFirst({
              where: { AND: [{ id }, visibleWhere.ActionPlan(ctx)] },
              include: { actions: true },
            }),
          inputIssues: (before) =>
            issuesOf(actionTargetIssues(actions, ukToday(before.createdAt)), () => {
              if (input.submit) assertMoveDetails('SUBMITTED', { actions: actions.length });
            }),
          rules: (before) => {
            assertPlanEditable(before.status);
            if (input.submit) assertPlanMove(before.status, 'SUBMITTED', false);
          },
          write: (tx, before) =>
            tx.actionPlan.updateMany({
              where: { id, version: before.version },
              data: {
                title: input.title.trim(),
                summary: input.summary.trim(),
                ...(input.submit ? { status: 'SUBMITTED' as const } : {}),
                version: { increment: 1 },
              },
            }),
          alsoWrite: async (tx, before) => {
            await tx.planAction.deleteMany({ where: { planId: id } });
            await tx.planAction.createMany({
              data: actions.map((action, position) => ({ planId: id, position, ...action })),
            });
            if (input.submit) {
              await recordSubmission(tx, ctx.actor, id, input.summary.trim(), actions);
              await tx.actionPlanEvent.create({
                data: {
                  planId: id,
                  fromStatus: before.status,
                  toStatus: 'SUBMITTED',
                  by: ctx.actor,
                },
              });
            }
          },
          // Saved and submitted at once: one change, whose after says it moved to submitted.
          audited: (before) => ({
            before,
            after: input.submit ? { ...input, status: 'SUBMITTED' } : input,
          }),
        }),
      );
      return ctx.prisma.actionPlan.findUniqueOrThrow({ ...selectionOf(query), where: { id } });
    },
  }),
);

/** The submitted version, kept as it was: what the inspectorate reviews. */
async function recordSubmission(
  tx: Prisma.TransactionClient,
  submittedBy: string,
  planId: string,
  summary: string,
  actions: Array<{ description: string; owner: string; targetDate: Date }>,
): Promise<void> {
  const number = (await tx.actionPlanVersion.count({ where: { planId } })) + 1;
  await tx.actionPlanVersion.create({
    data: {
      planId,
      number,
      summary,
      submittedBy,
      actions: actions.map((a) => ({
        description: a.description,
        owner: a.owner,
        targetDate: isoDay(a.targetDate),
      })),
    },
  });
}

const MoveInput = builder.inputType('MoveActionPlanInput', {
  fields: (t) => ({
    planId: t.id({ required: true }),
    expectedVersion: t.int({ required: true }),
    status: t.field({ type: ActionPlanStatusEnum, required: true }),
    comment: t.string({ required: false, validate: z.string().trim().max(10000) }),
    laidOn: t.field({ type: 'Date', required: false }),
    paperReference: t.string({ required: false, validate: z.string().trim().max(100) }),
    publishedOn: t.field({ type: 'Date', required: false }),
    publishedUrl: t.string({ required: false, validate: z.string().trim().max(2000) }),
    localPolicingBodyId: t.id({
      required: false,
      description: 'For publication: the local policing body publishing the plan.',
    }),
  }),
});

type PlanWithPublishers = {
  agency: {
    name: string;
    localPolicingBodyTerms: PolicingBodyTerm<{ id: string; name: string }>[];
  };
};

/** The body that publishes: the one holding the role on the publication date, and no other. */
function publisherOf(
  plan: PlanWithPublishers,
  input: { publishedOn?: Date | null; localPolicingBodyId?: string | null },
) {
  const holder = termInForceOn(
    plan.agency.localPolicingBodyTerms,
    input.publishedOn!,
  )?.localPolicingBody;
  if (!holder)
    throw new InvalidStateError(
      `${plan.agency.name} had no local policing body on record on ${longDate(input.publishedOn!)}.`,
    );
  const publisherId = input.localPolicingBodyId
    ? idOf('LocalPolicingBody', input.localPolicingBodyId, ['input', 'localPolicingBodyId'])
    : holder.id;
  if (publisherId !== holder.id)
    throw new InvalidStateError(
      `Only ${holder.name}, the local policing body for ${plan.agency.name}, can publish its plan.`,
      ['input', 'localPolicingBodyId'],
    );
  return holder;
}

builder.mutationField('moveActionPlan', (t) =>
  t.prismaField({
    type: ActionPlanRef,
    description:
      'Submits, returns, accepts, lays, publishes, follows up or closes a plan, recording who, when and why.',
    errors: {},
    authScopes: (_root, { input }) => ({ planMove: { planId: input.planId, to: input.status } }),
    args: { input: t.arg({ type: MoveInput, required: true }) },
    resolve: async (query, _root, { input }, ctx, info) => {
      const id = idOf('ActionPlan', input.planId, ['input', 'planId']);
      await inMutation(ctx, info, (steps) =>
        changeVersioned(steps, {
          ...planRecord(id, input),
          read: (tx) =>
            tx.actionPlan.findFirst({
              where: { AND: [{ id }, visibleWhere.ActionPlan(ctx)] },
              include: {
                actions: { orderBy: { position: 'asc' } },
                agency: {
                  include: { localPolicingBodyTerms: { include: { localPolicingBody: true } } },
                },
              },
            }),
          rules: (plan) => {
            assertPlanMove(plan.status, input.status, plan.agency.kindCode === 'POLICE_FORCE');
            assertMoveDetails(input.status, {
              ...input,
              actions: plan.actions.length,
              wasLaidOn: plan.laidOn,
              today: ukToday(ctx.now()),
            });
            if (input.status === 'PUBLISHED') publisherOf(plan, input);
          },
          write: (tx, plan) =>
            tx.actionPlan.updateMany({ where: { id, version: plan.version }, data: moved(plan) }),
          alsoWrite: async (tx, plan) => {
            if (input.status === 'SUBMITTED')
              await recordSubmission(tx, ctx.actor, id, plan.summary, plan.actions);
            await tx.actionPlanEvent.create({
              data: {
                planId: id,
                fromStatus: plan.status,
                toStatus: input.status,
                by: ctx.actor,
                comment: input.comment?.trim() || null,
              },
            });
          },
          audited: (plan) => ({
            before: { status: plan.status },
            after: { ...moved(plan), version: plan.version + 1 },
          }),
        }),
      );
      /** What the move writes: the status, and the laying's or the publication's details. */
      function moved(plan: PlanWithPublishers) {
        const data: Prisma.ActionPlanUpdateManyMutationInput & { publishedById?: string } = {
          status: input.status,
          version: { increment: 1 },
        };
        if (input.status === 'LAID')
          Object.assign(data, {
            laidOn: input.laidOn,
            paperReference: input.paperReference!.trim(),
          });
        if (input.status === 'PUBLISHED')
          Object.assign(data, {
            publishedOn: input.publishedOn,
            publishedUrl: input.publishedUrl!.trim(),
            publishedById: publisherOf(plan, input).id,
          });
        return data;
      }
      return ctx.prisma.actionPlan.findUniqueOrThrow({ ...selectionOf(query), where: { id } });
    },
  }),
);

const ProgressInput = builder.inputType('RecordActionProgressInput', {
  fields: (t) => ({
    actionId: t.id({ required: true }),
    note: t.string({
      required: true,
      validate: z.string().trim().min(5, 'Say what has happened.').max(5000),
    }),
    evidenceUrl: t.string({ required: false, validate: z.string().trim().max(2000) }),
    status: t.field({ type: PlanActionStatusEnum, required: false }),
  }),
});

builder.mutationField('recordActionProgress', (t) =>
  t.prismaField({
    type: 'PlanAction',
    description: 'Records progress on an action of an accepted plan, with a link to evidence.',
    errors: {},
    authScopes: (_root, { input }) => ({ actionEditor: input.actionId }),
    args: { input: t.arg({ type: ProgressInput, required: true }) },
    resolve: async (query, _root, { input }, ctx, info) => {
      const id = idOf('PlanAction', input.actionId, ['input', 'actionId']);
      if (input.evidenceUrl && !/^https?:\/\/\S+$/.test(input.evidenceUrl.trim()))
        throw new InvalidInputError(
          ['input', 'evidenceUrl'],
          'Give the evidence as a web address starting https://.',
        );
      await inMutation(ctx, info, async ({ tx, audit }) => {
        const action = await tx.planAction.findFirst({
          where: { AND: [{ id }, visibleWhere.PlanAction(ctx)] },
          include: { plan: { select: { status: true } } },
        });
        if (!action) throw new NotFoundError('action', input.actionId);
        if (!progressRecordable(action.plan.status)) {
          throw new InvalidStateError(
            'Progress is recorded once the inspectorate has accepted the plan, and until it is closed.',
          );
        }
        await tx.actionProgress.create({
          data: {
            actionId: id,
            note: input.note.trim(),
            evidenceUrl: input.evidenceUrl?.trim() || null,
            recordedBy: ctx.actor,
          },
        });
        if (input.status)
          await tx.planAction.update({ where: { id }, data: { status: input.status } });
        await audit('PlanAction', id, { before: { status: action.status }, after: input });
      });
      return ctx.prisma.planAction.findUniqueOrThrow({ ...selectionOf(query), where: { id } });
    },
  }),
);
