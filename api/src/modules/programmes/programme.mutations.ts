import { z } from 'zod';
import { builder } from '../../builder.ts';
import { NotFoundError, InvalidStateError } from '../../errors.ts';
import { changeVersioned, inMutation } from '../shared/mutation.ts';
import { idOf, selectionOf } from '../shared/ids.ts';
import {
  assertConsultationClosed,
  assertProgrammeMove,
  assertTwoYearPeriod,
} from './programme.rules.ts';
import { captureBaseline } from './baseline.capture.ts';
import { ProgrammeRef, ProgrammeStatusEnum } from './programme.types.ts';

const title = z
  .string()
  .trim()
  .min(3, 'Give the programme a title of at least 3 characters.')
  .max(200, 'Keep the title to 200 characters.');

const CreateProgrammeInput = builder.inputType('CreateProgrammeInput', {
  fields: (t) => ({
    title: t.string({ required: true, validate: title }),
    startsOn: t.field({ type: 'Date', required: true }),
    endsOn: t.field({
      type: 'Date',
      required: true,
      description: 'The day before the same date two years on.',
    }),
  }),
});

builder.mutationField('createProgramme', (t) =>
  t.prismaField({
    type: ProgrammeRef,
    description: 'Starts a draft programme.',
    errors: {},
    authScopes: { inspectorateStaff: true },
    args: { input: t.arg({ type: CreateProgrammeInput, required: true }) },
    resolve: async (query, _root, { input }, ctx, info) => {
      assertTwoYearPeriod(input.startsOn, input.endsOn);
      const id = await inMutation(ctx, info, async ({ tx, audit }) => {
        const programme = await tx.programme.create({
          data: { title: input.title.trim(), startsOn: input.startsOn, endsOn: input.endsOn },
        });
        await tx.programmeStatusChange.create({
          data: { programmeId: programme.id, toStatus: 'DRAFT', changedBy: ctx.actor },
        });
        await audit('Programme', programme.id, { after: programme });
        return programme.id;
      });
      return ctx.prisma.programme.findUniqueOrThrow({ ...selectionOf(query), where: { id } });
    },
  }),
);

const ChangeProgrammeStatusInput = builder.inputType('ChangeProgrammeStatusInput', {
  fields: (t) => ({
    programmeId: t.id({ required: true }),
    status: t.field({ type: ProgrammeStatusEnum, required: true }),
    expectedVersion: t.int({ required: true }),
    reason: t.string({ required: false, validate: z.string().trim().max(2000) }),
  }),
});

builder.mutationField('changeProgrammeStatus', (t) =>
  t.prismaField({
    type: ProgrammeRef,
    description:
      'Agrees, publishes or returns a programme to draft. Publishing a revision supersedes the programme it revises.',
    errors: {},
    authScopes: { inspectorateLead: true },
    args: { input: t.arg({ type: ChangeProgrammeStatusInput, required: true }) },
    resolve: async (query, _root, { input }, ctx, info) => {
      const id = idOf('Programme', input.programmeId, ['input', 'programmeId']);
      await inMutation(ctx, info, (steps) =>
        changeVersioned(steps, {
          what: 'programme',
          entityType: 'Programme',
          id,
          globalId: input.programmeId,
          expectedVersion: input.expectedVersion,
          read: (tx) =>
            tx.programme.findUnique({
              where: { id },
              include: { consultation: { select: { status: true, closesOn: true } } },
            }),
          rules: (before) => {
            assertProgrammeMove(before.status, input.status);
            assertConsultationClosed(input.status, before.consultation);
          },
          write: (tx, before) =>
            tx.programme.updateMany({
              where: { id, version: before.version },
              data: { status: input.status, version: { increment: 1 } },
            }),
          alsoWrite: async (tx, before) => {
            await tx.programmeStatusChange.create({
              data: {
                programmeId: id,
                fromStatus: before.status,
                toStatus: input.status,
                changedBy: ctx.actor,
                reason: input.reason?.trim() || null,
              },
            });
            if (input.status === 'PUBLISHED' && before.revisesId) {
              const revised = await tx.programme.update({
                where: { id: before.revisesId },
                data: { status: 'SUPERSEDED', version: { increment: 1 } },
              });
              await tx.programmeStatusChange.create({
                data: {
                  programmeId: revised.id,
                  fromStatus: 'PUBLISHED',
                  toStatus: 'SUPERSEDED',
                  changedBy: ctx.actor,
                  reason: `Superseded by "${before.title}"`,
                },
              });
            }
            // Agreeing, and again publishing, fixes the plan later changes are measured
            // against. The baseline row records who captured it and when; the audit the move.
            if (input.status === 'AGREED' || input.status === 'PUBLISHED')
              await captureBaseline(tx, id, input.status, ctx.actor);
          },
          audited: (before) => ({
            before: { status: before.status },
            after: { status: input.status },
          }),
        }),
      );
      return ctx.prisma.programme.findUniqueOrThrow({ ...selectionOf(query), where: { id } });
    },
  }),
);

const ReviseProgrammeInput = builder.inputType('ReviseProgrammeInput', {
  fields: (t) => ({
    programmeId: t.id({ required: true }),
    title: t.string({ required: false, validate: title }),
  }),
});

builder.mutationField('reviseProgramme', (t) =>
  t.prismaField({
    type: ProgrammeRef,
    description:
      'Starts a draft revision of a published programme, copying its inspections; publishing the revision supersedes the original.',
    errors: {},
    authScopes: { inspectorateStaff: true },
    args: { input: t.arg({ type: ReviseProgrammeInput, required: true }) },
    resolve: async (query, _root, { input }, ctx, info) => {
      const originalId = idOf('Programme', input.programmeId, ['input', 'programmeId']);
      const id = await inMutation(ctx, info, async ({ tx, audit }) => {
        const original = await tx.programme.findUnique({
          where: { id: originalId },
          include: {
            revisedBy: true,
            inspections: {
              include: {
                partners: true,
                kindsInScope: true,
                localities: true,
                phases: { include: { staffing: true } },
              },
            },
          },
        });
        if (!original) throw new NotFoundError('programme', input.programmeId);
        if (original.status !== 'PUBLISHED')
          throw new InvalidStateError(
            'Only a published programme is revised: change a draft directly, or return an agreed one to draft.',
          );
        if (original.revisedBy)
          throw new InvalidStateError(
            `This programme already has a revision, "${original.revisedBy.title}": carry on with that one.`,
          );
        const revision = await tx.programme.create({
          data: {
            title: input.title?.trim() ?? `${original.title} (revised)`,
            startsOn: original.startsOn,
            endsOn: original.endsOn,
            revisesId: original.id,
          },
        });
        await tx.programmeStatusChange.create({
          data: {
            programmeId: revision.id,
            toStatus: 'DRAFT',
            changedBy: ctx.actor,
            reason: `Revision of "${original.title}"`,
          },
        });
        for (const inspection of original.inspections) {
          await tx.inspection.create({
            data: {
              programmeId: revision.id,
              title: inspection.title,
              kind: inspection.kind,
              victimsThematic: inspection.victimsThematic,
              theme: inspection.theme,
              scopeStatement: inspection.scopeStatement,
              leadInspectorateId: inspection.leadInspectorateId,
              status: inspection.status,
              cancellationReason: inspection.cancellationReason,
              partners: {
                create: inspection.partners.map((p) => ({ inspectorateId: p.inspectorateId })),
              },
              kindsInScope: {
                create: inspection.kindsInScope.map((k) => ({ agencyKindCode: k.agencyKindCode })),
              },
              localities: { create: inspection.localities.map((l) => ({ agencyId: l.agencyId })) },
              phases: {
                create: inspection.phases.map((phase) => ({
                  kind: phase.kind,
                  plannedStart: phase.plannedStart,
                  plannedEnd: phase.plannedEnd,
                  actualStart: phase.actualStart,
                  actualEnd: phase.actualEnd,
                  staffing: {
                    create: phase.staffing.map((s) => ({
                      inspectorateId: s.inspectorateId,
                      inspectorWeeks: s.inspectorWeeks,
                    })),
                  },
                })),
              },
            },
          });
        }
        await audit('Programme', revision.id, {
          after: { revises: original.id, inspections: original.inspections.length },
        });
        return revision.id;
      });
      return ctx.prisma.programme.findUniqueOrThrow({ ...selectionOf(query), where: { id } });
    },
  }),
);
