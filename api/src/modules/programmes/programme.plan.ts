/**
 * Reads what the timeline, the direction check and the scheduling warnings need, in one
 * selection shared by every field that uses it, so Pothos loads it once with the programme.
 */
import type { Prisma } from '@cjji/db';
import { kept, once, type Context } from '../../context.ts';
import { NotFoundError } from '../../errors.ts';
import type { DateRange } from '../shared/calendar.ts';
import { inSentence } from '../shared/words.ts';
import { maySeeProposedInspections } from '../access/gatekeeping.access.ts';
import {
  checkDirection,
  directionInForceDuring,
  type DirectionCheck,
  type ThematicCandidate,
} from './direction.rules.ts';
import {
  effectiveDates,
  scheduleWarnings,
  type Capacity,
  type ScheduledInspection,
} from './schedule.rules.ts';
import { burdenWarnings, type BurdenAgency, type Visit } from './burden.rules.ts';

export const inspectionOrder = [
  { createdAt: 'asc' },
  { id: 'asc' },
] satisfies Prisma.InspectionOrderByWithRelationInput[];
export const phaseOrderBy = {
  plannedStart: 'asc',
} satisfies Prisma.InspectionPhaseOrderByWithRelationInput;

export const planSelect = {
  id: true,
  revisesId: true,
  startsOn: true,
  endsOn: true,
  // Ordered as the inspections and phases fields order them, so that Pothos merges this
  // selection with theirs into one load instead of reading the tree twice.
  inspections: {
    orderBy: inspectionOrder,
    include: {
      localities: { include: { agency: true } },
      phases: { orderBy: phaseOrderBy, include: { staffing: true } },
      kindsInScope: true,
    },
  },
} satisfies Prisma.ProgrammeSelect;

export type ProgrammePlan = Prisma.ProgrammeGetPayload<{ select: typeof planSelect }>;

/** A phase's planned dates as a planner has staged them, not yet saved. */
export interface StagedChange {
  phaseId: string;
  plannedStart: Date;
  plannedEnd: Date;
}

/**
 * The plan as it would be with the staged changes saved, for the what-if preview; a change to a
 * phase the plan does not hold is refused as not found, so a preview cannot probe other plans.
 */
export function withStagedChanges<Plan extends ProgrammePlan>(
  plan: Plan,
  changes: Array<StagedChange & { globalId?: string }>,
): Plan {
  const staged = new Map(changes.map((change) => [change.phaseId, change]));
  const seen = new Set<string>();
  const inspections = plan.inspections.map((inspection) => ({
    ...inspection,
    phases: inspection.phases.map((phase) => {
      const change = staged.get(phase.id);
      if (!change) return phase;
      seen.add(phase.id);
      return { ...phase, plannedStart: change.plannedStart, plannedEnd: change.plannedEnd };
    }),
  }));
  const missing = changes.find((change) => !seen.has(change.phaseId));
  if (missing) throw new NotFoundError('phase', missing.globalId ?? missing.phaseId);
  return { ...plan, inspections };
}

export const periodOf = (programme: { startsOn: Date; endsOn: Date }): DateRange => ({
  start: programme.startsOn,
  end: programme.endsOn,
});

function scheduledInspections(plan: ProgrammePlan): ScheduledInspection[] {
  return plan.inspections.map((inspection) => ({
    id: inspection.id,
    title: inspection.title,
    status: inspection.status,
    localities: inspection.localities.map((locality) => locality.agency),
    phases: inspection.phases.map((phase) => ({
      ...phase,
      staffing: phase.staffing.map((s) => ({
        inspectorateId: s.inspectorateId,
        inspectorWeeks: s.inspectorWeeks.toNumber(),
      })),
    })),
  }));
}

function thematicCandidates(plan: ProgrammePlan): ThematicCandidate[] {
  return plan.inspections.map((inspection) => ({
    title: inspection.title,
    kind: inspection.kind,
    victimsThematic: inspection.victimsThematic,
    status: inspection.status,
    kindsInScope: inspection.kindsInScope.map((scope) => scope.agencyKindCode),
    fieldworkStart:
      inspection.phases.find((phase) => phase.kind === 'FIELDWORK')?.plannedStart ?? null,
  }));
}

/**
 * Other bodies' proposed inspections that count in the burden: all but those refused
 * (`proposalCountsInBurden` as a filter; `not` alone would leave out the undecided).
 */
export const countedProposalsWhere = {
  OR: [{ decision: null }, { decision: { not: 'NOT_TO_CARRY_OUT' as const } }],
} satisfies Prisma.ProposedInspectionWhereInput;

interface OtherBodyVisitRow {
  id: string;
  title: string;
  fieldworkStart: Date;
  fieldworkEnd: Date;
  bodyShortName: string;
  agencyId: string;
}

/**
 * Small reference tables, read once per request however many programmes a query touches, and
 * kept between requests while the content version is unchanged (`kept`): every write to
 * inspectorates, capacities, kinds of agency, directions and burden thresholds bumps it.
 */
export const referenceFor = {
  capacities: (ctx: Context) =>
    kept(ctx, 'capacities', async (): Promise<Capacity[]> =>
      (await ctx.prisma.inspectorateCapacity.findMany()).map((c) => ({
        ...c,
        inspectorWeeks: c.inspectorWeeks.toNumber(),
      })),
    ),
  /** The four inspectorates, whole: leads, partners, staffing and warnings all read them. */
  inspectorates: (ctx: Context) =>
    kept(
      ctx,
      'inspectorates',
      async () => new Map((await ctx.prisma.inspectorate.findMany()).map((i) => [i.id, i])),
    ),
  inspectorateNames: async (ctx: Context) =>
    Object.fromEntries(
      [...(await referenceFor.inspectorates(ctx)).values()].map((i) => [i.id, i.shortName]),
    ),
  agencyKindNames: (ctx: Context) =>
    kept(ctx, 'agencyKindNames', async () =>
      Object.fromEntries(
        (await ctx.prisma.agencyKind.findMany({ select: { code: true, pluralName: true } })).map(
          (k) => [k.code, inSentence(k.pluralName)],
        ),
      ),
    ),
  burdenThresholds: (ctx: Context) =>
    kept(ctx, 'burdenThresholds', async () =>
      Object.fromEntries(
        (await ctx.prisma.inspectionBurdenThreshold.findMany()).map((t) => [
          t.agencyKindCode,
          t.warnFromVisit,
        ]),
      ),
    ),
  /**
   * Other inspecting bodies' proposed inspections not refused (`proposalCountsInBurden`), one
   * row per agency visited: one statement per request, however many plans ask.
   */
  otherBodiesVisits: (ctx: Context) =>
    once(
      ctx,
      'otherBodiesVisits',
      () => ctx.prisma.$queryRaw<OtherBodyVisitRow[]>`
        SELECT p.id::text AS id, p.title, p."fieldworkStart", p."fieldworkEnd",
          b."shortName" AS "bodyShortName", a."agencyId"::text AS "agencyId"
        FROM "ProposedInspection" p
        JOIN "OtherInspectingBody" b ON b.id = p."bodyId"
        JOIN "ProposedInspectionAgency" a ON a."proposedInspectionId" = p.id
        WHERE p.decision IS NULL OR p.decision <> 'NOT_TO_CARRY_OUT'`,
    ),
  directions: (ctx: Context) =>
    kept(ctx, 'directions', () =>
      ctx.prisma.ministerialDirection.findMany({
        // Only directions given (all three ministers agreed) count; one awaiting agreement is
        // not in force. Timing and form directions are checked elsewhere (deadlines, form checks).
        where: { kind: 'VICTIMS_THEMATICS', givenOn: { not: null }, withdrawnAt: null },
        include: { kindsRequired: true },
        orderBy: { givenOn: 'asc' },
      }),
    ),
};

/**
 * The scheduling warnings of a plan as read, or as it would be with staged changes applied:
 * the timeline's saved warnings and its what-if preview both come from here.
 */
export async function warningsOf(plan: ProgrammePlan, ctx: Context) {
  return [
    ...scheduleWarnings(
      periodOf(plan),
      scheduledInspections(plan),
      await referenceFor.capacities(ctx),
      await referenceFor.inspectorateNames(ctx),
    ),
    ...(await burdenOf(plan, ctx)),
  ];
}

interface OtherVisitRow {
  id: string;
  inspectionId: string;
  title: string;
  lead: string;
  agencyId: string;
  plannedStart: Date;
  plannedEnd: Date;
  actualStart: Date | null;
  actualEnd: Date | null;
}

/**
 * The fieldwork visits of live inspections in agreed and published programmes (not this plan,
 * nor the one it revises, whose inspections it repeats) to the agencies this plan visits: one
 * statement, read once per request for each plan, whose rows are the plan's agencies' visits
 * rather than every visit there is (Prisma's nested select took six statements and read them all).
 * It names the plan's agencies by a subquery rather than from the plan as read, so that it can
 * start with the programme's own read (`prefetchPlanReads`) instead of after it.
 */
function otherVisits(planId: string, ctx: Context) {
  return once(
    ctx,
    `otherVisits:${planId}`,
    () => ctx.prisma.$queryRaw<OtherVisitRow[]>`
        SELECT ph.id::text AS id, i.id::text AS "inspectionId", i.title, lead."shortName" AS lead,
          l."agencyId"::text AS "agencyId", ph."plannedStart", ph."plannedEnd", ph."actualStart",
          ph."actualEnd"
        FROM "InspectionPhase" ph
        JOIN "Inspection" i ON i.id = ph."inspectionId"
        JOIN "Programme" p ON p.id = i."programmeId"
        JOIN "Inspectorate" lead ON lead.id = i."leadInspectorateId"
        JOIN "InspectionLocality" l ON l."inspectionId" = i.id
        WHERE ph.kind = 'FIELDWORK' AND i.status <> 'CANCELLED'
          AND p.status IN ('AGREED', 'PUBLISHED')
          AND p.id <> ${planId}::uuid
          AND p.id IS DISTINCT FROM (SELECT r."revisesId" FROM "Programme" r WHERE r.id = ${planId}::uuid)
          AND l."agencyId" IN (
            SELECT pl."agencyId" FROM "InspectionLocality" pl
            JOIN "Inspection" pi ON pi.id = pl."inspectionId"
            WHERE pi."programmeId" = ${planId}::uuid)
        ORDER BY ph.id, l."agencyId"`,
  );
}

/**
 * Starts the statements the plan's warnings read besides the plan itself, so that they run
 * beside the programme's own read rather than after it (a shorter wait for one request; the
 * same statements). Each is read once per request (`once`), so the warnings then await the same
 * answers; a failure is theirs to report.
 */
export function prefetchPlanReads(planId: string, ctx: Context) {
  void otherVisits(planId, ctx).catch(() => {});
  if (maySeeProposedInspections(ctx.viewer))
    void referenceFor.otherBodiesVisits(ctx).catch(() => {});
}

/**
 * The burden each of the plan's fieldwork visits would add, counted with the visits of agreed
 * and published programmes (not the one it revises, whose inspections it repeats) and of other
 * inspecting bodies.
 */
async function burdenOf(plan: ProgrammePlan, ctx: Context) {
  // Other bodies' proposals are the inspectorates' working papers: staff are warned of them.
  const [thresholds, names, proposals] = await Promise.all([
    referenceFor.burdenThresholds(ctx),
    referenceFor.inspectorateNames(ctx),
    maySeeProposedInspections(ctx.viewer) ? referenceFor.otherBodiesVisits(ctx) : [],
  ]);
  const agencies = new Map<string, BurdenAgency>();
  const planned: Visit[] = plan.inspections
    .filter((inspection) => inspection.status !== 'CANCELLED')
    .flatMap((inspection) =>
      inspection.phases
        .filter((phase) => phase.kind === 'FIELDWORK')
        .flatMap((phase) =>
          inspection.localities.map(({ agency }) => {
            agencies.set(agency.id, agency);
            return {
              id: phase.id,
              inspectionId: inspection.id,
              what: `"${inspection.title}" (${names[inspection.leadInspectorateId]})`,
              agencyId: agency.id,
              dates: effectiveDates(phase),
            };
          }),
        ),
    );
  const others: Visit[] = (await otherVisits(plan.id, ctx))
    // The plan's agencies as read: a cancelled inspection's or one without fieldwork visit none.
    .filter((visit) => agencies.has(visit.agencyId))
    .map((visit) => ({
      id: visit.id,
      inspectionId: visit.inspectionId,
      what: `"${visit.title}" (${visit.lead})`,
      agencyId: visit.agencyId,
      dates: effectiveDates(visit),
    }));
  const otherBodies: Visit[] = proposals
    .filter((row) => agencies.has(row.agencyId))
    .map((row) => ({
      id: row.id,
      inspectionId: null,
      what: `${row.bodyShortName}'s "${row.title}"`,
      agencyId: row.agencyId,
      dates: { start: row.fieldworkStart, end: row.fieldworkEnd },
    }));
  return burdenWarnings(planned, [...others, ...otherBodies], agencies, thresholds);
}

export type DirectionCheckResult = DirectionCheck & { directionId: string };

/** Each direction in force during the plan, and whether the plan (saved or staged) meets it. */
export async function directionChecksOf(
  plan: ProgrammePlan,
  ctx: Context,
): Promise<DirectionCheckResult[]> {
  const [directions, kindNames] = await Promise.all([
    referenceFor.directions(ctx),
    referenceFor.agencyKindNames(ctx),
  ]);
  const candidates = thematicCandidates(plan);
  return directions
    .filter((direction) => directionInForceDuring(direction, periodOf(plan)))
    .map((direction) => ({
      directionId: direction.id,
      ...checkDirection(
        {
          ...direction,
          minimumThematics: direction.minimumThematics ?? 1,
          period: direction.period ?? 'PER_PROGRAMME',
          kindsRequired: direction.kindsRequired.map((k) => k.agencyKindCode),
        },
        periodOf(plan),
        candidates,
        kindNames,
      ),
    }));
}
