import { z } from 'zod';
import { builder } from '../../builder.ts';
import { InvalidInputError, NotFoundError, type FieldIssue } from '../../errors.ts';
import { changeVersioned, inMutation } from '../shared/mutation.ts';
import { idOf, selectionOf } from '../shared/ids.ts';
import { startOfDay } from '../shared/calendar.ts';
import {
  assertClosable,
  assertOpenable,
  assertRecordable,
  consulteeResponseIssues,
  publicResponseIssues,
} from './consultation.rules.ts';
import { ConsultationRef, ConsulteeResponseOutcomeEnum } from './consultation.types.ts';

const longText = z.string().trim().max(20_000, 'Keep it to 20,000 characters.');

const OpenConsultationInput = builder.inputType('OpenConsultationInput', {
  fields: (t) => ({
    programmeId: t.id({ required: true }),
    opensOn: t.field({ type: 'Date', required: true }),
    closesOn: t.field({ type: 'Date', required: true }),
    runByInspectorateId: t.id({
      required: true,
      description: 'The inspectorate whose chief inspector runs it (usually HMICFRS).',
    }),
  }),
});

builder.mutationField('openConsultation', (t) =>
  t.prismaField({
    type: ConsultationRef,
    description:
      'Proposes a draft programme for consultation: its inspections as they stand are published as the proposal.',
    errors: {},
    authScopes: { inspectorateStaff: true },
    args: { input: t.arg({ type: OpenConsultationInput, required: true }) },
    resolve: async (query, _root, { input }, ctx, info) => {
      const programmeId = idOf('Programme', input.programmeId, ['input', 'programmeId']);
      const runById = idOf('Inspectorate', input.runByInspectorateId, [
        'input',
        'runByInspectorateId',
      ]);
      const id = await inMutation(ctx, info, async ({ tx, audit }) => {
        const programme = await tx.programme.findUnique({
          where: { id: programmeId },
          include: {
            consultation: { select: { id: true } },
            inspections: {
              where: { status: { not: 'CANCELLED' } },
              orderBy: { title: 'asc' },
              include: {
                leadInspectorate: { select: { shortName: true } },
                partners: { include: { inspectorate: { select: { shortName: true } } } },
                kindsInScope: true,
              },
            },
          },
        });
        if (!programme) throw new NotFoundError('programme', input.programmeId);
        if (!(await tx.inspectorate.findUnique({ where: { id: runById }, select: { id: true } })))
          throw new InvalidInputError(
            ['input', 'runByInspectorateId'],
            'Choose the inspectorate that runs the consultation.',
          );
        assertOpenable({
          programmeStatus: programme.status,
          hasConsultation: !!programme.consultation,
          inspections: programme.inspections.length,
          opensOn: input.opensOn,
          closesOn: input.closesOn,
          today: startOfDay(ctx.now()),
        });
        const consultation = await tx.consultation.create({
          data: {
            programmeId,
            runById,
            opensOn: input.opensOn,
            closesOn: input.closesOn,
            openedBy: ctx.actor,
            proposals: {
              create: programme.inspections.map((inspection, position) => ({
                inspectionId: inspection.id,
                position,
                topic: inspection.title,
                theme: inspection.theme,
                summary: inspection.scopeStatement,
                leadShortName: inspection.leadInspectorate.shortName,
                leadInspectorateId: inspection.leadInspectorateId,
                partnerShortNames: inspection.partners.map((p) => p.inspectorate.shortName).sort(),
                kindsInScope: inspection.kindsInScope.map((k) => k.agencyKindCode),
                victimsThematic: inspection.victimsThematic,
              })),
            },
          },
          include: { proposals: true },
        });
        await audit('Consultation', consultation.id, { after: consultation });
        return consultation.id;
      });
      return ctx.prisma.consultation.findUniqueOrThrow({ ...selectionOf(query), where: { id } });
    },
  }),
);

const RecordConsulteeResponseInput = builder.inputType('RecordConsulteeResponseInput', {
  fields: (t) => ({
    consultationId: t.id({ required: true }),
    consulteeId: t.id({ required: true }),
    outcome: t.field({ type: ConsulteeResponseOutcomeEnum, required: true }),
    receivedOn: t.field({ type: 'Date', required: false }),
    text: t.string({ required: false, validate: longText }),
    attachments: t.stringList({
      required: false,
      description: 'References of the attachments, one each.',
      validate: z
        .array(z.string().trim().min(1).max(300, 'Keep each reference to 300 characters.'))
        .max(20, 'Give at most 20 attachment references.'),
    }),
    inspectorateAgreedOn: t.field({ type: 'Date', required: false }),
    consulteeAgreedOn: t.field({ type: 'Date', required: false }),
    correctionReason: t.string({ required: false, validate: z.string().trim().max(2000) }),
  }),
});

builder.mutationField('recordConsulteeResponse', (t) =>
  t.prismaField({
    type: 'ConsulteeResponse',
    description:
      'Records a statutory consultee’s response, a waiver both sides agreed, or that none came by the close; again, with a reason, to correct it.',
    errors: {},
    authScopes: { inspectorateStaff: true },
    args: { input: t.arg({ type: RecordConsulteeResponseInput, required: true }) },
    resolve: async (query, _root, { input }, ctx, info) => {
      const consultationId = idOf('Consultation', input.consultationId, [
        'input',
        'consultationId',
      ]);
      const consulteeId = idOf('StatutoryConsultee', input.consulteeId, ['input', 'consulteeId']);
      const id = await inMutation(ctx, info, async ({ tx, audit }) => {
        const consultation = await tx.consultation.findUnique({ where: { id: consultationId } });
        if (!consultation) throw new NotFoundError('consultation', input.consultationId);
        const consultee = await tx.statutoryConsultee.findUnique({ where: { id: consulteeId } });
        if (!consultee) throw new NotFoundError('statutory consultee', input.consulteeId);
        assertRecordable(consultation.status);
        const before = await tx.consulteeResponse.findUnique({
          where: { consultationId_consulteeId: { consultationId, consulteeId } },
        });
        const issues: FieldIssue[] = consulteeResponseIssues(input, {
          opensOn: consultation.opensOn,
          closesOn: consultation.closesOn,
          today: startOfDay(ctx.now()),
          alreadyRecorded: !!before,
        });
        if (issues.length) throw new InvalidInputError(issues);
        const received = input.outcome === 'RECEIVED';
        const waived = input.outcome === 'WAIVED';
        const data = {
          outcome: input.outcome,
          receivedOn: received ? input.receivedOn! : null,
          text: received ? input.text!.trim() : input.text?.trim() || null,
          attachments: received ? (input.attachments ?? []) : [],
          inspectorateAgreedOn: waived ? input.inspectorateAgreedOn! : null,
          consulteeAgreedOn: waived ? input.consulteeAgreedOn! : null,
          recordedBy: ctx.actor,
          recordedAt: ctx.now(),
          correctionReason: before ? input.correctionReason!.trim() : null,
        };
        const response = before
          ? await tx.consulteeResponse.update({
              where: { id: before.id },
              data: { ...data, version: { increment: 1 } },
            })
          : await tx.consulteeResponse.create({ data: { consultationId, consulteeId, ...data } });
        // A second response from the same consultee corrects the first: its before says so.
        await audit('ConsulteeResponse', response.id, {
          before: before ?? undefined,
          after: { ...response, consultee: consultee.shortName },
        });
        return response.id;
      });
      return ctx.prisma.consulteeResponse.findUniqueOrThrow({
        ...selectionOf(query),
        where: { id },
      });
    },
  }),
);

const RecordPublicResponseInput = builder.inputType('RecordPublicResponseInput', {
  fields: (t) => ({
    consultationId: t.id({ required: true }),
    respondent: t.string({
      required: true,
      validate: z.string().trim().max(300, 'Keep the name to 300 characters.'),
    }),
    organisation: t.string({ required: false, validate: z.string().trim().max(300) }),
    receivedOn: t.field({ type: 'Date', required: true }),
    text: t.string({ required: true, validate: longText }),
    proposalIds: t.idList({
      required: true,
      description: 'The proposed inspections it concerns; none for the programme as a whole.',
      validate: z.array(z.string()).max(100),
    }),
  }),
});

builder.mutationField('recordPublicResponse', (t) =>
  t.prismaField({
    type: 'PublicResponse',
    description: 'Records a response from the public, linked to the proposals it concerns.',
    errors: {},
    authScopes: { inspectorateStaff: true },
    args: { input: t.arg({ type: RecordPublicResponseInput, required: true }) },
    resolve: async (query, _root, { input }, ctx, info) => {
      const consultationId = idOf('Consultation', input.consultationId, [
        'input',
        'consultationId',
      ]);
      const proposalIds = [
        ...new Set(
          input.proposalIds.map((id) => idOf('ConsultationProposal', id, ['input', 'proposalIds'])),
        ),
      ];
      const id = await inMutation(ctx, info, async ({ tx, audit }) => {
        const consultation = await tx.consultation.findUnique({
          where: { id: consultationId },
          include: { proposals: { select: { id: true } } },
        });
        if (!consultation) throw new NotFoundError('consultation', input.consultationId);
        assertRecordable(consultation.status);
        const issues = publicResponseIssues(input, {
          opensOn: consultation.opensOn,
          today: startOfDay(ctx.now()),
        });
        const known = new Set(consultation.proposals.map((p) => p.id));
        if (proposalIds.some((proposalId) => !known.has(proposalId)))
          issues.push({
            field: ['input', 'proposalIds'],
            message: 'Choose proposals of this consultation.',
          });
        if (issues.length) throw new InvalidInputError(issues);
        const response = await tx.publicResponse.create({
          data: {
            consultationId,
            respondent: input.respondent.trim(),
            organisation: input.organisation?.trim() || null,
            receivedOn: input.receivedOn,
            text: input.text.trim(),
            recordedBy: ctx.actor,
            proposals: { create: proposalIds.map((proposalId) => ({ proposalId })) },
          },
        });
        await audit('PublicResponse', response.id, { after: { ...response, proposalIds } });
        return response.id;
      });
      return ctx.prisma.publicResponse.findUniqueOrThrow({ ...selectionOf(query), where: { id } });
    },
  }),
);

const CloseConsultationInput = builder.inputType('CloseConsultationInput', {
  fields: (t) => ({
    consultationId: t.id({ required: true }),
    expectedVersion: t.int({ required: true }),
    outcome: t.string({
      required: true,
      description: 'What we heard and what we changed; published with the agreed programme.',
      validate: longText,
    }),
  }),
});

builder.mutationField('closeConsultation', (t) =>
  t.prismaField({
    type: ConsultationRef,
    description:
      'Closes a consultation on or after its closing date with its outcome; a statutory consultee with nothing recorded is recorded as none received.',
    errors: {},
    authScopes: { inspectorateStaff: true },
    args: { input: t.arg({ type: CloseConsultationInput, required: true }) },
    resolve: async (query, _root, { input }, ctx, info) => {
      const id = idOf('Consultation', input.consultationId, ['input', 'consultationId']);
      // Filled in after the write, for the audit: the consultees now recorded as silent.
      let silent: { id: string; shortName: string }[] = [];
      await inMutation(ctx, info, (steps) =>
        changeVersioned(steps, {
          what: 'consultation',
          entityType: 'Consultation',
          id,
          globalId: input.consultationId,
          expectedVersion: input.expectedVersion,
          read: (tx) =>
            tx.consultation.findUnique({
              where: { id },
              include: { consulteeResponses: { select: { consulteeId: true } } },
            }),
          rules: (before) =>
            assertClosable({
              status: before.status,
              closesOn: before.closesOn,
              today: startOfDay(ctx.now()),
              outcome: input.outcome,
            }),
          write: (tx, before) =>
            tx.consultation.updateMany({
              where: { id, version: before.version },
              data: {
                status: 'CLOSED',
                outcome: input.outcome.trim(),
                closedBy: ctx.actor,
                closedAt: ctx.now(),
                version: { increment: 1 },
              },
            }),
          alsoWrite: async (tx, before) => {
            silent = await tx.statutoryConsultee.findMany({
              where: {
                retiredOn: null,
                id: { notIn: before.consulteeResponses.map((r) => r.consulteeId) },
              },
              select: { id: true, shortName: true },
            });
            await tx.consulteeResponse.createMany({
              data: silent.map((consultee) => ({
                consultationId: id,
                consulteeId: consultee.id,
                outcome: 'NONE_RECEIVED' as const,
                recordedBy: ctx.actor,
              })),
            });
          },
          audited: (before) => ({
            before: { status: before.status },
            after: {
              status: 'CLOSED',
              outcome: input.outcome.trim(),
              noneReceivedFrom: silent.map((c) => c.shortName),
            },
          }),
        }),
      );
      return ctx.prisma.consultation.findUniqueOrThrow({ ...selectionOf(query), where: { id } });
    },
  }),
);
