/**
 * Reads what the timeline, the direction check and the scheduling warnings need, in one
 * selection shared by every field that uses it, so Pothos loads it once with the programme.
 */
import type { Prisma } from '@cjji/db';
import { once, type Context } from '../../context.ts';
import type { DateRange } from '../shared/calendar.ts';
import { inSentence } from '../shared/words.ts';
import type { ThematicCandidate } from './direction.rules.ts';
import type { Capacity, ScheduledInspection } from './schedule.rules.ts';

export const inspectionOrder = [
  { createdAt: 'asc' },
  { id: 'asc' },
] satisfies Prisma.InspectionOrderByWithRelationInput[];
export const phaseOrderBy = {
  plannedStart: 'asc',
} satisfies Prisma.InspectionPhaseOrderByWithRelationInput;

export const planSelect = {
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

export const periodOf = (programme: { startsOn: Date; endsOn: Date }): DateRange => ({
  start: programme.startsOn,
  end: programme.endsOn,
});

export function scheduledInspections(plan: ProgrammePlan): ScheduledInspection[] {
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

export function thematicCandidates(plan: ProgrammePlan): ThematicCandidate[] {
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

/** Small reference tables, read once per request however many programmes a query touches. */
export const referenceFor = {
  capacities: (ctx: Context) =>
    once(ctx, 'capacities', async (): Promise<Capacity[]> =>
      (await ctx.prisma.inspectorateCapacity.findMany()).map((c) => ({
        ...c,
        inspectorWeeks: c.inspectorWeeks.toNumber(),
      })),
    ),
  /** The four inspectorates, whole: leads, partners, staffing and warnings all read them. */
  inspectorates: (ctx: Context) =>
    once(
      ctx,
      'inspectorates',
      async () => new Map((await ctx.prisma.inspectorate.findMany()).map((i) => [i.id, i])),
    ),
  inspectorateNames: async (ctx: Context) =>
    Object.fromEntries(
      [...(await referenceFor.inspectorates(ctx)).values()].map((i) => [i.id, i.shortName]),
    ),
  agencyKindNames: (ctx: Context) =>
    once(ctx, 'agencyKindNames', async () =>
      Object.fromEntries(
        (await ctx.prisma.agencyKind.findMany({ select: { code: true, pluralName: true } })).map(
          (k) => [k.code, inSentence(k.pluralName)],
        ),
      ),
    ),
  directions: (ctx: Context) =>
    once(ctx, 'directions', () =>
      ctx.prisma.ministerialDirection.findMany({
        include: { kindsRequired: true },
        orderBy: { givenOn: 'asc' },
      }),
    ),
};
