/**
 * Each minister's agreement to a direction, recorded one at a time by that minister's office
 * (or by an administrator for any of them) with the day it was given. The last of the three
 * makes the direction given, and so in force.
 */
import { builder } from '../../builder.ts';
import { InvalidInputError } from '../../errors.ts';
import { idOf, selectionOf } from '../shared/ids.ts';
import { changeVersioned, inMutation } from '../shared/mutation.ts';
import { ukToday } from '../shared/uk-day.ts';
import { agreementDateProblem, directionGiven, ministerInWords } from './direction.rules.ts';
import { directingMinisters } from './direction.types.ts';

const RecordDirectionAgreementInput = builder.inputType('RecordDirectionAgreementInput', {
  fields: (t) => ({
    directionId: t.id({ required: true }),
    ministerId: t.id({ required: true }),
    agreedOn: t.field({ type: 'Date', required: true }),
    expectedVersion: t.int({ required: true, description: 'The direction’s version as read.' }),
  }),
});

builder.mutationField('recordDirectionAgreement', (t) =>
  t.prismaField({
    type: 'MinisterialDirection',
    description:
      'Records that one minister agreed to a direction, and on which day; the third agreement makes it given and in force.',
    errors: {},
    authScopes: (_root, { input }) => ({ ministerOfficeFor: [String(input.ministerId)] }),
    args: { input: t.arg({ type: RecordDirectionAgreementInput, required: true }) },
    resolve: async (query, _root, { input }, ctx, info) => {
      const id = idOf('MinisterialDirection', input.directionId, ['input', 'directionId']);
      const ministerId = idOf('Minister', input.ministerId, ['input', 'ministerId']);
      const directing = await directingMinisters(ctx);
      const minister = directing.find((m) => m.id === ministerId);
      if (!minister)
        throw new InvalidInputError(['input', 'ministerId'], 'The minister is not known.');
      const today = ukToday(ctx.now());
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
            const problem = agreementDateProblem(input.agreedOn, direction.draftedOn, today);
            return problem ? [{ field: ['input', 'agreedOn'], message: problem }] : [];
          },
          rules: (direction) => {
            const already = direction.givenBy.find((a) => a.ministerId === ministerId);
            // A recorded agreement is a fact: it is not recorded twice nor silently redated.
            if (already)
              throw new InvalidInputError(
                ['input', 'agreedOn'],
                `${ministerInWords(minister).replace(/^t/, 'T')}’s agreement is already recorded`,
              );
          },
          write: async (tx, direction) => {
            const agreements = [...direction.givenBy, { ministerId, agreedOn: input.agreedOn }];
            const { givenOn } = directionGiven(agreements, directing);
            const written = await tx.ministerialDirection.updateMany({
              where: { id, version: direction.version },
              data: { givenOn, version: { increment: 1 } },
            });
            if (written.count)
              await tx.directionMinister.create({
                data: {
                  directionId: id,
                  ministerId,
                  agreedOn: input.agreedOn,
                  recordedBy: ctx.actor,
                },
              });
            return written;
          },
          audited: (direction) => ({
            before: { givenOn: direction.givenOn, agreements: direction.givenBy },
            after: { ministerId, agreedOn: input.agreedOn },
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
