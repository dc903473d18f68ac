import type { Prisma, RatingImportStatus } from '@cjji/db';
import { z } from 'zod';
import { builder } from '../../builder.ts';
import { frameworkPeriodIssues } from './rating-period.rules.ts';
import type { Context } from '../../context.ts';
import {
  AccessDeniedError,
  ConflictError,
  InvalidInputError,
  InvalidStateError,
  NotFoundError,
} from '../../errors.ts';
import { inspectoratesLedBy, isAdministrator, mayLeadFor } from '../access/viewer.ts';
import { maySeeRow, visibleWhere } from '../access/visibility.ts';
import type { Transaction } from '../shared/audit.ts';
import { changeVersioned, inMutation } from '../shared/mutation.ts';
import { day, isoDay, longDate, startOfDay } from '../shared/calendar.ts';
import { closedBefore } from '../organisations/agency.rules.ts';
import { idOf, selectionOf } from '../shared/ids.ts';
import { inSentence, listOf } from '../shared/words.ts';
import {
  checkRatingRows,
  readRatingsCsv,
  type CheckedRow,
  type ImportLookups,
} from './rating-import.rules.ts';
import { UnreadableFileError } from '../shared/csv-file.ts';

/** Everything a ratings file is checked against, read in a handful of queries. */
async function importLookups(ctx: Context): Promise<ImportLookups> {
  const [agencies, frameworks, areas, existing, kinds] = await Promise.all([
    ctx.prisma.agency.findMany({
      select: { id: true, name: true, shortName: true, kindCode: true, closedOn: true },
    }),
    ctx.prisma.ratingFramework.findMany({
      include: {
        agencyKinds: true,
        areas: true,
        grades: true,
        inspectorate: { select: { id: true, shortName: true } },
      },
    }),
    ctx.prisma.ratingArea.findMany(),
    ctx.prisma.rating.findMany({
      select: { agencyId: true, frameworkId: true, areaCode: true, ratedOn: true },
    }),
    ctx.prisma.agencyKind.findMany({ select: { code: true, pluralName: true } }),
  ]);
  const agencyMap: ImportLookups['agencies'] = new Map();
  for (const agency of agencies) {
    agencyMap.set(agency.name.toLowerCase(), agency);
    if (agency.shortName) agencyMap.set(agency.shortName.toLowerCase(), agency);
  }
  const frameworkMap = new Map<
    string,
    ImportLookups['frameworks'] extends Map<string, infer V> ? V : never
  >();
  for (const framework of frameworks) {
    const versions = frameworkMap.get(framework.name.toLowerCase()) ?? [];
    versions.push({
      ...framework,
      agencyKinds: framework.agencyKinds.map((k) => k.agencyKindCode),
      areaCodes: framework.areas.map((a) => a.areaCode),
      grades: new Map(framework.grades.map((g) => [g.label.toLowerCase(), g])),
    });
    frameworkMap.set(framework.name.toLowerCase(), versions);
  }
  return {
    agencies: agencyMap,
    frameworks: frameworkMap,
    areas: new Map(
      areas.flatMap(
        (area) =>
          [
            [area.code.toLowerCase(), area],
            [area.name.toLowerCase(), area],
          ] as const,
      ),
    ),
    existing: new Set(
      existing.map((r) => `${r.agencyId}|${r.frameworkId}|${r.areaCode}|${isoDay(r.ratedOn)}`),
    ),
    kindNames: Object.fromEntries(kinds.map((k) => [k.code, inSentence(k.pluralName)])),
    today: startOfDay(ctx.now()),
    mayRateFor: isAdministrator(ctx.viewer) ? 'any' : inspectoratesLedBy(ctx.viewer),
  };
}

/**
 * Whose file it is: the inspectorates the lead checking it leads, or, for an administrator, those
 * owning the frameworks of its good rows. Only their leads see and decide it.
 */
function importingInspectorates(
  ctx: Context,
  rows: CheckedRow[],
  lookups: ImportLookups,
): string[] {
  if (!isAdministrator(ctx.viewer)) return [...inspectoratesLedBy(ctx.viewer)];
  const owners = new Map(
    [...lookups.frameworks.values()].flat().map((f) => [f.id, f.inspectorate?.id] as const),
  );
  return [
    ...new Set(rows.flatMap((row) => (row.rating ? [owners.get(row.rating.frameworkId)] : []))),
  ].filter((owner): owner is string => !!owner);
}

const ImportRowRef = builder.objectRef<CheckedRow>('RatingImportRow').implement({
  description: 'One row of a ratings file as checked.',
  fields: (t) => ({
    line: t.exposeInt('line', {
      description: 'The line of the file, counting the header as line 1.',
    }),
    agency: t.string({ resolve: (row) => row.values.agency ?? '' }),
    grade: t.string({ resolve: (row) => row.values.grade ?? '' }),
    ratedOn: t.string({ resolve: (row) => row.values.rated_on ?? '' }),
    ok: t.boolean({ resolve: (row) => row.problems.length === 0 }),
    problems: t.exposeStringList('problems'),
    warnings: t.stringList({
      description:
        'What to look at in a row that is still saved (a date outside its framework’s period).',
      resolve: (row) => row.warnings ?? [],
    }),
  }),
});

builder.prismaNode('RatingImport', {
  description:
    'A file of ratings, checked row by row. Nothing is written until a person accepts its good rows.',
  // Its inspectorate's leads only (access/visibility.ts); another's file is not found.
  authScopes: (batch, ctx) => maySeeRow.RatingImport(ctx, batch),
  id: { field: 'id' },
  fields: (t) => ({
    fileName: t.exposeString('fileName'),
    status: t.exposeString('status'),
    goodRows: t.exposeInt('goodRows'),
    badRows: t.exposeInt('badRows'),
    rows: t.field({
      type: [ImportRowRef],
      args: { onlyProblems: t.arg.boolean({ required: false }) },
      resolve: (batch, args) =>
        (batch.rows as unknown as CheckedRow[]).filter(
          (row) => !args.onlyProblems || row.problems.length > 0 || !!row.warnings?.length,
        ),
    }),
    checkedBy: t.exposeString('checkedBy'),
    checkedAt: t.expose('checkedAt', { type: 'DateTime' }),
    decidedBy: t.exposeString('decidedBy', { nullable: true }),
    decidedAt: t.expose('decidedAt', { type: 'DateTime', nullable: true }),
    version: t.exposeInt('version'),
  }),
});

builder.queryField('ratingImport', (t) =>
  t.prismaField({
    type: 'RatingImport',
    authScopes: { inspectorateLead: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const batch = await ctx.prisma.ratingImport.findFirst({
        ...query,
        where: { AND: [{ id: idOf('RatingImport', args.id) }, visibleWhere.RatingImport(ctx)] },
      });
      if (!batch) throw new NotFoundError('rating import', args.id);
      return batch;
    },
  }),
);

const CheckRatingImportInput = builder.inputType('CheckRatingImportInput', {
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
        .max(5_000_000, 'The file is over 5 MB: split it into smaller files.'),
    }),
  }),
});

builder.mutationField('checkRatingImport', (t) =>
  t.prismaField({
    type: 'RatingImport',
    description:
      'Checks a CSV file of ratings row by row and keeps the result for a person to accept or discard. Writes no rating.',
    errors: {},
    authScopes: { inspectorateLead: true },
    args: { input: t.arg({ type: CheckRatingImportInput, required: true }) },
    resolve: async (query, _root, { input }, ctx, info) => {
      let checked: CheckedRow[];
      const lookups = await importLookups(ctx);
      try {
        checked = checkRatingRows(readRatingsCsv(input.csv), lookups);
      } catch (error) {
        if (error instanceof UnreadableFileError)
          throw new InvalidInputError(['input', 'csv'], error.message);
        throw error;
      }
      const good = checked.filter((row) => row.rating).length;
      const batch = await inMutation(ctx, info, async ({ tx, audit }) => {
        const created = await tx.ratingImport.create({
          data: {
            fileName: input.fileName.trim(),
            rows: checked as unknown as Prisma.InputJsonValue,
            goodRows: good,
            badRows: checked.length - good,
            checkedBy: ctx.actor,
            inspectorateIds: importingInspectorates(ctx, checked, lookups),
          },
        });
        await audit('RatingImport', created.id, {
          after: { fileName: created.fileName, goodRows: good, badRows: created.badRows },
        });
        return created;
      });
      return ctx.prisma.ratingImport.findUniqueOrThrow({
        ...selectionOf(query),
        where: { id: batch.id },
      });
    },
  }),
);

const DecideImportInput = builder.inputType('DecideRatingImportInput', {
  fields: (t) => ({
    importId: t.id({ required: true }),
    expectedVersion: t.int({
      required: true,
      description: 'The file’s version when it was read, so that two decisions cannot cross.',
    }),
  }),
});

/** The file a decision is made on, as changeVersioned reads it. */
const importRecord = (
  ctx: Context,
  id: string,
  input: { importId: string; expectedVersion: number },
) => ({
  what: 'file',
  entityType: 'RatingImport',
  id,
  globalId: input.importId,
  expectedVersion: input.expectedVersion,
  // Another inspectorate's file is answered as a missing one, before anything else.
  read: (tx: Transaction) =>
    tx.ratingImport.findFirst({ where: { AND: [{ id }, visibleWhere.RatingImport(ctx)] } }),
});

type ImportBatch = { id: string; status: RatingImportStatus; version: number; rows: unknown };

function assertUndecided(batch: ImportBatch): void {
  if (batch.status !== 'CHECKED')
    throw new InvalidStateError(
      `This file was already ${batch.status === 'ACCEPTED' ? 'accepted' : 'discarded'}.`,
    );
}

const goodRows = (batch: ImportBatch) =>
  (batch.rows as CheckedRow[]).flatMap((row) => (row.rating ? [row.rating] : []));

/** Accepts or discards a checked file, conditional on the version read. */
const decide = (
  tx: Transaction,
  actor: string,
  batch: ImportBatch,
  status: 'ACCEPTED' | 'DISCARDED',
) =>
  tx.ratingImport.updateMany({
    where: { id: batch.id, status: 'CHECKED', version: batch.version },
    data: { status, decidedBy: actor, decidedAt: new Date(), version: { increment: 1 } },
  });

builder.mutationField('acceptRatingImport', (t) =>
  t.prismaField({
    type: 'RatingImport',
    description:
      'Writes the good rows of a checked file as ratings, all together or not at all. Rows with problems are left out.',
    errors: {},
    authScopes: { inspectorateLead: true },
    args: { input: t.arg({ type: DecideImportInput, required: true }) },
    resolve: async (query, _root, { input }, ctx, info) => {
      const id = idOf('RatingImport', input.importId, ['input', 'importId']);
      await inMutation(ctx, info, (steps) =>
        changeVersioned(steps, {
          ...importRecord(ctx, id, input),
          rules: async (batch) => {
            assertUndecided(batch);
            const ratings = goodRows(batch);
            if (!ratings.length)
              throw new InvalidStateError('The file has no good rows to accept.');
            // Checked again here: the file may have been checked by a lead who has since moved on.
            const owners = await steps.tx.ratingFramework.findMany({
              where: { id: { in: [...new Set(ratings.map((rating) => rating.frameworkId))] } },
              select: { name: true, inspectorateId: true },
            });
            const notOurs = owners.filter((f) => !mayLeadFor(ctx.viewer, [f.inspectorateId]));
            if (notOurs.length)
              throw new AccessDeniedError(
                !!ctx.viewer,
                `accept ratings on ${notOurs.map((f) => f.name).join(', ')}`,
              );
            // And an agency may have closed since: nothing is rated after its closing day.
            const closed = await steps.tx.agency.findMany({
              where: {
                id: { in: [...new Set(ratings.map((rating) => rating.agencyId))] },
                closedOn: { not: null },
              },
              select: { id: true, name: true, closedOn: true },
            });
            const late = closed.filter((agency) =>
              ratings.some(
                (rating) =>
                  rating.agencyId === agency.id && closedBefore(agency, day(rating.ratedOn)),
              ),
            );
            if (late.length)
              throw new InvalidStateError(
                `${listOf(late.map((agency) => `${agency.name} closed on ${longDate(agency.closedOn!)}`))} since the file was checked. Check the file again to see which rows are dated after that.`,
              );
          },
          // Moving the status first means a second, concurrent accept finds nothing to do.
          write: (tx, batch) => decide(tx, ctx.actor, batch, 'ACCEPTED'),
          alsoWrite: async (tx, batch) => {
            const ratings = goodRows(batch);
            const written = await tx.rating.createMany({
              data: ratings.map((rating) => ({
                ...rating,
                ratedOn: new Date(`${rating.ratedOn}T00:00:00Z`),
                importId: id,
                recordedBy: ctx.actor,
              })),
              skipDuplicates: true,
            });
            if (written.count !== ratings.length) {
              throw new ConflictError(
                'Some of these ratings were recorded since the file was checked. Check the file again to see which.',
              );
            }
          },
          audited: (batch) => ({ after: { ratings: goodRows(batch).length } }),
        }),
      );
      return ctx.prisma.ratingImport.findUniqueOrThrow({ ...selectionOf(query), where: { id } });
    },
  }),
);

builder.mutationField('discardRatingImport', (t) =>
  t.prismaField({
    type: 'RatingImport',
    errors: {},
    authScopes: { inspectorateLead: true },
    args: { input: t.arg({ type: DecideImportInput, required: true }) },
    resolve: async (query, _root, { input }, ctx, info) => {
      const id = idOf('RatingImport', input.importId, ['input', 'importId']);
      await inMutation(ctx, info, (steps) =>
        changeVersioned(steps, {
          ...importRecord(ctx, id, input),
          rules: assertUndecided,
          write: (tx, batch) => decide(tx, ctx.actor, batch, 'DISCARDED'),
          audited: () => ({}),
        }),
      );
      return ctx.prisma.ratingImport.findUniqueOrThrow({ ...selectionOf(query), where: { id } });
    },
  }),
);

const RecordRatingInput = builder.inputType('RecordRatingInput', {
  fields: (t) => ({
    agencyId: t.id({ required: true }),
    frameworkId: t.id({ required: true }),
    areaCode: t.string({ required: true }),
    gradeId: t.id({ required: true }),
    ratedOn: t.field({ type: 'Date', required: true }),
    rationale: t.string({
      required: true,
      validate: z.string().trim().min(10, 'Give the published reason for the grade.').max(5000),
    }),
    inspectionId: t.id({ required: false }),
  }),
});

builder.mutationField('recordRating', (t) =>
  t.prismaField({
    type: 'Rating',
    description: 'Records one rating. Earlier ratings stay: history is never overwritten.',
    errors: {},
    authScopes: (_root, { input }) => ({ raterFor: input.frameworkId }),
    args: { input: t.arg({ type: RecordRatingInput, required: true }) },
    resolve: async (query, _root, { input }, ctx, info) => {
      const agencyId = idOf('Agency', input.agencyId, ['input', 'agencyId']);
      const frameworkId = idOf('RatingFramework', input.frameworkId, ['input', 'frameworkId']);
      const inspectionId = input.inspectionId
        ? idOf('Inspection', input.inspectionId, ['input', 'inspectionId'])
        : null;
      const [agency, framework] = await Promise.all([
        ctx.prisma.agency.findUnique({
          where: { id: agencyId },
          select: { name: true, kindCode: true, closedOn: true },
        }),
        ctx.prisma.ratingFramework.findUnique({
          where: { id: frameworkId },
          include: { agencyKinds: true, areas: true, grades: true },
        }),
      ]);
      const issues = [];
      if (!agency)
        issues.push({ field: ['input', 'agencyId'], message: 'The agency is not known.' });
      if (!framework)
        issues.push({ field: ['input', 'frameworkId'], message: 'The framework is not known.' });
      if (
        framework &&
        agency &&
        !framework.agencyKinds.some((k) => k.agencyKindCode === agency.kindCode)
      )
        issues.push({
          field: ['input', 'frameworkId'],
          message: `${framework.name} does not rate ${agency.name}.`,
        });
      if (framework && !framework.areas.some((a) => a.areaCode === input.areaCode))
        issues.push({
          field: ['input', 'areaCode'],
          message: `${framework.name} does not grade that area.`,
        });
      if (framework && !framework.grades.some((g) => g.id === input.gradeId))
        issues.push({
          field: ['input', 'gradeId'],
          message: `That is not a grade of ${framework.name}.`,
        });
      if (input.ratedOn > startOfDay(ctx.now()))
        issues.push({
          field: ['input', 'ratedOn'],
          message: 'The rating date cannot be in the future.',
        });
      if (framework) issues.push(...frameworkPeriodIssues(framework, input.ratedOn));
      if (agency && closedBefore(agency, input.ratedOn))
        issues.push({
          field: ['input', 'ratedOn'],
          message: `${agency.name} closed on ${longDate(agency.closedOn!)}: a rating must be dated on or before then.`,
        });
      if (issues.length) throw new InvalidInputError(issues);
      const id = await inMutation(ctx, info, async ({ tx, audit }) => {
        const clash = await tx.rating.findUnique({
          where: {
            agencyId_frameworkId_areaCode_ratedOn: {
              agencyId,
              frameworkId,
              areaCode: input.areaCode,
              ratedOn: input.ratedOn,
            },
          },
          select: { id: true },
        });
        if (clash)
          throw new ConflictError(
            `${agency!.name} already has a ${framework!.name} rating for that area on ${isoDay(input.ratedOn)}.`,
            ['input', 'ratedOn'],
          );
        const rating = await tx.rating.create({
          data: {
            agencyId,
            frameworkId,
            areaCode: input.areaCode,
            gradeId: input.gradeId,
            ratedOn: input.ratedOn,
            rationale: input.rationale.trim(),
            inspectionId,
            recordedBy: ctx.actor,
          },
        });
        await audit('Rating', rating.id, { after: rating });
        return rating.id;
      });
      return ctx.prisma.rating.findUniqueOrThrow({ ...selectionOf(query), where: { id } });
    },
  }),
);
