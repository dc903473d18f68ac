import { DirectionPeriod, ProgrammeStatus } from '@cjji/db';
import { builder } from '../../builder.ts';
import { maySeeRow } from '../access/visibility.ts';
import { quarterLabel, quartersOf, startOfDay, type DateRange } from '../shared/calendar.ts';
import { globalIdOf } from '../shared/ids.ts';
import type { PeriodCheck } from './direction.rules.ts';
import {
  directionChecksOf,
  inspectionOrder,
  periodOf,
  planSelect,
  referenceFor,
  warningsOf,
  type DirectionCheckResult,
} from './programme.plan.ts';
import type { ScheduleWarning } from './schedule.rules.ts';
import { staffName, staffNameNote } from '../shared/staff-names.ts';

export const ProgrammeStatusEnum = builder.enumType(ProgrammeStatus, { name: 'ProgrammeStatus' });
export const DirectionPeriodEnum = builder.enumType(DirectionPeriod, { name: 'DirectionPeriod' });

const ScheduleWarningKindEnum = builder.enumType('ScheduleWarningKind', {
  values: {
    LOCALITY_CLASH: {
      description: 'One agency in fieldwork for two inspections at overlapping dates.',
    },
    OVER_CAPACITY: { description: 'An inspectorate planned beyond its capacity in a quarter.' },
    OUTSIDE_PROGRAMME: { description: 'A phase falls outside the programme’s two years.' },
    PHASE_ORDER: { description: 'A phase starts before the phase that should precede it.' },
    INSPECTION_BURDEN: {
      description:
        'Fieldwork that would be at least the Nth visit to an agency in 12 months (N set per kind of agency).',
    },
  } as const,
});

const QuarterRef = builder.objectRef<DateRange>('Quarter').implement({
  description: 'A calendar quarter, the timeline’s unit.',
  fields: (t) => ({
    startsOn: t.field({ type: 'Date', resolve: (q) => q.start }),
    endsOn: t.field({ type: 'Date', resolve: (q) => q.end }),
    label: t.string({ resolve: quarterLabel }),
  }),
});

export const ScheduleWarningRef = builder.objectRef<ScheduleWarning>('ScheduleWarning').implement({
  description: 'A scheduling problem a planner should see: it does not stop the plan being saved.',
  fields: (t) => ({
    kind: t.field({ type: ScheduleWarningKindEnum, resolve: (w) => w.kind }),
    message: t.exposeString('message'),
    inspectionIds: t.idList({
      resolve: (w) => w.inspectionIds.map((id) => globalIdOf('Inspection', id)),
    }),
    phaseIds: t.idList({
      resolve: (w) => w.phaseIds.map((id) => globalIdOf('InspectionPhase', id)),
    }),
  }),
});

const PeriodCheckRef = builder.objectRef<PeriodCheck>('DirectionPeriodCheck').implement({
  fields: (t) => ({
    label: t.exposeString('label'),
    startsOn: t.field({ type: 'Date', resolve: (p) => p.range.start }),
    endsOn: t.field({ type: 'Date', resolve: (p) => p.range.end }),
    required: t.exposeInt('required'),
    counted: t.exposeStringList('counted', {
      description: "Titles of the victims' thematics that count.",
    }),
    met: t.exposeBoolean('met'),
  }),
});

export const DirectionCheckRef = builder
  .objectRef<DirectionCheckResult>('DirectionCheck')
  .implement({
    description: 'Whether a programme satisfies one ministerial direction in force during it.',
    fields: (t) => ({
      // The direction as read for the check (scalars, kept between requests): no second read.
      direction: t.prismaField({
        type: 'MinisterialDirection',
        resolve: async (query, check, _args, ctx) =>
          (await referenceFor.directions(ctx)).find((d) => d.id === check.directionId) ??
          ctx.prisma.ministerialDirection.findUniqueOrThrow({
            ...query,
            where: { id: check.directionId },
          }),
      }),
      met: t.exposeBoolean('met'),
      periods: t.field({ type: [PeriodCheckRef], resolve: (c) => c.periods }),
      shortfalls: t.exposeStringList('shortfalls', {
        description: 'What is missing, in words a planner can act on.',
      }),
    }),
  });

export const ProgrammeRef = builder.prismaNode('Programme', {
  description: 'A two-year Criminal Justice Joint Inspection Programme.',
  authScopes: (programme, ctx) => maySeeRow.Programme(ctx, programme),
  id: { field: 'id' },
  fields: (t) => ({
    title: t.exposeString('title'),
    startsOn: t.expose('startsOn', { type: 'Date' }),
    endsOn: t.expose('endsOn', { type: 'Date' }),
    status: t.expose('status', { type: ProgrammeStatusEnum }),
    version: t.exposeInt('version', {
      description: 'Send it back with an edit, so a stale edit is refused.',
    }),
    isCurrent: t.boolean({
      description: 'Published and running today.',
      resolve: (p, _args, ctx) =>
        p.status === 'PUBLISHED' &&
        p.startsOn <= startOfDay(ctx.now()) &&
        startOfDay(ctx.now()) <= p.endsOn,
    }),
    // A published programme's revision may still be a draft: null, not an error, to the public.
    revises: t.prismaField({
      type: 'Programme',
      nullable: true,
      description: 'The programme this one revises; publishing this one supersedes it.',
      resolve: async (query, p, _args, ctx) => {
        const revised = p.revisesId
          ? await ctx.prisma.programme.findUnique({ ...query, where: { id: p.revisesId } })
          : null;
        return revised && maySeeRow.Programme(ctx, revised) ? revised : null;
      },
    }),
    statusHistory: t.relation('statusChanges', { query: { orderBy: { changedAt: 'asc' } } }),
    inspections: t.relation('inspections', { query: { orderBy: inspectionOrder } }),
    quarters: t.field({
      type: [QuarterRef],
      description: 'The calendar quarters the programme spans, for its timeline.',
      resolve: (p) => quartersOf(periodOf(p)),
    }),
    warnings: t.field({
      type: [ScheduleWarningRef],
      description:
        'Clashes of localities, inspectorates over capacity, and misplaced phases, with reasons.',
      select: planSelect,
      resolve: (plan, _args, ctx) => warningsOf(plan, ctx),
    }),
    directionChecks: t.field({
      type: [DirectionCheckRef],
      description:
        'Each ministerial direction in force during the programme, and whether the programme meets it.',
      select: planSelect,
      resolve: (plan, _args, ctx) => directionChecksOf(plan, ctx),
    }),
  }),
});

// Read with the programme, in the same statement as viewerCan's check that it is revised.
builder.prismaObjectFields(ProgrammeRef, (t) => ({
  revisedBy: t.field({
    type: ProgrammeRef,
    nullable: true,
    select: (_args, _ctx, nestedSelection) => ({ revisedBy: nestedSelection(true) }),
    resolve: (p, _args, ctx) =>
      p.revisedBy && maySeeRow.Programme(ctx, p.revisedBy) ? p.revisedBy : null,
  }),
}));

builder.prismaObject('ProgrammeStatusChange', {
  description: 'A move of a programme from one status to another: who, when and why.',
  fields: (t) => ({
    fromStatus: t.expose('fromStatus', { type: ProgrammeStatusEnum, nullable: true }),
    toStatus: t.expose('toStatus', { type: ProgrammeStatusEnum }),
    changedBy: t.string({
      nullable: true,
      description: staffNameNote,
      resolve: (record, _args, ctx) => staffName(record.changedBy, ctx),
    }),
    changedAt: t.expose('changedAt', { type: 'DateTime' }),
    reason: t.exposeString('reason', { nullable: true }),
  }),
});
