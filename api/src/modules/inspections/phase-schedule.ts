/**
 * What-if rescheduling: a planner stages moves of several phases in the browser, sees the
 * warnings and direction checks the programme would have with them (computed here by the same
 * functions as the saved warnings), then saves them all at once or throws them away.
 */
import { z } from 'zod';
import { builder } from '../../builder.ts';
import { ConflictError, InvalidInputError, NotFoundError, type FieldIssue } from '../../errors.ts';
import { maySeeProgramme } from '../access/programme.access.ts';
import { changeVersioned, inMutation } from '../shared/mutation.ts';
import { idOf, selectionOf } from '../shared/ids.ts';
import {
  directionChecksOf,
  planSelect,
  warningsOf,
  withStagedChanges,
  type StagedChange,
} from '../programmes/programme.plan.ts';
import { assertScheduleEditable } from '../programmes/programme.rules.ts';
import { DirectionCheckRef, ScheduleWarningRef } from '../programmes/programme.types.ts';
import { phaseWords } from '../programmes/schedule.rules.ts';
import type { Context } from '../../context.ts';
import { phaseDateIssues } from './inspection.rules.ts';
import { keepEarlierDates } from './phase-history.ts';

/** Enough for a whole programme's phases moved at once, and no more. */
const maxChanges = 400;

const StagedPhaseChangeInput = builder.inputType('StagedPhaseChangeInput', {
  description: 'A phase’s planned dates as staged in the browser, not yet saved.',
  fields: (t) => ({
    phaseId: t.id({ required: true }),
    plannedStart: t.field({ type: 'Date', required: true }),
    plannedEnd: t.field({ type: 'Date', required: true }),
  }),
});

const PhaseChangeInput = builder.inputType('PhaseChangeInput', {
  fields: (t) => ({
    phaseId: t.id({ required: true }),
    expectedVersion: t.int({
      required: true,
      description: 'The phase’s version when the change was staged.',
    }),
    plannedStart: t.field({ type: 'Date', required: true }),
    plannedEnd: t.field({ type: 'Date', required: true }),
  }),
});

interface Decoded extends StagedChange {
  globalId: string;
  expectedVersion?: number;
}

/** Every problem with the staged changes at once: unknown ids, repeats, ends before starts. */
function decodeChanges(
  changes: Array<{
    phaseId: string;
    plannedStart: Date;
    plannedEnd: Date;
    expectedVersion?: number;
  }>,
  at: string[],
): Decoded[] {
  if (changes.length > maxChanges)
    throw new InvalidInputError(at, `Stage at most ${maxChanges} changes at once.`);
  const issues: FieldIssue[] = [];
  const seen = new Set<string>();
  const decoded = changes.map((change, index) => {
    const id = idOf('InspectionPhase', change.phaseId, [...at, String(index), 'phaseId']);
    if (seen.has(id))
      issues.push({
        field: [...at, String(index), 'phaseId'],
        message: 'Stage each phase once.',
      });
    seen.add(id);
    issues.push(...phaseDateIssues(change, [...at, String(index)]));
    return { ...change, phaseId: id, globalId: change.phaseId };
  });
  if (issues.length) throw new InvalidInputError(issues);
  return decoded;
}

interface Preview {
  plan: Awaited<ReturnType<typeof readPlan>>;
}

async function readPlan(ctx: Context, programmeGlobalId: string) {
  const programme = await ctx.prisma.programme.findUnique({
    where: { id: idOf('Programme', programmeGlobalId, ['programmeId']) },
    select: { ...planSelect, status: true },
  });
  // A programme the viewer may not see is answered as if it did not exist.
  if (!programme || !maySeeProgramme(ctx.viewer, programme.status))
    throw new NotFoundError('programme', programmeGlobalId);
  return programme;
}

const SchedulePreviewRef = builder.objectRef<Preview>('SchedulePreview').implement({
  description:
    'The programme’s warnings and direction checks as they would be with the staged changes saved.',
  fields: (t) => ({
    warnings: t.field({
      type: [ScheduleWarningRef],
      resolve: ({ plan }, _args, ctx) => warningsOf(plan, ctx),
    }),
    directionChecks: t.field({
      type: [DirectionCheckRef],
      resolve: ({ plan }, _args, ctx) => directionChecksOf(plan, ctx),
    }),
  }),
});

builder.queryField('schedulePreview', (t) =>
  t.field({
    type: SchedulePreviewRef,
    description:
      'Read-only: what the programme’s warnings and direction checks would be if the staged phase dates were saved. Writes nothing; others see nothing of it.',
    authScopes: (_root, args) => ({
      plannerOfPhases: args.changes.map((change) => change.phaseId),
    }),
    args: {
      programmeId: t.arg.id({ required: true }),
      changes: t.arg({ type: [StagedPhaseChangeInput], required: true }),
    },
    resolve: async (_root, args, ctx) => {
      const changes = decodeChanges(args.changes, ['changes']);
      const plan = await readPlan(ctx, args.programmeId);
      return { plan: withStagedChanges(plan, changes) };
    },
  }),
);

const ReschedulePhasesInput = builder.inputType('ReschedulePhasesInput', {
  fields: (t) => ({
    programmeId: t.id({ required: true }),
    changes: t.field({ type: [PhaseChangeInput], required: true }),
    reason: t.string({ required: false, validate: z.string().trim().max(2000) }),
  }),
});

builder.mutationField('reschedulePhases', (t) =>
  t.prismaField({
    type: 'Programme',
    description:
      'Saves several staged phase moves at once: all or none. Each phase’s version is checked, its earlier dates kept in its history and the change audited, as reschedulePhase does.',
    errors: {},
    authScopes: (_root, { input }) => ({
      plannerOfPhases: input.changes.map((change) => change.phaseId),
    }),
    args: { input: t.arg({ type: ReschedulePhasesInput, required: true }) },
    resolve: async (query, _root, { input }, ctx, info) => {
      const programmeId = idOf('Programme', input.programmeId, ['input', 'programmeId']);
      const changes = decodeChanges(input.changes, ['input', 'changes']);
      if (!changes.length)
        throw new InvalidInputError(['input', 'changes'], 'Stage at least one change to save.');
      const reason = input.reason?.trim() || null;
      await inMutation(ctx, info, async (steps) => {
        // One read for every phase staged, not one each.
        const phases = await steps.tx.inspectionPhase.findMany({
          where: { id: { in: changes.map((change) => change.phaseId) } },
          include: {
            inspection: {
              select: { title: true, programmeId: true, programme: { select: { status: true } } },
            },
          },
        });
        const byId = new Map(phases.map((phase) => [phase.id, phase]));
        for (const [index, change] of changes.entries()) {
          const dates = { plannedStart: change.plannedStart, plannedEnd: change.plannedEnd };
          const phase = byId.get(change.phaseId);
          await changeVersioned(steps, {
            what: phase ? `${phaseWords[phase.kind]} of “${phase.inspection.title}”` : 'phase',
            entityType: 'InspectionPhase',
            id: change.phaseId,
            globalId: change.globalId,
            expectedVersion: change.expectedVersion,
            read: async () => (phase?.inspection.programmeId === programmeId ? phase : null),
            rules: (before) => assertScheduleEditable(before.inspection.programme.status),
            write: (tx, before) =>
              tx.inspectionPhase.updateMany({
                where: { id: before.id, version: before.version },
                data: { ...dates, version: { increment: 1 } },
              }),
            alsoWrite: (tx, before) => keepEarlierDates(tx, before, ctx.actor, reason),
            audited: ({ inspection: _inspection, ...before }) => ({
              before,
              after: { ...dates, actualStart: before.actualStart, actualEnd: before.actualEnd },
            }),
          }).catch((error: unknown) => {
            // A stale phase refuses the whole save, named, at its place in the input.
            throw error instanceof ConflictError
              ? new ConflictError(error.message, [
                  'input',
                  'changes',
                  String(index),
                  'expectedVersion',
                ])
              : error;
          });
        }
      });
      return ctx.prisma.programme.findUniqueOrThrow({
        ...selectionOf(query),
        where: { id: programmeId },
      });
    },
  }),
);
