/**
 * The baseline in the API: on a programme, when it was captured and by which move, and what has
 * changed since; on each phase, its baseline dates for the timeline to draw beside today's.
 * Each is a field of a programme or a phase, so it is seen exactly when they are, and its rows
 * are loaded with them (one statement per relation level, however many records).
 */
import type { Prisma } from '@cjji/db';
import { builder } from '../../builder.ts';
import { globalIdOf } from '../shared/ids.ts';
import { staffName, staffNameNote } from '../shared/staff-names.ts';
import { changesSinceBaseline, type BaselineChange } from './baseline.rules.ts';
import { inspectionOrder, phaseOrderBy } from '../programmes/programme.plan.ts';
import { ProgrammeStatusEnum } from '../programmes/programme.types.ts';
import { PhaseKindEnum } from '../inspections/inspection.types.ts';

/** The latest capture is the baseline: the one written by the last agree or publish. */
export const latestBaseline = {
  orderBy: [{ capturedAt: 'desc' }, { id: 'desc' }],
  take: 1,
  include: { inspections: true, phases: true },
} satisfies Prisma.Programme$baselinesArgs;

/**
 * A phase's dates in the latest capture that holds it. Phases are never removed, so a phase in
 * an earlier capture is in every later one: this is the programme's baseline, or none.
 */
const latestPhaseBaseline = {
  orderBy: [{ baseline: { capturedAt: 'desc' } }, { baselineId: 'desc' }],
  take: 1,
} satisfies Prisma.InspectionPhase$baselinesArgs;

const ProgrammeBaselineRef = builder.prismaObject('ProgrammeBaseline', {
  description: 'The programme’s planned dates as they stood when it was agreed, or last published.',
  fields: (t) => ({
    capturedOn: t.expose('capturedOn', {
      type: ProgrammeStatusEnum,
      description: 'The move that captured it: AGREED or PUBLISHED.',
    }),
    capturedAt: t.expose('capturedAt', { type: 'DateTime' }),
    capturedBy: t.string({
      nullable: true,
      description: staffNameNote,
      resolve: (baseline, _args, ctx) => staffName(baseline.capturedBy, ctx),
    }),
    backfilled: t.exposeBoolean('backfilled', {
      description:
        'Rebuilt from the phases’ date history for a programme agreed before baselines were kept.',
    }),
  }),
});

const BaselineChangeKindEnum = builder.enumType('BaselineChangeKind', {
  values: {
    SLIPPED: { description: 'A phase ends later than in the baseline.' },
    MOVED: { description: 'A phase starts (or ends) earlier, or starts later, without slipping.' },
    ADDED: { description: 'An inspection or phase added after the baseline.' },
    CANCELLED: { description: 'An inspection in the baseline cancelled since.' },
  } as const,
});

const BaselineChangeRef = builder.objectRef<BaselineChange>('BaselineChange').implement({
  description: 'One difference between the baseline and the plan today.',
  fields: (t) => ({
    kind: t.field({ type: BaselineChangeKindEnum, resolve: (c) => c.kind }),
    inspectionId: t.id({ resolve: (c) => globalIdOf('Inspection', c.inspectionId) }),
    inspectionTitle: t.exposeString('inspectionTitle'),
    phaseId: t.id({
      nullable: true,
      resolve: (c) => (c.phaseId ? globalIdOf('InspectionPhase', c.phaseId) : null),
    }),
    phaseKind: t.field({ type: PhaseKindEnum, nullable: true, resolve: (c) => c.phaseKind }),
    baselineStart: t.field({ type: 'Date', nullable: true, resolve: (c) => c.baselineStart }),
    baselineEnd: t.field({ type: 'Date', nullable: true, resolve: (c) => c.baselineEnd }),
    currentStart: t.field({ type: 'Date', nullable: true, resolve: (c) => c.currentStart }),
    currentEnd: t.field({ type: 'Date', nullable: true, resolve: (c) => c.currentEnd }),
    days: t.int({
      nullable: true,
      description:
        'UK calendar days: how much later a slipped phase ends; how far a moved one moved (later positive, earlier negative).',
      resolve: (c) => c.days,
    }),
    message: t.exposeString('message'),
  }),
});

builder.prismaObjectFields('Programme', (t) => ({
  baseline: t.field({
    type: ProgrammeBaselineRef,
    nullable: true,
    description: 'The plan as agreed or last published; null until the programme is agreed.',
    select: { baselines: latestBaseline },
    resolve: (programme) => programme.baselines[0] ?? null,
  }),
  changesSinceBaseline: t.field({
    type: [BaselineChangeRef],
    description:
      'What slipped, moved, was added or cancelled since the baseline; empty without a baseline.',
    select: {
      baselines: latestBaseline,
      inspections: { orderBy: inspectionOrder, include: { phases: { orderBy: phaseOrderBy } } },
    },
    resolve: (programme) => {
      const baseline = programme.baselines[0];
      return baseline ? changesSinceBaseline(baseline, programme.inspections) : [];
    },
  }),
}));

builder.prismaObjectFields('InspectionPhase', (t) => ({
  baselineStart: t.field({
    type: 'Date',
    nullable: true,
    description: 'The planned start in the programme’s baseline; null if added after it.',
    select: { baselines: latestPhaseBaseline },
    resolve: (phase) => phase.baselines[0]?.plannedStart ?? null,
  }),
  baselineEnd: t.field({
    type: 'Date',
    nullable: true,
    description: 'The planned end in the programme’s baseline; null if added after it.',
    select: { baselines: latestPhaseBaseline },
    resolve: (phase) => phase.baselines[0]?.plannedEnd ?? null,
  }),
}));
