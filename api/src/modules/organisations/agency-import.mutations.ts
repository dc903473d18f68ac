/**
 * Agencies from a CSV file, the way ratings are imported: every row checked and kept with its
 * problems, nothing written until an administrator accepts the good rows, all in one
 * transaction. Only administrators check, see and decide these files.
 */
import type { AgencyKindCode, Prisma } from '@cjji/db';
import { z } from 'zod';
import { builder } from '../../builder.ts';
import type { Context } from '../../context.ts';
import {
  ConflictError,
  InvalidInputError,
  InvalidStateError,
  NotFoundError,
} from '../../errors.ts';
import { mayManageAgencies } from '../access/agency.access.ts';
import { changeVersioned, inMutation } from '../shared/mutation.ts';
import { selectionOf } from '../shared/ids.ts';
import {
  checkAgencyRows,
  readAgenciesCsv,
  type AgencyImportLookups,
  type CheckedAgencyRow,
} from './agency-import.rules.ts';
import { UnreadableFileError } from '../shared/csv-file.ts';

/** Everything a file of agencies is checked against, in two queries. */
async function agencyImportLookups(ctx: Context): Promise<AgencyImportLookups> {
  const [agencies, kinds] = await Promise.all([
    ctx.prisma.agency.findMany({
      select: { id: true, name: true, shortName: true, closedOn: true },
    }),
    ctx.prisma.agencyKind.findMany({
      select: { code: true, name: true },
      orderBy: { sortOrder: 'asc' },
    }),
  ]);
  const parents: AgencyImportLookups['parents'] = new Map();
  for (const agency of agencies) {
    if (agency.shortName) parents.set(agency.shortName.toLowerCase(), agency);
    parents.set(agency.name.toLowerCase(), agency);
  }
  return {
    kinds: new Map(
      kinds.flatMap((kind) => [
        [kind.code.toLowerCase(), kind],
        [kind.name.toLowerCase(), kind],
      ]),
    ),
    names: new Map(agencies.map((agency) => [agency.name.toLowerCase(), agency.name])),
    parents,
  };
}

const AgencyImportRowRef = builder.objectRef<CheckedAgencyRow>('AgencyImportRow').implement({
  description: 'One row of a file of agencies as checked.',
  fields: (t) => ({
    line: t.exposeInt('line', {
      description: 'The line of the file, counting the header as line 1.',
    }),
    name: t.string({ resolve: (row) => row.values.name ?? '' }),
    kind: t.string({ resolve: (row) => row.values.kind ?? '' }),
    parent: t.string({ resolve: (row) => row.values.parent ?? '' }),
    ok: t.boolean({ resolve: (row) => row.problems.length === 0 }),
    problems: t.exposeStringList('problems'),
  }),
});

const rowsOf = (batch: { rows: Prisma.JsonValue }) => batch.rows as unknown as CheckedAgencyRow[];

builder.prismaObject('AgencyImport', {
  description:
    'A file of agencies, checked row by row. Nothing is written until an administrator accepts its good rows.',
  authScopes: { administrator: true },
  fields: (t) => ({
    id: t.exposeID('id'),
    fileName: t.exposeString('fileName'),
    status: t.exposeString('status'),
    goodRows: t.exposeInt('goodRows'),
    badRows: t.exposeInt('badRows'),
    rows: t.field({
      type: [AgencyImportRowRef],
      args: { onlyProblems: t.arg.boolean({ required: false }) },
      resolve: (batch, args) =>
        rowsOf(batch).filter((row) => (args.onlyProblems ? row.problems.length > 0 : true)),
    }),
    checkedBy: t.exposeString('checkedBy'),
    checkedAt: t.expose('checkedAt', { type: 'DateTime' }),
    decidedBy: t.exposeString('decidedBy', { nullable: true }),
    decidedAt: t.expose('decidedAt', { type: 'DateTime', nullable: true }),
    version: t.exposeInt('version'),
    viewerCan: t.field({
      type: builder
        .objectRef<{ accept: boolean; discard: boolean }>('AgencyImportViewerCan')
        .implement({
          description: 'What the signed-in person may do with the checked file now.',
          fields: (f) => ({
            accept: f.exposeBoolean('accept', {
              description: 'acceptAgencyImport: administrators, while checked with good rows.',
            }),
            discard: f.exposeBoolean('discard', {
              description: 'discardAgencyImport: administrators, while checked.',
            }),
          }),
        }),
      resolve: (batch, _args, ctx) => {
        const open = mayManageAgencies(ctx.viewer) && batch.status === 'CHECKED';
        return { accept: open && batch.goodRows > 0, discard: open };
      },
    }),
  }),
});

const uuid = z.string().uuid();

/** A file by its id; a malformed id is answered as a missing file. */
function importId(id: string): string {
  if (!uuid.safeParse(id).success) throw new NotFoundError('agency import', id);
  return id;
}

builder.queryField('agencyImport', (t) =>
  t.prismaField({
    type: 'AgencyImport',
    authScopes: { administrator: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const batch = await ctx.prisma.agencyImport.findUnique({
        ...query,
        where: { id: importId(args.id) },
      });
      if (!batch) throw new NotFoundError('agency import', args.id);
      return batch;
    },
  }),
);

const CheckAgencyImportInput = builder.inputType('CheckAgencyImportInput', {
  fields: (t) => ({
    fileName: t.string({
      required: true,
      validate: z.string().trim().min(1, 'Give the file’s name.').max(255),
    }),
    csv: t.string({
      required: true,
      description: 'The file’s text, UTF-8.',
      validate: z
        .string()
        .min(1, 'The file is empty.')
        .max(2_000_000, 'The file is over 2 MB: split it into smaller files.'),
    }),
  }),
});

builder.mutationField('checkAgencyImport', (t) =>
  t.prismaField({
    type: 'AgencyImport',
    description:
      'Checks a CSV file of agencies row by row and keeps the result for an administrator to accept or discard. Adds no agency.',
    errors: {},
    authScopes: { administrator: true },
    args: { input: t.arg({ type: CheckAgencyImportInput, required: true }) },
    resolve: async (query, _root, { input }, ctx, info) => {
      let checked: CheckedAgencyRow[];
      try {
        checked = checkAgencyRows(readAgenciesCsv(input.csv), await agencyImportLookups(ctx));
      } catch (error) {
        if (error instanceof UnreadableFileError)
          throw new InvalidInputError(['input', 'csv'], error.message);
        throw error;
      }
      const good = checked.filter((row) => row.agency).length;
      const id = await inMutation(ctx, info, async ({ tx, audit }) => {
        const created = await tx.agencyImport.create({
          data: {
            fileName: input.fileName.trim(),
            rows: checked as unknown as Prisma.InputJsonValue,
            goodRows: good,
            badRows: checked.length - good,
            checkedBy: ctx.actor,
          },
        });
        await audit('AgencyImport', created.id, {
          after: { fileName: created.fileName, goodRows: good, badRows: created.badRows },
        });
        return created.id;
      });
      return ctx.prisma.agencyImport.findUniqueOrThrow({ ...selectionOf(query), where: { id } });
    },
  }),
);

const DecideAgencyImportInput = builder.inputType('DecideAgencyImportInput', {
  fields: (t) => ({
    importId: t.id({ required: true }),
    expectedVersion: t.int({
      required: true,
      description: 'The file’s version when it was read, so that two decisions cannot cross.',
    }),
  }),
});

/** The file a decision is made on, as changeVersioned reads it: one still to be decided. */
const undecidedFile = (input: { importId: string; expectedVersion: number }) => {
  const id = importId(input.importId);
  return {
    what: 'file',
    entityType: 'AgencyImport',
    id,
    globalId: input.importId,
    expectedVersion: input.expectedVersion,
    read: (tx: Prisma.TransactionClient) => tx.agencyImport.findUnique({ where: { id } }),
    rules: (batch: { status: string }) => {
      if (batch.status !== 'CHECKED')
        throw new InvalidStateError(
          `This file was already ${batch.status === 'ACCEPTED' ? 'accepted' : 'discarded'}.`,
        );
    },
  };
};

/** Moves the file on, conditional on the version read: a second decision finds nothing to do. */
const decide = (
  tx: Prisma.TransactionClient,
  ctx: Context,
  batch: { id: string; version: number },
  status: 'ACCEPTED' | 'DISCARDED',
) =>
  tx.agencyImport.updateMany({
    where: { id: batch.id, status: 'CHECKED', version: batch.version },
    data: { status, decidedBy: ctx.actor, decidedAt: new Date(), version: { increment: 1 } },
  });

builder.mutationField('acceptAgencyImport', (t) =>
  t.prismaField({
    type: 'AgencyImport',
    description:
      'Adds the good rows of a checked file as agencies, all together or not at all. Rows with problems are left out.',
    errors: {},
    authScopes: { administrator: true },
    args: { input: t.arg({ type: DecideAgencyImportInput, required: true }) },
    resolve: async (query, _root, { input }, ctx, info) => {
      const file = undecidedFile(input);
      let created: Array<{ id: string; name: string; kindCode: string }> = [];
      await inMutation(ctx, info, (steps) =>
        changeVersioned(steps, {
          ...file,
          rules: (batch) => {
            file.rules(batch);
            if (!rowsOf(batch).some((row) => row.agency))
              throw new InvalidStateError('The file has no good rows to accept.');
          },
          write: (tx, batch) => decide(tx, ctx, batch, 'ACCEPTED'),
          alsoWrite: async (tx, batch) => {
            const agencies = rowsOf(batch).flatMap((row) => (row.agency ? [row.agency] : []));
            // The names were free when the file was checked; someone may have taken one since.
            const taken = await tx.agency.findMany({
              where: {
                OR: agencies.map((agency) => ({
                  name: { equals: agency.name, mode: 'insensitive' as const },
                })),
              },
              select: { name: true },
            });
            if (taken.length)
              throw new ConflictError(
                `${taken.map((agency) => agency.name).join(', ')} ${taken.length === 1 ? 'was' : 'were'} added since the file was checked. Check the file again to see which rows are still new.`,
              );
            created = await tx.agency.createManyAndReturn({
              // Checked against the kinds in the database when the file was read.
              data: agencies.map((agency) => ({
                ...agency,
                kindCode: agency.kindCode as AgencyKindCode,
              })),
              select: { id: true, name: true, kindCode: true },
            });
            for (const agency of created) await steps.audit('Agency', agency.id, { after: agency });
          },
          audited: (batch) => ({ after: { fileName: batch.fileName, agencies: created.length } }),
        }),
      );
      const id = file.id;
      return ctx.prisma.agencyImport.findUniqueOrThrow({ ...selectionOf(query), where: { id } });
    },
  }),
);

builder.mutationField('discardAgencyImport', (t) =>
  t.prismaField({
    type: 'AgencyImport',
    errors: {},
    authScopes: { administrator: true },
    args: { input: t.arg({ type: DecideAgencyImportInput, required: true }) },
    resolve: async (query, _root, { input }, ctx, info) => {
      const file = undecidedFile(input);
      await inMutation(ctx, info, (steps) =>
        changeVersioned(steps, {
          ...file,
          write: (tx, batch) => decide(tx, ctx, batch, 'DISCARDED'),
          audited: (batch) => ({ after: { fileName: batch.fileName } }),
        }),
      );
      const id = file.id;
      return ctx.prisma.agencyImport.findUniqueOrThrow({ ...selectionOf(query), where: { id } });
    },
  }),
);
