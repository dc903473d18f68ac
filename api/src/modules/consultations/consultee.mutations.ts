/** The list of statutory consultees is data: an administrator adds, corrects and retires. */
import { z } from 'zod';
import { builder } from '../../builder.ts';
import type { FieldIssue } from '../../errors.ts';
import type { Transaction } from '../shared/audit.ts';
import { changeVersioned, inMutation } from '../shared/mutation.ts';
import { assertNoIssues } from '../shared/uk-day.ts';
import { idOf, selectionOf } from '../shared/ids.ts';
import { StatutoryConsulteeRef } from './consultation.types.ts';

const SaveStatutoryConsulteeInput = builder.inputType('SaveStatutoryConsulteeInput', {
  fields: (t) => ({
    id: t.id({ required: false, description: 'Leave out to add a consultee.' }),
    expectedVersion: t.int({ required: false }),
    name: t.string({
      required: true,
      validate: z.string().trim().min(3, 'Give the consultee’s name.').max(300),
    }),
    shortName: t.string({
      required: true,
      validate: z.string().trim().min(2, 'Give a short name.').max(60),
    }),
    basis: t.string({
      required: true,
      validate: z
        .string()
        .trim()
        .min(5, 'Give the provision that names it, e.g. an order’s reference.')
        .max(500),
    }),
    notes: t.string({ required: false, validate: z.string().trim().max(2000) }),
    retiredOn: t.field({
      type: 'Date',
      required: false,
      description: 'The day it stopped being consulted; leave out while it is.',
    }),
  }),
});

builder.mutationField('saveStatutoryConsultee', (t) =>
  t.prismaField({
    type: StatutoryConsulteeRef,
    description: 'Adds or changes a statutory consultee (administrators).',
    errors: {},
    authScopes: { administrator: true },
    args: { input: t.arg({ type: SaveStatutoryConsulteeInput, required: true }) },
    resolve: async (query, _root, { input }, ctx, info) => {
      const existingId = input.id ? idOf('StatutoryConsultee', input.id, ['input', 'id']) : null;
      const data = {
        name: input.name.trim(),
        shortName: input.shortName.trim(),
        basis: input.basis.trim(),
        notes: input.notes?.trim() || null,
        retiredOn: input.retiredOn ?? null,
      };
      /** A name or short name another consultee has already. */
      const clashes = async (tx: Transaction) => {
        const issues: FieldIssue[] = [];
        const clash = await tx.statutoryConsultee.findFirst({
          where: {
            OR: [{ name: data.name }, { shortName: data.shortName }],
            ...(existingId ? { id: { not: existingId } } : {}),
          },
        });
        if (clash?.name === data.name)
          issues.push({ field: ['input', 'name'], message: 'A consultee has this name already.' });
        if (clash?.shortName === data.shortName)
          issues.push({
            field: ['input', 'shortName'],
            message: 'A consultee has this short name already.',
          });
        return issues;
      };
      const id = await inMutation(ctx, info, async (steps) => {
        if (!existingId) {
          assertNoIssues(await clashes(steps.tx));
          const created = await steps.tx.statutoryConsultee.create({ data });
          await steps.audit('StatutoryConsultee', created.id, { after: created });
          return created.id;
        }
        await changeVersioned(steps, {
          what: 'statutory consultee',
          entityType: 'StatutoryConsultee',
          id: existingId,
          globalId: input.id!,
          // A change must say which version it changes.
          expectedVersion: input.expectedVersion ?? -1,
          read: (tx) => tx.statutoryConsultee.findUnique({ where: { id: existingId } }),
          inputIssues: () => clashes(steps.tx),
          write: (tx, before) =>
            tx.statutoryConsultee.updateMany({
              where: { id: existingId, version: before.version },
              data: { ...data, version: { increment: 1 } },
            }),
          audited: (before) => ({ before, after: data }),
        });
        return existingId;
      });
      return ctx.prisma.statutoryConsultee.findUniqueOrThrow({
        ...selectionOf(query),
        where: { id },
      });
    },
  }),
);
