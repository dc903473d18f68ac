/**
 * The directory of agencies as data: an administrator adds an agency of any kind, renames one
 * (the old name is kept as a former name) and closes one (it keeps its record, ratings and
 * plans, and leaves the choices for new work), and reopens one closed in error or opened again
 * (the closing day it undid is kept). Every change is audited and versioned.
 */
import { z } from 'zod';
import { builder } from '../../builder.ts';
import type { FieldIssue } from '../../errors.ts';
import { changeVersioned, inMutation } from '../shared/mutation.ts';
import { decodeId, idOf, selectionOf } from '../shared/ids.ts';
import { assertNoIssues, futureDateIssue, ukToday } from '../shared/uk-day.ts';
import type { Transaction } from '../shared/audit.ts';
import { AgencyKindCodeEnum } from './agency-kind.types.ts';
import { CountryEnum } from './agency.types.ts';
import {
  agencyDetailsIssues,
  closeIssues,
  parentIssues,
  reopenIssues,
  renameIssues,
  type ParentChoice,
} from './agency.rules.ts';

const optionalText = (max: number) => z.string().trim().max(max).nullish();

const AddAgencyInput = builder.inputType('AddAgencyInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    shortName: t.string({ required: false, validate: optionalText(100) }),
    kindCode: t.field({ type: AgencyKindCodeEnum, required: true }),
    region: t.string({
      required: false,
      description: 'The region it is grouped under for comparison.',
      validate: optionalText(100),
    }),
    country: t.field({ type: CountryEnum, required: true }),
    parentId: t.id({
      required: false,
      description: 'The national agency or region it belongs to (a prison to HMPPS).',
    }),
    notes: t.string({ required: false, validate: optionalText(2000) }),
  }),
});

/** Which agency, if any, goes by a name in any case: two agencies never share one. */
async function nameHolders(tx: Transaction, name: string, exceptId?: string) {
  const holder = await tx.agency.findFirst({
    where: {
      name: { equals: name.trim(), mode: 'insensitive' },
      ...(exceptId ? { id: { not: exceptId } } : {}),
    },
    select: { name: true },
  });
  return () => holder?.name;
}

/** The agency chosen to belong to: undefined when none was chosen, null when it is not known. */
async function parentChoice(
  tx: Transaction,
  globalId: string | null | undefined,
): Promise<ParentChoice | null | undefined> {
  if (!globalId) return undefined;
  const id = decodeId('Agency', globalId);
  if (!id) return null;
  return tx.agency.findUnique({
    where: { id },
    select: { id: true, name: true, closedOn: true },
  });
}

const blank = (value: string | null | undefined) => value?.trim() || null;

builder.mutationField('addAgency', (t) =>
  t.prismaField({
    type: 'Agency',
    description:
      'Adds an agency of any kind to the directory: a prison, a youth offending team, an HMCTS region, a probation delivery unit.',
    errors: {},
    authScopes: { administrator: true },
    args: { input: t.arg({ type: AddAgencyInput, required: true }) },
    resolve: async (query, _root, { input }, ctx, info) => {
      const id = await inMutation(ctx, info, async ({ tx, audit }) => {
        const [taken, parent] = await Promise.all([
          nameHolders(tx, input.name),
          parentChoice(tx, input.parentId),
        ]);
        assertNoIssues(
          agencyDetailsIssues(input, taken),
          parentIssues(parent, ['input', 'parentId']),
        );
        const agency = await tx.agency.create({
          data: {
            name: input.name.trim(),
            shortName: blank(input.shortName),
            kindCode: input.kindCode,
            region: blank(input.region),
            country: input.country,
            parentId: parent?.id ?? null,
            notes: blank(input.notes),
          },
        });
        await audit('Agency', agency.id, { after: agency });
        return agency.id;
      });
      return ctx.prisma.agency.findUniqueOrThrow({ ...selectionOf(query), where: { id } });
    },
  }),
);

const versionField = {
  required: true,
  description: 'The version you read: a change made since answers a ConflictError.',
} as const;

const RenameAgencyInput = builder.inputType('RenameAgencyInput', {
  fields: (t) => ({
    agencyId: t.id({ required: true }),
    expectedVersion: t.int(versionField),
    name: t.string({ required: true }),
    shortName: t.string({ required: false, validate: optionalText(100) }),
    renamedOn: t.field({
      type: 'Date',
      required: false,
      description: 'The first day of the new name; today if not given.',
    }),
  }),
});

function agencyRecord(id: string, globalId: string, expectedVersion: number) {
  return {
    what: 'agency',
    entityType: 'Agency',
    id,
    globalId,
    expectedVersion,
    read: (tx: Transaction) => tx.agency.findUnique({ where: { id } }),
  };
}

builder.mutationField('renameAgency', (t) =>
  t.prismaField({
    type: 'Agency',
    description:
      'Gives an agency a new name. The name it had is kept in its former names, with the day it changed.',
    errors: {},
    authScopes: { administrator: true },
    args: { input: t.arg({ type: RenameAgencyInput, required: true }) },
    resolve: async (query, _root, { input }, ctx, info) => {
      const id = idOf('Agency', input.agencyId, ['input', 'agencyId']);
      const today = ukToday(ctx.now());
      const renamedOn = input.renamedOn ?? today;
      await inMutation(ctx, info, async (steps) => {
        const taken = await nameHolders(steps.tx, input.name, id);
        await changeVersioned(steps, {
          ...agencyRecord(id, input.agencyId, input.expectedVersion),
          inputIssues: (agency): FieldIssue[] => [
            ...agencyDetailsIssues(input, taken),
            ...renameIssues(agency, input, ['input', 'name']),
            ...futureDateIssue(['input', 'renamedOn'], 'Date of the new name', renamedOn, today),
          ],
          write: async (tx, agency) => {
            await tx.agencyFormerName.create({
              data: {
                agencyId: id,
                name: agency.name,
                shortName: agency.shortName,
                renamedOn,
                renamedBy: ctx.actor,
              },
            });
            return tx.agency.updateMany({
              where: { id, version: agency.version },
              data: {
                name: input.name.trim(),
                shortName: blank(input.shortName),
                version: { increment: 1 },
              },
            });
          },
          audited: (agency) => ({
            before: { name: agency.name, shortName: agency.shortName },
            after: { name: input.name.trim(), shortName: blank(input.shortName), renamedOn },
          }),
        });
      });
      return ctx.prisma.agency.findUniqueOrThrow({ ...selectionOf(query), where: { id } });
    },
  }),
);

const CloseAgencyInput = builder.inputType('CloseAgencyInput', {
  fields: (t) => ({
    agencyId: t.id({ required: true }),
    expectedVersion: t.int(versionField),
    closedOn: t.field({
      type: 'Date',
      required: true,
      description: 'The last day it existed as itself.',
    }),
  }),
});

builder.mutationField('closeAgency', (t) =>
  t.prismaField({
    type: 'Agency',
    description:
      'Marks an agency closed from a day. It keeps its record, ratings and plans, and is left out of the choices for new work.',
    errors: {},
    authScopes: { administrator: true },
    args: { input: t.arg({ type: CloseAgencyInput, required: true }) },
    resolve: async (query, _root, { input }, ctx, info) => {
      const id = idOf('Agency', input.agencyId, ['input', 'agencyId']);
      await inMutation(ctx, info, (steps) =>
        changeVersioned(steps, {
          ...agencyRecord(id, input.agencyId, input.expectedVersion),
          inputIssues: (agency) =>
            closeIssues(agency, input.closedOn, ukToday(ctx.now()), ['input', 'closedOn']),
          write: (tx, agency) =>
            tx.agency.updateMany({
              where: { id, version: agency.version },
              data: { closedOn: input.closedOn, version: { increment: 1 } },
            }),
          audited: (agency) => ({
            before: { name: agency.name, closedOn: null },
            after: { name: agency.name, closedOn: input.closedOn },
          }),
        }),
      );
      return ctx.prisma.agency.findUniqueOrThrow({ ...selectionOf(query), where: { id } });
    },
  }),
);

const ReopenAgencyInput = builder.inputType('ReopenAgencyInput', {
  fields: (t) => ({
    agencyId: t.id({ required: true }),
    expectedVersion: t.int(versionField),
    reason: t.string({
      required: true,
      description: 'Why: closed in error, or opened again. Kept with the closing day it undoes.',
    }),
  }),
});

builder.mutationField('reopenAgency', (t) =>
  t.prismaField({
    type: 'Agency',
    description:
      'Undoes an agency’s closing, with a reason: it is offered for new work again. The closing day and the reason are kept in its reopenings.',
    errors: {},
    authScopes: { administrator: true },
    args: { input: t.arg({ type: ReopenAgencyInput, required: true }) },
    resolve: async (query, _root, { input }, ctx, info) => {
      const id = idOf('Agency', input.agencyId, ['input', 'agencyId']);
      await inMutation(ctx, info, (steps) =>
        changeVersioned(steps, {
          ...agencyRecord(id, input.agencyId, input.expectedVersion),
          inputIssues: (agency) => reopenIssues(agency, input.reason, ['input', 'reason']),
          write: (tx, agency) =>
            tx.agency.updateMany({
              where: { id, version: agency.version },
              data: { closedOn: null, version: { increment: 1 } },
            }),
          alsoWrite: async (tx, agency) => {
            await tx.agencyReopening.create({
              data: {
                agencyId: id,
                closedOn: agency.closedOn!,
                reason: input.reason.trim(),
                reopenedBy: ctx.actor,
                reopenedAt: ctx.now(),
              },
            });
          },
          audited: (agency) => ({
            before: { name: agency.name, closedOn: agency.closedOn },
            after: { name: agency.name, closedOn: null, reason: input.reason.trim() },
          }),
        }),
      );
      return ctx.prisma.agency.findUniqueOrThrow({ ...selectionOf(query), where: { id } });
    },
  }),
);
