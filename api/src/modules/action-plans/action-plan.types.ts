import { ActionPlanReason, ActionPlanStatus, PlanActionStatus } from '@cjji/db';
import { builder } from '../../builder.ts';
import { NotFoundError } from '../../errors.ts';
import { idOf } from '../shared/ids.ts';
import { startOfDay } from '../shared/calendar.ts';
import { planParties } from '../access/action-plan.scopes.ts';
import { maySeeWithParent, rememberVisibility } from '../access/visibility.ts';
import { visibleInspection } from '../inspections/inspection.types.ts';
import {
  mayEditPlan,
  mayReadPlanWorkings,
  maySeePlan,
  movesOpenTo,
  visiblePlansWhere,
} from '../access/action-plan.access.ts';
import { allowedMoves } from './action-plan.rules.ts';
import { staffName, staffNameNote } from '../shared/staff-names.ts';

export const ActionPlanStatusEnum = builder.enumType(ActionPlanStatus, {
  name: 'ActionPlanStatus',
});
export const ActionPlanReasonEnum = builder.enumType(ActionPlanReason, {
  name: 'ActionPlanReason',
});
export const PlanActionStatusEnum = builder.enumType(PlanActionStatus, {
  name: 'PlanActionStatus',
});

export const ActionPlanRef = builder.prismaNode('ActionPlan', {
  description: 'An agency’s plan to improve how it treats victims, from draft to closure.',
  // Checked on every plan returned by any path (node, nested fields), not only the list queries.
  authScopes: async (plan, ctx) => {
    const visible = maySeePlan(ctx.viewer, await planParties(ctx, plan));
    // Its actions, events and versions are seen with it: they ask this answer, not the database.
    rememberVisibility(ctx, 'ActionPlan', plan.id, visible);
    return visible;
  },
  id: { field: 'id' },
  fields: (t) => ({
    title: t.exposeString('title'),
    summary: t.exposeString('summary'),
    reason: t.expose('reason', { type: ActionPlanReasonEnum }),
    status: t.expose('status', { type: ActionPlanStatusEnum }),
    version: t.exposeInt('version'),
    agency: t.relation('agency'),
    rating: t.relation('rating', {
      nullable: true,
      description: 'The rating that made the plan owed.',
    }),
    inspection: t.prismaField({
      type: 'Inspection',
      nullable: true,
      resolve: (query, plan, _args, ctx) => visibleInspection(query, plan.inspectionId, ctx),
    }),
    escalation: t.relation('escalation', { nullable: true }),
    reviewingInspectorate: t.relation('reviewingInspectorate'),
    responsibleMinister: t.relation('responsibleMinister', {
      description: 'The minister who lays the plan before Parliament.',
    }),
    laidOn: t.expose('laidOn', { type: 'Date', nullable: true }),
    paperReference: t.exposeString('paperReference', { nullable: true }),
    publishedOn: t.expose('publishedOn', { type: 'Date', nullable: true }),
    laidCorrectedAt: t.expose('laidCorrectedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When the laying was last corrected; the history says from what and why.',
    }),
    publishedCorrectedAt: t.expose('publishedCorrectedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When the publication was last corrected; the history says from what and why.',
    }),
    publishedUrl: t.exposeString('publishedUrl', { nullable: true }),
    publishedBy: t.relation('publishedBy', {
      nullable: true,
      description: 'The local policing body that published a police force’s plan.',
    }),
    actions: t.relation('actions', { query: { orderBy: { position: 'asc' } } }),
    // The review's workings are for those who take part in it: others get an empty list.
    history: t.relation('events', {
      description:
        'Every move: who, when and why. Empty for the public and for organisations with no part in the review.',
      query: { orderBy: { at: 'asc' } },
      authScopes: async (plan, _args, ctx) =>
        mayReadPlanWorkings(ctx.viewer, await planParties(ctx, plan)),
      unauthorizedResolver: () => [] as never,
    }),
    versions: t.relation('versions', {
      description:
        'The plan as submitted each time, latest first. Empty for the public and for organisations with no part in the review.',
      query: { orderBy: { number: 'desc' } },
      authScopes: async (plan, _args, ctx) =>
        mayReadPlanWorkings(ctx.viewer, await planParties(ctx, plan)),
      unauthorizedResolver: () => [] as never,
    }),
    nextMoves: t.field({
      type: [ActionPlanStatusEnum],
      description: 'The statuses the plan can move to next.',
      select: { agency: { select: { kindCode: true } } },
      resolve: (plan) => allowedMoves(plan.status, plan.agency.kindCode === 'POLICE_FORCE'),
    }),
    youMayEdit: t.boolean({
      description:
        'Whether the signed-in person may write the plan’s drafts and record progress on its actions (its agency’s editors and approvers).',
      deprecationReason: 'Use viewerCan { saveDraft recordProgress }.',
      resolve: (plan, _args, ctx) => mayEditPlan(ctx.viewer, plan),
    }),
    yourMoves: t.field({
      type: [ActionPlanStatusEnum],
      description:
        'The next moves the signed-in person’s roles let them make; the others are for another body.',
      deprecationReason: 'Use viewerCan { moveTo }.',
      select: { agency: { select: { kindCode: true } } },
      resolve: async (plan, _args, ctx) =>
        movesOpenTo(
          ctx.viewer,
          await planParties(ctx, plan),
          plan.agency.kindCode === 'POLICE_FORCE',
        ),
    }),
  }),
});

builder.prismaNode('PlanAction', {
  // Seen with its plan (access/visibility.ts), by whatever path it is reached.
  authScopes: (action, ctx) =>
    maySeeWithParent(
      ctx,
      { type: 'PlanAction', id: action.id },
      { type: 'ActionPlan', id: action.planId },
    ),
  id: { field: 'id' },
  fields: (t) => ({
    description: t.exposeString('description'),
    owner: t.exposeString('owner'),
    targetDate: t.expose('targetDate', { type: 'Date' }),
    status: t.expose('status', { type: PlanActionStatusEnum }),
    overdue: t.boolean({
      description: 'Past its target date and neither done nor dropped.',
      resolve: (action, _args, ctx) =>
        action.targetDate < startOfDay(ctx.now()) &&
        action.status !== 'DONE' &&
        action.status !== 'DROPPED',
    }),
    progress: t.relation('progress', { query: { orderBy: { recordedAt: 'desc' } } }),
  }),
});

builder.prismaObject('ActionProgress', {
  authScopes: (progress, ctx) =>
    maySeeWithParent(
      ctx,
      { type: 'ActionProgress', id: progress.id },
      { type: 'PlanAction', id: progress.actionId },
    ),
  fields: (t) => ({
    note: t.exposeString('note'),
    evidenceUrl: t.exposeString('evidenceUrl', { nullable: true }),
    recordedBy: t.string({
      nullable: true,
      description: staffNameNote,
      resolve: (progress, _args, ctx) => staffName(progress.recordedBy, ctx),
    }),
    recordedAt: t.expose('recordedAt', { type: 'DateTime' }),
  }),
});

builder.prismaObject('ActionPlanEvent', {
  authScopes: (event, ctx) =>
    maySeeWithParent(
      ctx,
      { type: 'ActionPlanEvent', id: event.id },
      { type: 'ActionPlan', id: event.planId },
    ),
  fields: (t) => ({
    fromStatus: t.expose('fromStatus', { type: ActionPlanStatusEnum, nullable: true }),
    toStatus: t.expose('toStatus', { type: ActionPlanStatusEnum }),
    by: t.exposeString('by'),
    at: t.expose('at', { type: 'DateTime' }),
    comment: t.exposeString('comment', {
      nullable: true,
      description: 'Why; for a returned plan, the inspectorate’s comments.',
    }),
  }),
});

const VersionActionRef = builder
  .objectRef<{ description: string; owner: string; targetDate: string }>('ActionPlanVersionAction')
  .implement({
    fields: (t) => ({
      description: t.exposeString('description'),
      owner: t.exposeString('owner'),
      targetDate: t.exposeString('targetDate'),
    }),
  });

builder.prismaObject('ActionPlanVersion', {
  authScopes: (version, ctx) =>
    maySeeWithParent(
      ctx,
      { type: 'ActionPlanVersion', id: version.id },
      { type: 'ActionPlan', id: version.planId },
    ),
  fields: (t) => ({
    number: t.exposeInt('number'),
    summary: t.exposeString('summary'),
    actions: t.field({
      type: [VersionActionRef],
      resolve: (version) =>
        version.actions as Array<{ description: string; owner: string; targetDate: string }>,
    }),
    submittedBy: t.exposeString('submittedBy'),
    submittedAt: t.expose('submittedAt', { type: 'DateTime' }),
  }),
});

builder.queryField('actionPlans', (t) =>
  t.prismaField({
    type: [ActionPlanRef],
    description: 'Action plans, newest first, optionally of some statuses or one agency.',
    args: {
      statuses: t.arg({ type: [ActionPlanStatusEnum], required: false }),
      agencyId: t.arg.id({ required: false }),
    },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.actionPlan.findMany({
        ...query,
        where: {
          AND: [
            visiblePlansWhere(ctx.viewer),
            {
              ...(args.statuses?.length ? { status: { in: args.statuses } } : {}),
              ...(args.agencyId ? { agencyId: idOf('Agency', args.agencyId, ['agencyId']) } : {}),
            },
          ],
        },
        orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }],
      }),
  }),
);

builder.queryField('actionPlan', (t) =>
  t.prismaField({
    type: ActionPlanRef,
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const plan = await ctx.prisma.actionPlan.findFirst({
        ...query,
        where: { AND: [{ id: idOf('ActionPlan', args.id) }, visiblePlansWhere(ctx.viewer)] },
      });
      // A plan the viewer may not see is answered as if it did not exist.
      if (!plan) throw new NotFoundError('action plan', args.id);
      return plan;
    },
  }),
);
