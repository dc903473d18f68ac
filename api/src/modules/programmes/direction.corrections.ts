/**
 * Correcting or withdrawing a recorded ministerial direction, and one minister's recorded
 * agreement to it, with a reason. A directing minister's office (or an administrator) corrects
 * a direction's title, requirement, period in force or number of thematics, or withdraws it: a
 * withdrawn direction is no longer in force, and no programme is checked against it. A
 * minister's own office corrects the day its minister agreed, or withdraws the agreement: the
 * direction is then given only once all three agree again. The earlier value stays in the
 * history (FactCorrection) and the audit trail.
 */
import { z } from 'zod';
import { builder } from '../../builder.ts';
import { InvalidInputError, InvalidStateError, type FieldIssue } from '../../errors.ts';
import { mayCorrectDirection } from '../access/programme.access.ts';
import { recordCorrection } from '../shared/correction.ts';
import {
  assertStillStands,
  correctionMarks,
  reasonIssues,
  unchangedIssues,
} from '../shared/correction.rules.ts';
import { idOf, selectionOf } from '../shared/ids.ts';
import { changeVersioned, inMutation } from '../shared/mutation.ts';
import { ukToday } from '../shared/uk-day.ts';
import { agreementDateProblem, directionGiven, ministerInWords } from './direction.rules.ts';
import { directingMinisters } from './direction.types.ts';

const CorrectDirectionInput = builder.inputType('CorrectDirectionInput', {
  fields: (t) => ({
    directionId: t.id({ required: true }),
    expectedVersion: t.int({ required: true }),
    withdraw: t.boolean({
      required: false,
      description: 'True to withdraw the direction: it is then no longer in force.',
    }),
    title: t.string({ required: false, validate: z.string().trim().max(300) }),
    requirement: t.string({ required: false, validate: z.string().trim().max(5000) }),
    inForceFrom: t.field({ type: 'Date', required: false }),
    inForceUntil: t.field({ type: 'Date', required: false }),
    minimumThematics: t.int({
      required: false,
      validate: z.number().int().max(50),
    }),
    reason: t.string({
      required: true,
      description: 'Why it is corrected or withdrawn; kept in the history.',
      validate: z.string().max(2000),
    }),
  }),
});

type DirectionFacts = {
  title: string;
  requirement: string;
  inForceFrom: Date;
  inForceUntil: Date | null;
  minimumThematics: number | null;
};
const factsOf = (d: DirectionFacts) => ({
  title: d.title,
  requirement: d.requirement,
  inForceFrom: d.inForceFrom,
  inForceUntil: d.inForceUntil,
  minimumThematics: d.minimumThematics,
});

builder.mutationField('correctDirection', (t) =>
  t.prismaField({
    type: 'MinisterialDirection',
    description:
      'Corrects a recorded direction (title, requirement, period in force, number of thematics), or withdraws it, with a reason; the earlier value stays in its history.',
    errors: {},
    authScopes: { ministerOffice: true },
    args: { input: t.arg({ type: CorrectDirectionInput, required: true }) },
    resolve: async (query, _root, { input }, ctx, info) => {
      const id = idOf('MinisterialDirection', String(input.directionId), ['input', 'directionId']);
      const withdraw = !!input.withdraw;
      const sent = withdraw
        ? {}
        : {
            title: input.title?.trim() || undefined,
            requirement: input.requirement?.trim() || undefined,
            inForceFrom: input.inForceFrom ?? undefined,
            inForceUntil: input.inForceUntil ?? undefined,
            minimumThematics: input.minimumThematics ?? undefined,
          };
      await inMutation(ctx, info, (steps) =>
        changeVersioned(steps, {
          what: 'direction',
          entityType: 'MinisterialDirection',
          id,
          globalId: String(input.directionId),
          expectedVersion: input.expectedVersion,
          read: (tx) => tx.ministerialDirection.findUnique({ where: { id } }),
          inputIssues: (direction) => {
            const issues: FieldIssue[] = reasonIssues(input.reason, withdraw);
            if (withdraw) return issues;
            if (input.title != null && input.title.trim().length < 3)
              issues.push({ field: ['input', 'title'], message: 'Give the direction a title.' });
            if (input.requirement != null && input.requirement.trim().length < 10)
              issues.push({
                field: ['input', 'requirement'],
                message: 'Set out what the direction requires, in its own words.',
              });
            const from = sent.inForceFrom ?? direction.inForceFrom;
            const until = sent.inForceUntil ?? direction.inForceUntil;
            if (until && until < from)
              issues.push({
                field: ['input', sent.inForceUntil ? 'inForceUntil' : 'inForceFrom'],
                message: 'The end of the direction must be after it comes into force.',
              });
            if (sent.minimumThematics != null) {
              if (direction.kind !== 'VICTIMS_THEMATICS')
                issues.push({
                  field: ['input', 'minimumThematics'],
                  message: 'Only a direction of victims’ thematics requires a number of them.',
                });
              else if (sent.minimumThematics < 1)
                issues.push({
                  field: ['input', 'minimumThematics'],
                  message: 'A direction requires at least one thematic.',
                });
            }
            issues.push(...unchangedIssues(direction, sent));
            return issues;
          },
          rules: (direction) => assertStillStands(direction, 'direction'),
          write: (tx, direction) =>
            tx.ministerialDirection.updateMany({
              where: { id, version: direction.version },
              data: {
                ...sent,
                ...correctionMarks(withdraw, input.reason, ctx.now()),
                version: { increment: 1 },
              },
            }),
          alsoWrite: (tx, direction) =>
            recordCorrection(tx, ctx.actor, {
              entityType: 'MinisterialDirection',
              entityId: id,
              withdrawn: withdraw,
              before: factsOf(direction),
              after: withdraw ? undefined : { ...factsOf(direction), ...sent },
              reason: input.reason,
            }),
          audited: (direction) => ({
            before: factsOf(direction),
            after: {
              ...(withdraw ? { withdrawn: true } : sent),
              reason: input.reason.trim(),
              version: direction.version + 1,
            },
          }),
        }),
      );
      return ctx.prisma.ministerialDirection.findUniqueOrThrow({
        ...selectionOf(query),
        where: { id },
      });
    },
  }),
);

const CorrectAgreementInput = builder.inputType('CorrectDirectionAgreementInput', {
  fields: (t) => ({
    directionId: t.id({ required: true }),
    ministerId: t.id({ required: true }),
    expectedVersion: t.int({ required: true, description: 'The direction’s version as read.' }),
    withdraw: t.boolean({
      required: false,
      description: 'True to withdraw the agreement: the direction awaits it again.',
    }),
    agreedOn: t.field({ type: 'Date', required: false }),
    reason: t.string({
      required: true,
      description: 'Why it is corrected or withdrawn; kept in the history.',
      validate: z.string().max(2000),
    }),
  }),
});

builder.mutationField('correctDirectionAgreement', (t) =>
  t.prismaField({
    type: 'MinisterialDirection',
    description:
      'Corrects the day a minister agreed to a direction, or withdraws the agreement, with a reason; whether the direction is given follows.',
    errors: {},
    authScopes: (_root, { input }) => ({ ministerOfficeFor: [String(input.ministerId)] }),
    args: { input: t.arg({ type: CorrectAgreementInput, required: true }) },
    resolve: async (query, _root, { input }, ctx, info) => {
      const id = idOf('MinisterialDirection', String(input.directionId), ['input', 'directionId']);
      const ministerId = idOf('Minister', String(input.ministerId), ['input', 'ministerId']);
      const withdraw = !!input.withdraw;
      const directing = await directingMinisters(ctx);
      const minister = directing.find((m) => m.id === ministerId);
      if (!minister)
        throw new InvalidInputError(['input', 'ministerId'], 'The minister is not known.');
      const today = ukToday(ctx.now());
      const entityId = `${id}:${ministerId}`;
      await inMutation(ctx, info, (steps) =>
        changeVersioned(steps, {
          what: 'direction',
          entityType: 'MinisterialDirection',
          id,
          globalId: String(input.directionId),
          expectedVersion: input.expectedVersion,
          read: (tx) =>
            tx.ministerialDirection.findUnique({ where: { id }, include: { givenBy: true } }),
          inputIssues: (direction) => {
            const issues: FieldIssue[] = reasonIssues(input.reason, withdraw);
            if (withdraw) return issues;
            if (!input.agreedOn)
              issues.push({ field: ['input', 'agreedOn'], message: 'Enter the date agreed' });
            else {
              const problem = agreementDateProblem(input.agreedOn, direction.draftedOn, today);
              if (problem) issues.push({ field: ['input', 'agreedOn'], message: problem });
              const agreed = direction.givenBy.find((a) => a.ministerId === ministerId);
              if (!problem && agreed)
                issues.push(...unchangedIssues(agreed, { agreedOn: input.agreedOn }));
            }
            return issues;
          },
          rules: (direction) => {
            assertStillStands(direction, 'direction');
            if (!direction.givenBy.some((a) => a.ministerId === ministerId))
              throw new InvalidStateError(
                `${ministerInWords(minister).replace(/^t/, 'T')}’s agreement is not recorded, so there is none to correct.`,
              );
          },
          write: async (tx, direction) => {
            const agreements = withdraw
              ? direction.givenBy.filter((a) => a.ministerId !== ministerId)
              : direction.givenBy.map((a) =>
                  a.ministerId === ministerId ? { ...a, agreedOn: input.agreedOn! } : a,
                );
            const { givenOn } = directionGiven(agreements, directing);
            return tx.ministerialDirection.updateMany({
              where: { id, version: direction.version },
              data: { givenOn, version: { increment: 1 } },
            });
          },
          alsoWrite: async (tx, direction) => {
            const before = direction.givenBy.find((a) => a.ministerId === ministerId)!;
            if (withdraw)
              await tx.directionMinister.delete({
                where: { directionId_ministerId: { directionId: id, ministerId } },
              });
            else
              await tx.directionMinister.update({
                where: { directionId_ministerId: { directionId: id, ministerId } },
                data: { agreedOn: input.agreedOn!, recordedBy: ctx.actor, recordedAt: ctx.now() },
              });
            await recordCorrection(tx, ctx.actor, {
              entityType: 'DirectionMinister',
              entityId,
              withdrawn: withdraw,
              before: { agreedOn: before.agreedOn, recordedBy: before.recordedBy },
              after: withdraw ? undefined : { agreedOn: input.agreedOn },
              reason: input.reason,
            });
          },
          audited: (direction) => ({
            before: {
              givenOn: direction.givenOn,
              agreement: direction.givenBy.find((a) => a.ministerId === ministerId),
            },
            after: {
              ministerId,
              ...(withdraw ? { withdrawn: true } : { agreedOn: input.agreedOn }),
              reason: input.reason.trim(),
            },
          }),
        }),
      );
      return ctx.prisma.ministerialDirection.findUniqueOrThrow({
        ...selectionOf(query),
        where: { id },
      });
    },
  }),
);

builder.prismaObjectFields('MinisterialDirection', (t) => ({
  correctedAt: t.expose('correctedAt', {
    type: 'DateTime',
    nullable: true,
    description: 'When it was last corrected; correctionReason says why.',
  }),
  correctionReason: t.exposeString('correctionReason', { nullable: true }),
  withdrawnAt: t.expose('withdrawnAt', {
    type: 'DateTime',
    nullable: true,
    description: 'When it was withdrawn: it is then no longer in force.',
  }),
  withdrawalReason: t.exposeString('withdrawalReason', { nullable: true }),
  viewerCanCorrect: t.boolean({
    description: 'correctDirection: a directing minister’s office, while it stands.',
    select: { withdrawnAt: true },
    resolve: (direction, _args, ctx) => !direction.withdrawnAt && mayCorrectDirection(ctx.viewer),
  }),
}));
