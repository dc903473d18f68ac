import { z } from 'zod';
import { builder } from '../../builder.ts';
import { futureDateIssue, ukToday } from '../shared/uk-day.ts';
import { InvalidInputError, InvalidStateError } from '../../errors.ts';
import type { Transaction } from '../shared/audit.ts';
import { changeVersioned, inMutation } from '../shared/mutation.ts';
import { remitProblemFor } from '../organisations/remit.ts';
import { idOf, selectionOf } from '../shared/ids.ts';
import { startOfDay } from '../shared/calendar.ts';
import { responseDueOn } from '../deadlines/deadline.rules.ts';
import { EscalationKindEnum } from './escalation.types.ts';
import { endBlockedBecause, endDateIssues } from './escalation.rules.ts';

const RecordEscalationInput = builder.inputType('RecordEscalationInput', {
  fields: (t) => ({
    kind: t.field({ type: EscalationKindEnum, required: true }),
    agencyId: t.id({ required: true }),
    inspectorateId: t.id({ required: true }),
    issuedOn: t.field({ type: 'Date', required: true }),
    summary: t.string({
      required: true,
      validate: z.string().trim().min(10, 'Summarise the concerns.').max(10000),
    }),
  }),
});

builder.mutationField('recordEscalation', (t) =>
  t.prismaField({
    type: 'Escalation',
    description:
      'Records an escalation. An Urgent Notification’s public response falls due 28 days after it is issued.',
    errors: {},
    authScopes: (_root, { input }) => ({ leadFor: input.inspectorateId }),
    args: { input: t.arg({ type: RecordEscalationInput, required: true }) },
    resolve: async (query, _root, { input }, ctx, info) => {
      const agencyId = idOf('Agency', input.agencyId, ['input', 'agencyId']);
      const inspectorateId = idOf('Inspectorate', input.inspectorateId, [
        'input',
        'inspectorateId',
      ]);
      if (input.issuedOn > startOfDay(ctx.now()))
        throw new InvalidInputError(
          ['input', 'issuedOn'],
          'An escalation cannot be issued in the future.',
        );
      const id = await inMutation(ctx, info, async ({ tx, audit }) => {
        const outsideRemit = await remitProblemFor(tx, agencyId, inspectorateId);
        if (outsideRemit) throw new InvalidInputError(['input', 'inspectorateId'], outsideRemit);
        const escalation = await tx.escalation.create({
          data: {
            kind: input.kind,
            agencyId,
            inspectorateId,
            issuedOn: input.issuedOn,
            summary: input.summary.trim(),
            recordedBy: ctx.actor,
            responseDueOn:
              input.kind === 'URGENT_NOTIFICATION'
                ? responseDueOn('URGENT_NOTIFICATION', input.issuedOn)
                : null,
          },
        });
        await audit('Escalation', escalation.id, { after: escalation });
        return escalation.id;
      });
      return ctx.prisma.escalation.findUniqueOrThrow({ ...selectionOf(query), where: { id } });
    },
  }),
);

/** The escalation a change is made to, as changeVersioned reads it. */
const escalationRecord = (id: string, globalId: string, expectedVersion?: number | null) => ({
  what: 'escalation',
  entityType: 'Escalation',
  id,
  globalId,
  expectedVersion,
  read: (tx: Transaction) => tx.escalation.findUnique({ where: { id } }),
});

const EscalationResponseInput = builder.inputType('RecordEscalationResponseInput', {
  fields: (t) => ({
    escalationId: t.id({ required: true }),
    respondedOn: t.field({ type: 'Date', required: true }),
    expectedVersion: t.int({
      required: false,
      description: 'The version you read. When given, a change made since answers a ConflictError.',
    }),
  }),
});

builder.mutationField('recordEscalationResponse', (t) =>
  t.prismaField({
    type: 'Escalation',
    description: 'Records the date the response to an Urgent Notification was published.',
    errors: {},
    authScopes: (_root, { input }) => ({ escalationResponder: input.escalationId }),
    args: { input: t.arg({ type: EscalationResponseInput, required: true }) },
    resolve: async (query, _root, { input }, ctx, info) => {
      const id = idOf('Escalation', input.escalationId, ['input', 'escalationId']);
      await inMutation(ctx, info, (steps) =>
        changeVersioned(steps, {
          ...escalationRecord(id, input.escalationId, input.expectedVersion),
          rules: (escalation) => {
            if (escalation.kind !== 'URGENT_NOTIFICATION')
              throw new InvalidStateError(
                'Only an Urgent Notification has a public response to record.',
              );
            if (escalation.respondedOn)
              throw new InvalidStateError('The response is already recorded.');
          },
          inputIssues: (escalation) => [
            ...(input.respondedOn < escalation.issuedOn
              ? [
                  {
                    field: ['input', 'respondedOn'],
                    message: 'The response cannot come before the notification.',
                  },
                ]
              : []),
            ...futureDateIssue(
              ['input', 'respondedOn'],
              'Date of the response',
              input.respondedOn,
              ukToday(ctx.now()),
            ),
          ],
          write: (tx, escalation) =>
            tx.escalation.updateMany({
              where: { id, version: escalation.version },
              data: { respondedOn: input.respondedOn, version: { increment: 1 } },
            }),
          audited: () => ({ after: { respondedOn: input.respondedOn } }),
        }),
      );
      return ctx.prisma.escalation.findUniqueOrThrow({ ...selectionOf(query), where: { id } });
    },
  }),
);

const EndEscalationInput = builder.inputType('EndEscalationInput', {
  fields: (t) => ({
    escalationId: t.id({ required: true }),
    endedOn: t.field({ type: 'Date', required: true }),
    expectedVersion: t.int({
      required: true,
      description: 'The version you read: a change made since answers a ConflictError.',
    }),
  }),
});

builder.mutationField('endEscalation', (t) =>
  t.prismaField({
    type: 'Escalation',
    description:
      'Records the day an escalation ended: the agency left the Engage phase, the review of progress concluded, or the Urgent Notification was followed through after its response.',
    errors: {},
    authScopes: (_root, { input }) => ({ escalationOwner: input.escalationId }),
    args: { input: t.arg({ type: EndEscalationInput, required: true }) },
    resolve: async (query, _root, { input }, ctx, info) => {
      const id = idOf('Escalation', input.escalationId, ['input', 'escalationId']);
      await inMutation(ctx, info, (steps) =>
        changeVersioned(steps, {
          ...escalationRecord(id, input.escalationId, input.expectedVersion),
          inputIssues: (escalation) =>
            endDateIssues(escalation, input.endedOn, ukToday(ctx.now()), ['input', 'endedOn']),
          rules: (escalation) => {
            const blocked = endBlockedBecause(escalation);
            if (blocked) throw new InvalidStateError(blocked);
          },
          write: (tx, escalation) =>
            tx.escalation.updateMany({
              where: { id, version: escalation.version },
              data: { endedOn: input.endedOn, version: { increment: 1 } },
            }),
          audited: () => ({ before: { endedOn: null }, after: { endedOn: input.endedOn } }),
        }),
      );
      return ctx.prisma.escalation.findUniqueOrThrow({ ...selectionOf(query), where: { id } });
    },
  }),
);
