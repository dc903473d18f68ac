/**
 * Who may see each kind of record that can be hidden: one rule per type, written once as a
 * database filter. Every path uses it: list queries and counts add the filter, nested lists
 * add it to their relation, and each type's `authScopes` asks the same filter (in one batched
 * query per type and request) for every record returned by any path, `node` and `nodes`
 * included. A record the rule hides is answered exactly as a missing one.
 *
 * Child records (an action, a phase, a version) are visible exactly when their parent is, so
 * their filters are their parent's, reached through the relation. Where a record's own columns
 * decide, the rule is also written as a plain function of the row (`maySeeRow`), so that no
 * query is needed; each such pair sits side by side below and is tested together.
 */
import type { Prisma, ProgrammeStatus } from '@cjji/db';
import type { Context } from '../../context.ts';
import { visiblePlansWhere } from './action-plan.access.ts';
import { maySeeProgramme, visibleProgrammesWhere } from './programme.access.ts';
import { startOfDay } from '../shared/calendar.ts';
import { inspectoratesLedBy, isAdministrator, isOverseer } from './viewer.ts';

/** A filter that matches no row: Prisma reads an empty `in` list as "none of these". */
const nothing = { id: { in: [] as string[] } };

/** The visibility filter of each type that can be hidden. */
export const visibleWhere = {
  Programme: (ctx: Pick<Context, 'viewer'>): Prisma.ProgrammeWhereInput =>
    visibleProgrammesWhere(ctx.viewer),
  /** An inspection, its phases and their staffing are seen with their programme. */
  Inspection: (ctx: Pick<Context, 'viewer'>): Prisma.InspectionWhereInput =>
    isOverseer(ctx.viewer) ? {} : { programme: visibleProgrammesWhere(ctx.viewer) },
  InspectionPhase: (ctx: Pick<Context, 'viewer'>): Prisma.InspectionPhaseWhereInput =>
    isOverseer(ctx.viewer) ? {} : { inspection: visibleWhere.Inspection(ctx) },
  PhaseStaffing: (ctx: Pick<Context, 'viewer'>): Prisma.PhaseStaffingWhereInput =>
    isOverseer(ctx.viewer) ? {} : { phase: visibleWhere.InspectionPhase(ctx) },
  ActionPlan: (ctx: Pick<Context, 'viewer'>): Prisma.ActionPlanWhereInput =>
    visiblePlansWhere(ctx.viewer),
  /** A plan's actions, their progress, its versions and its history are seen with the plan. */
  PlanAction: (ctx: Pick<Context, 'viewer'>): Prisma.PlanActionWhereInput =>
    isAdministrator(ctx.viewer) ? {} : { plan: visiblePlansWhere(ctx.viewer) },
  ActionProgress: (ctx: Pick<Context, 'viewer'>): Prisma.ActionProgressWhereInput =>
    isAdministrator(ctx.viewer) ? {} : { action: visibleWhere.PlanAction(ctx) },
  ActionPlanVersion: (ctx: Pick<Context, 'viewer'>): Prisma.ActionPlanVersionWhereInput =>
    isAdministrator(ctx.viewer) ? {} : { plan: visiblePlansWhere(ctx.viewer) },
  ActionPlanEvent: (ctx: Pick<Context, 'viewer'>): Prisma.ActionPlanEventWhereInput =>
    isAdministrator(ctx.viewer) ? {} : { plan: visiblePlansWhere(ctx.viewer) },
  /** Staff see a report's recommendations once recorded; the public once it is published. */
  Recommendation: (ctx: Pick<Context, 'viewer' | 'now'>): Prisma.RecommendationWhereInput =>
    ctx.viewer ? {} : { publishedOn: { lte: startOfDay(ctx.now()) } },
  /**
   * Answers with who recorded them and their versions are for people signed in; the public
   * read them through `publishedRecommendations`, which shows only what is published.
   */
  RecommendationResponse: (
    ctx: Pick<Context, 'viewer'>,
  ): Prisma.RecommendationResponseWhereInput => (ctx.viewer ? {} : nothing),
  /** Escalations are public facts (HMICFRS publishes Engage, HMI Prisons its notifications). */
  Escalation: (_ctx: Pick<Context, 'viewer'>): Prisma.EscalationWhereInput => ({}),
  /** A ratings file is its inspectorate's until accepted: its leads check and decide it. */
  RatingImport: (ctx: Pick<Context, 'viewer'>): Prisma.RatingImportWhereInput => {
    if (isAdministrator(ctx.viewer)) return {};
    const led = [...inspectoratesLedBy(ctx.viewer)];
    return led.length ? { inspectorateIds: { hasSome: led } } : nothing;
  },
  /** Administrators see every account; anyone else only their own. */
  User: (ctx: Pick<Context, 'viewer' | 'signedInJustNow'>): Prisma.UserWhereInput => {
    if (isAdministrator(ctx.viewer)) return {};
    const own = [ctx.viewer?.userId, ctx.signedInJustNow].filter((id): id is string => !!id);
    return own.length ? { id: { in: own } } : nothing;
  },
  /** A reminder is its person's; administrators see all. */
  Reminder: (ctx: Pick<Context, 'viewer'>): Prisma.ReminderWhereInput =>
    isAdministrator(ctx.viewer) ? {} : ctx.viewer?.userId ? { userId: ctx.viewer.userId } : nothing,
} satisfies Record<string, (ctx: Context) => object>;

export type HideableType = keyof typeof visibleWhere;

/**
 * The types checked by id on their own. The others are seen with their parent: staffing with its
 * phase, and a plan's events and versions and an action's progress with the plan or action
 * (`maySeeWithParent`), so they never need a query of their own.
 */
type CheckedType = Exclude<
  HideableType,
  'PhaseStaffing' | 'ActionProgress' | 'ActionPlanEvent' | 'ActionPlanVersion'
>;

/** The same rules, for the types whose own row decides, as plain functions of the row. */
export const maySeeRow = {
  Programme: (ctx: Pick<Context, 'viewer'>, programme: { status: ProgrammeStatus }) =>
    maySeeProgramme(ctx.viewer, programme.status),
  Recommendation: (ctx: Pick<Context, 'viewer' | 'now'>, recommendation: { publishedOn: Date }) =>
    !!ctx.viewer || recommendation.publishedOn <= startOfDay(ctx.now()),
  RecommendationResponse: (ctx: Pick<Context, 'viewer'>) => !!ctx.viewer,
  Escalation: (_ctx: Pick<Context, 'viewer'>) => true,
  RatingImport: (ctx: Pick<Context, 'viewer'>, batch: { inspectorateIds: string[] }) =>
    isAdministrator(ctx.viewer) ||
    batch.inspectorateIds.some((id) => inspectoratesLedBy(ctx.viewer).has(id)),
  User: (ctx: Pick<Context, 'viewer' | 'signedInJustNow'>, user: { id: string }) =>
    isAdministrator(ctx.viewer) ||
    (!!user.id && (user.id === ctx.viewer?.userId || user.id === ctx.signedInJustNow)),
  Reminder: (ctx: Pick<Context, 'viewer'>, reminder: { userId: string }) =>
    isAdministrator(ctx.viewer) || (!!ctx.viewer?.userId && reminder.userId === ctx.viewer.userId),
};

/** Whether a filter lets every row through, so that no query is needed to apply it. */
const matchesEverything = (where: object) => Object.keys(where).length === 0;
const matchesNothing = (where: object) => where === nothing;

/** Where a request keeps whether its viewer may see a record, checked or remembered. */
const visibilityKey = (type: HideableType, id: string) => `visible:${type}:${id}`;

interface Batch {
  ids: string[];
  found: Promise<Set<string>>;
}
const batches = new WeakMap<Context, Map<string, Batch>>();

/**
 * The ids among those asked in this turn of the event loop that the type's filter lets through:
 * every record of one type checked in a request costs one query, however many are returned.
 */
function batchedCheck(
  ctx: Context,
  type: HideableType,
  id: string,
  load: (ids: string[]) => Promise<Array<{ id: string }>>,
): Promise<boolean> {
  const key = visibilityKey(type, id);
  const cached = ctx.cache.get(key) as Promise<boolean> | undefined;
  if (cached) return cached;
  let byType = batches.get(ctx);
  if (!byType) batches.set(ctx, (byType = new Map()));
  let batch = byType.get(type);
  if (!batch) {
    const ids: string[] = [];
    const pending = byType;
    batch = {
      ids,
      found: new Promise((resolve, reject) =>
        setImmediate(() => {
          pending.delete(type);
          load(ids).then((rows) => resolve(new Set(rows.map((row) => row.id))), reject);
        }),
      ),
    };
    byType.set(type, batch);
  }
  batch.ids.push(id);
  const answer = batch.found.then((found) => found.has(id));
  ctx.cache.set(key, answer);
  return answer;
}

const select = { id: true } as const;

/** Reads, for a batch of ids of one type, those the viewer may see. */
const loaders: {
  [Type in CheckedType]: (ctx: Context, ids: string[]) => Promise<Array<{ id: string }>>;
} = {
  Programme: (ctx, ids) =>
    ctx.prisma.programme.findMany({
      select,
      where: { id: { in: ids }, AND: [visibleWhere.Programme(ctx)] },
    }),
  Inspection: (ctx, ids) =>
    ctx.prisma.inspection.findMany({
      select,
      where: { id: { in: ids }, AND: [visibleWhere.Inspection(ctx)] },
    }),
  InspectionPhase: (ctx, ids) =>
    ctx.prisma.inspectionPhase.findMany({
      select,
      where: { id: { in: ids }, AND: [visibleWhere.InspectionPhase(ctx)] },
    }),
  ActionPlan: (ctx, ids) =>
    ctx.prisma.actionPlan.findMany({
      select,
      where: { id: { in: ids }, AND: [visibleWhere.ActionPlan(ctx)] },
    }),
  PlanAction: (ctx, ids) =>
    ctx.prisma.planAction.findMany({
      select,
      where: { id: { in: ids }, AND: [visibleWhere.PlanAction(ctx)] },
    }),
  Recommendation: (ctx, ids) =>
    ctx.prisma.recommendation.findMany({
      select,
      where: { id: { in: ids }, AND: [visibleWhere.Recommendation(ctx)] },
    }),
  RecommendationResponse: (ctx, ids) =>
    ctx.prisma.recommendationResponse.findMany({
      select,
      where: { id: { in: ids }, AND: [visibleWhere.RecommendationResponse(ctx)] },
    }),
  Escalation: (ctx, ids) =>
    ctx.prisma.escalation.findMany({
      select,
      where: { id: { in: ids }, AND: [visibleWhere.Escalation(ctx)] },
    }),
  RatingImport: (ctx, ids) =>
    ctx.prisma.ratingImport.findMany({
      select,
      where: { id: { in: ids }, AND: [visibleWhere.RatingImport(ctx)] },
    }),
  User: (ctx, ids) =>
    ctx.prisma.user.findMany({ select, where: { id: { in: ids }, AND: [visibleWhere.User(ctx)] } }),
  Reminder: (ctx, ids) =>
    ctx.prisma.reminder.findMany({
      select,
      where: { id: { in: ids }, AND: [visibleWhere.Reminder(ctx)] },
    }),
};

/**
 * "May this viewer see this record?", by the type's one rule. Answers without a query when the
 * rule lets everything or nothing through for this viewer.
 */
export function maySee(ctx: Context, type: CheckedType, id: string): boolean | Promise<boolean> {
  const where = (visibleWhere[type] as (ctx: Context) => object)(ctx);
  if (matchesEverything(where)) return true;
  if (matchesNothing(where)) return false;
  return batchedCheck(ctx, type, id, (ids) => loaders[type](ctx, ids));
}

/** Keeps, for this request, whether the viewer may see a record, which `maySee` then answers. */
export function rememberVisibility(
  ctx: Context,
  type: HideableType,
  id: string,
  visible: boolean | Promise<boolean>,
): void {
  ctx.cache.set(visibilityKey(type, id), Promise.resolve(visible));
}

/**
 * A child record (a plan's action, event or version, an action's progress) is seen exactly when
 * its parent is, so it is asked as its parent. Reached through the parent's nested list, the
 * parent's own answer in this request has settled it already and no query is needed; reached
 * alone (`node`), it costs the parent's one batched query. The child's answer is remembered for
 * its own children in turn.
 */
export function maySeeWithParent(
  ctx: Context,
  child: { type: HideableType; id: string },
  parent: { type: CheckedType; id: string },
): boolean | Promise<boolean> {
  const visible = maySee(ctx, parent.type, parent.id);
  rememberVisibility(ctx, child.type, child.id, visible);
  return visible;
}

/** Staffing has no id of its own: it is seen with its phase. */
export const maySeeStaffing = (ctx: Context, staffing: { phaseId: string }) =>
  maySee(ctx, 'InspectionPhase', staffing.phaseId);
