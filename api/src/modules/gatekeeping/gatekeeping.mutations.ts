/**
 * Recording another body's proposed inspection (the gatekeeping inspectorate's planners and
 * leads), the gatekeeper's decision on it (its leads), and the list of other inspecting bodies
 * (administrators). Each is one transaction, audited; a decision is versioned, and changing one
 * already given needs a reason.
 */
import { z } from 'zod';
import { builder } from '../../builder.ts';
import { NotFoundError, type FieldIssue } from '../../errors.ts';
import type { Transaction } from '../shared/audit.ts';
import { changeVersioned, inMutation } from '../shared/mutation.ts';
import { assertNoIssues, ukToday } from '../shared/uk-day.ts';
import { idOf, selectionOf } from '../shared/ids.ts';
import { decisionIssues, proposalIssues } from './gatekeeping.rules.ts';
import {
  GatekeepingDecisionEnum,
  OtherInspectingBodyRef,
  ProposedInspectionRef,
} from './gatekeeping.types.ts';

const RecordProposedInspectionInput = builder.inputType('RecordProposedInspectionInput', {
  fields: (t) => ({
    gatekeeperId: t.id({
      required: true,
      description: 'The inspectorate whose remit the agencies are in.',
    }),
    bodyId: t.id({ required: true, description: 'The other inspecting body proposing it.' }),
    // Left empty is checked with the rules, so that every problem is named at once.
    title: t.string({ required: true, validate: z.string().trim().max(200) }),
    covers: t.string({ required: true, validate: z.string().trim().max(4000) }),
    proposedOn: t.field({
      type: 'Date',
      required: true,
      description: 'The day the proposal came (today or earlier).',
    }),
    fieldworkStart: t.field({ type: 'Date', required: true }),
    fieldworkEnd: t.field({ type: 'Date', required: true }),
    agencyIds: t.idList({
      required: true,
      validate: z.array(z.string()).max(200, 'Select at most 200 agencies'),
    }),
  }),
});

builder.mutationField('recordProposedInspection', (t) =>
  t.prismaField({
    type: ProposedInspectionRef,
    description: 'Records an inspection another inspecting body proposes of agencies in a remit.',
    errors: {},
    authScopes: (_root, { input }) => ({ plannerFor: input.gatekeeperId }),
    args: { input: t.arg({ type: RecordProposedInspectionInput, required: true }) },
    resolve: async (query, _root, { input }, ctx, info) => {
      const gatekeeperId = idOf('Inspectorate', input.gatekeeperId, ['input', 'gatekeeperId']);
      const bodyId = idOf('OtherInspectingBody', input.bodyId, ['input', 'bodyId']);
      const agencyIds = [
        ...new Set(input.agencyIds.map((id) => idOf('Agency', id, ['input', 'agencyIds']))),
      ];
      const id = await inMutation(ctx, info, async ({ tx, audit }) => {
        const gatekeeper = await tx.inspectorate.findUnique({ where: { id: gatekeeperId } });
        if (!gatekeeper) throw new NotFoundError('inspectorate', input.gatekeeperId);
        const body = await tx.otherInspectingBody.findUnique({ where: { id: bodyId } });
        const agencies = await tx.agency.findMany({
          where: { id: { in: agencyIds } },
          select: {
            id: true,
            name: true,
            closedOn: true,
            kind: { select: { inspectedBy: { select: { id: true } } } },
          },
          orderBy: { name: 'asc' },
        });
        const field = (name: string) => ['input', name];
        assertNoIssues([
          ...(body && !body.retiredOn
            ? []
            : [{ field: field('bodyId'), message: 'Select the inspecting body' }]),
          ...(input.title.trim()
            ? []
            : [{ field: field('title'), message: 'Give the inspection’s title' }]),
          ...(input.covers.trim()
            ? []
            : [{ field: field('covers'), message: 'Say what the inspection would cover' }]),
          ...proposalIssues(
            {
              proposedOn: input.proposedOn,
              fieldworkStart: input.fieldworkStart,
              fieldworkEnd: input.fieldworkEnd,
              agencies: agencies.map((a) => ({
                id: a.id,
                name: a.name,
                closedOn: a.closedOn,
                inspectedBy: a.kind.inspectedBy.map((i) => i.id),
              })),
              agenciesAsked: agencyIds.length,
              gatekeeperId,
              gatekeeperName: gatekeeper.shortName,
            },
            ukToday(ctx.now()),
            field,
          ),
        ]);
        const created = await tx.proposedInspection.create({
          data: {
            gatekeeperId,
            bodyId,
            title: input.title.trim(),
            covers: input.covers.trim(),
            proposedOn: input.proposedOn,
            fieldworkStart: input.fieldworkStart,
            fieldworkEnd: input.fieldworkEnd,
            agencies: { create: agencyIds.map((agencyId) => ({ agencyId })) },
          },
        });
        await audit('ProposedInspection', created.id, {
          after: { ...created, agencyIds },
        });
        return created.id;
      });
      return ctx.prisma.proposedInspection.findUniqueOrThrow({
        ...selectionOf(query),
        where: { id },
      });
    },
  }),
);

const DecideProposedInspectionInput = builder.inputType('DecideProposedInspectionInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    expectedVersion: t.int({ required: true }),
    decision: t.field({ type: GatekeepingDecisionEnum, required: true }),
    decidedOn: t.field({ type: 'Date', required: true, description: 'Today or earlier.' }),
    reasons: t.string({ required: true, validate: z.string().max(4000) }),
    manner: t.string({
      required: false,
      description: 'For notice not to carry it out in that manner: the manner objected to.',
      validate: z.string().max(4000),
    }),
    correctionReason: t.string({
      required: false,
      description: 'Why an earlier decision is changed (needed when there is one).',
      validate: z.string().max(2000),
    }),
  }),
});

builder.mutationField('decideProposedInspection', (t) =>
  t.prismaField({
    type: ProposedInspectionRef,
    description:
      'The gatekeeper’s decision on another body’s proposed inspection: no objection, or notice not to carry it out (or not in that manner), with reasons.',
    errors: {},
    authScopes: (_root, { input }) => ({ gatekeeperOf: input.id }),
    args: { input: t.arg({ type: DecideProposedInspectionInput, required: true }) },
    resolve: async (query, _root, { input }, ctx, info) => {
      const id = idOf('ProposedInspection', input.id, ['input', 'id']);
      const manner = input.decision === 'NOT_IN_THAT_MANNER' ? input.manner?.trim() || null : null;
      const data = {
        decision: input.decision,
        decidedOn: input.decidedOn,
        decisionReasons: input.reasons.trim(),
        manner,
      };
      await inMutation(ctx, info, (steps) =>
        changeVersioned(steps, {
          what: 'proposed inspection',
          entityType: 'ProposedInspection',
          id,
          globalId: input.id,
          expectedVersion: input.expectedVersion,
          read: (tx) => tx.proposedInspection.findUnique({ where: { id } }),
          inputIssues: (before) =>
            decisionIssues(
              {
                decision: input.decision,
                decidedOn: input.decidedOn,
                reasons: input.reasons,
                manner: input.manner ?? null,
                correctionReason: input.correctionReason ?? null,
              },
              before,
              ukToday(ctx.now()),
              (name) => ['input', name],
            ),
          write: (tx, before) =>
            tx.proposedInspection.updateMany({
              where: { id, version: before.version },
              data: {
                ...data,
                correctionReason: before.decision ? input.correctionReason!.trim() : null,
                version: { increment: 1 },
              },
            }),
          audited: (before) => ({
            before: {
              decision: before.decision,
              decidedOn: before.decidedOn,
              decisionReasons: before.decisionReasons,
              manner: before.manner,
            },
            after: { ...data, correctionReason: input.correctionReason?.trim() || null },
          }),
        }),
      );
      return ctx.prisma.proposedInspection.findUniqueOrThrow({
        ...selectionOf(query),
        where: { id },
      });
    },
  }),
);

const SaveOtherInspectingBodyInput = builder.inputType('SaveOtherInspectingBodyInput', {
  fields: (t) => ({
    id: t.id({ required: false, description: 'Leave out to add a body.' }),
    expectedVersion: t.int({ required: false }),
    // Left empty is checked in the resolver, so that every empty box is named at once.
    name: t.string({ required: true, validate: z.string().trim().max(300) }),
    shortName: t.string({ required: true, validate: z.string().trim().max(60) }),
    inspects: t.string({ required: true, validate: z.string().trim().max(100) }),
    notes: t.string({ required: false, validate: z.string().trim().max(2000) }),
    retiredOn: t.field({ type: 'Date', required: false }),
  }),
});

builder.mutationField('saveOtherInspectingBody', (t) =>
  t.prismaField({
    type: OtherInspectingBodyRef,
    description: 'Adds or changes another inspecting body (administrators).',
    errors: {},
    authScopes: { administrator: true },
    args: { input: t.arg({ type: SaveOtherInspectingBodyInput, required: true }) },
    resolve: async (query, _root, { input }, ctx, info) => {
      const existingId = input.id ? idOf('OtherInspectingBody', input.id, ['input', 'id']) : null;
      const data = {
        name: input.name.trim(),
        shortName: input.shortName.trim(),
        inspects: input.inspects.trim(),
        notes: input.notes?.trim() || null,
        retiredOn: input.retiredOn ?? null,
        // Changed by an administrator: no longer the file's row as loaded.
        sourceKey: null,
      };
      assertNoIssues(
        (
          [
            ['name', 'Give the body’s name'],
            ['shortName', 'Give a short name'],
            ['inspects', 'Say where it inspects: England, Wales'],
          ] as const
        )
          .filter(([field]) => !data[field])
          .map(([field, message]) => ({ field: ['input', field], message })),
      );
      const clashes = async (tx: Transaction) => {
        const issues: FieldIssue[] = [];
        const clash = await tx.otherInspectingBody.findFirst({
          where: {
            OR: [{ name: data.name }, { shortName: data.shortName }],
            ...(existingId ? { id: { not: existingId } } : {}),
          },
        });
        if (clash?.name === data.name)
          issues.push({ field: ['input', 'name'], message: 'A body has this name already' });
        if (clash?.shortName === data.shortName)
          issues.push({
            field: ['input', 'shortName'],
            message: 'A body has this short name already',
          });
        return issues;
      };
      const id = await inMutation(ctx, info, async (steps) => {
        if (!existingId) {
          assertNoIssues(await clashes(steps.tx));
          const created = await steps.tx.otherInspectingBody.create({ data });
          await steps.audit('OtherInspectingBody', created.id, { after: created });
          return created.id;
        }
        await changeVersioned(steps, {
          what: 'inspecting body',
          entityType: 'OtherInspectingBody',
          id: existingId,
          globalId: input.id!,
          expectedVersion: input.expectedVersion ?? -1,
          read: (tx) => tx.otherInspectingBody.findUnique({ where: { id: existingId } }),
          inputIssues: () => clashes(steps.tx),
          write: (tx, before) =>
            tx.otherInspectingBody.updateMany({
              where: { id: existingId, version: before.version },
              data: { ...data, version: { increment: 1 } },
            }),
          audited: (before) => ({ before, after: data }),
        });
        return existingId;
      });
      return ctx.prisma.otherInspectingBody.findUniqueOrThrow({
        ...selectionOf(query),
        where: { id },
      });
    },
  }),
);
