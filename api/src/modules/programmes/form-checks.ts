/**
 * A direction of form is a checklist: a planner marks whether the programme meets each item,
 * with a note, and the check before agreeing or publishing names every item not marked met.
 */
import { builder } from '../../builder.ts';
import { once, type Context } from '../../context.ts';
import { InvalidInputError, InvalidStateError } from '../../errors.ts';
import { mayMarkFormItems } from '../access/programme.access.ts';
import { maySeeRow } from '../access/visibility.ts';
import { globalIdOf, idOf, selectionOf } from '../shared/ids.ts';
import { inMutation, setVersioned } from '../shared/mutation.ts';
import { staffName, staffNameNote } from '../shared/staff-names.ts';
import { directionInForceDuring, unmetFormItems } from './direction.rules.ts';
import { z } from 'zod';

interface FormCheck {
  programmeId: string;
  programmeStatus: 'DRAFT' | 'AGREED' | 'PUBLISHED' | 'SUPERSEDED';
  itemId: string;
  directionId: string;
  directionReference: string;
  position: number;
  text: string;
  met: boolean;
  note: string | null;
  markedBy: string | null;
  markedAt: Date | null;
  version: number | null;
}

interface FormItemRow {
  itemId: string;
  directionId: string;
  reference: string;
  position: number;
  text: string;
  inForceFrom: Date;
  inForceUntil: Date | null;
  /** The mark of one programme on the item, or nulls when no programme is marked yet. */
  programmeId: string | null;
  met: boolean | null;
  note: string | null;
  markedBy: string | null;
  markedAt: Date | null;
  version: number | null;
}

/**
 * Every item of every given direction of form, with every programme's mark on it: one
 * statement per request, however many programmes a query lists.
 */
export const formItemRows = (ctx: Context) =>
  once(
    ctx,
    'formItemRows',
    () => ctx.prisma.$queryRaw<FormItemRow[]>`
      SELECT i.id::text AS "itemId", d.id::text AS "directionId", d.reference, i.position, i.text,
        d."inForceFrom", d."inForceUntil", c."programmeId"::text AS "programmeId", c.met, c.note,
        c."markedBy", c."markedAt", c.version
      FROM "DirectionFormItem" i
      JOIN "MinisterialDirection" d ON d.id = i."directionId"
      LEFT JOIN "ProgrammeFormCheck" c ON c."itemId" = i.id
      WHERE d.kind = 'FORM' AND d."givenOn" IS NOT NULL AND d."withdrawnAt" IS NULL
      ORDER BY d."givenOn", d.reference, i.position`,
  );

async function formChecksOf(
  programme: { id: string; status: FormCheck['programmeStatus']; startsOn: Date; endsOn: Date },
  ctx: Context,
): Promise<FormCheck[]> {
  const rows = (await formItemRows(ctx)).filter((row) =>
    directionInForceDuring(row, { start: programme.startsOn, end: programme.endsOn }),
  );
  const checks = new Map<string, FormCheck>();
  for (const row of rows) {
    const mark = row.programmeId === programme.id ? row : null;
    const known = checks.get(row.itemId);
    if (known && !mark) continue;
    checks.set(row.itemId, {
      programmeId: programme.id,
      programmeStatus: programme.status,
      itemId: row.itemId,
      directionId: row.directionId,
      directionReference: row.reference,
      position: row.position,
      text: row.text,
      met: mark?.met ?? false,
      note: mark?.note ?? null,
      markedBy: mark?.markedBy ?? null,
      markedAt: mark?.markedAt ?? null,
      version: mark?.version ?? null,
    });
  }
  return [...checks.values()];
}

const FormCheckViewerCanRef = builder.objectRef<FormCheck>('FormCheckViewerCan').implement({
  fields: (t) => ({
    mark: t.boolean({
      description:
        'markFormItem: inspectorate planners and leads, until the programme is superseded.',
      resolve: (check, _args, ctx) => mayMarkFormItems(ctx.viewer, check.programmeStatus),
    }),
  }),
});

const FormCheckRef = builder.objectRef<FormCheck>('ProgrammeFormCheck').implement({
  description:
    'One item of a direction of form, and whether a planner has marked the programme as meeting it.',
  fields: (t) => ({
    itemId: t.id({ resolve: (c) => globalIdOf('DirectionFormItem', c.itemId) }),
    directionReference: t.exposeString('directionReference'),
    direction: t.prismaField({
      type: 'MinisterialDirection',
      resolve: (query, c, _args, ctx) =>
        ctx.prisma.ministerialDirection.findUniqueOrThrow({
          ...query,
          where: { id: c.directionId },
        }),
    }),
    position: t.exposeInt('position'),
    text: t.exposeString('text'),
    met: t.exposeBoolean('met', { description: 'False until a planner marks it met.' }),
    marked: t.boolean({ resolve: (c) => c.version !== null }),
    note: t.exposeString('note', { nullable: true }),
    markedBy: t.string({
      nullable: true,
      description: staffNameNote,
      resolve: (c, _args, ctx) => staffName(c.markedBy, ctx),
    }),
    markedAt: t.field({ type: 'DateTime', nullable: true, resolve: (c) => c.markedAt }),
    version: t.int({
      nullable: true,
      description: 'The mark’s version; null until first marked.',
      resolve: (c) => c.version,
    }),
    viewerCan: t.field({ type: FormCheckViewerCanRef, resolve: (c) => c }),
  }),
});

builder.prismaObjectFields('Programme', (t) => ({
  formChecks: t.field({
    type: [FormCheckRef],
    description:
      'Each item of every direction of form in force during the programme, and whether it is marked met.',
    select: { startsOn: true, endsOn: true, status: true },
    resolve: (programme, _args, ctx) => formChecksOf(programme, ctx),
  }),
  unmetFormItems: t.stringList({
    description:
      'The items of directions of form not marked met, named in the check before agreeing or publishing: a warning, not a block.',
    select: { startsOn: true, endsOn: true, status: true },
    resolve: async (programme, _args, ctx) => {
      const checks = await formChecksOf(programme, ctx);
      return unmetFormItems(
        checks.map((c) => ({
          id: c.itemId,
          text: c.text,
          directionReference: c.directionReference,
        })),
        checks.filter((c) => c.version !== null).map((c) => ({ itemId: c.itemId, met: c.met })),
      );
    },
  }),
}));

const MarkFormItemInput = builder.inputType('MarkFormItemInput', {
  fields: (t) => ({
    programmeId: t.id({ required: true }),
    itemId: t.id({ required: true }),
    met: t.boolean({ required: true }),
    note: t.string({
      required: false,
      validate: z.string().trim().max(2000, 'The note must be 2,000 characters or fewer.'),
    }),
    expectedVersion: t.int({
      required: false,
      description: 'The mark’s version as read; left out when it was never marked.',
    }),
  }),
});

builder.mutationField('markFormItem', (t) =>
  t.prismaField({
    type: 'Programme',
    description:
      'Marks whether a programme meets one item of a direction of form, with a note. History is kept in the audit trail.',
    errors: {},
    authScopes: { inspectorateStaff: true },
    args: { input: t.arg({ type: MarkFormItemInput, required: true }) },
    resolve: async (query, _root, { input }, ctx, info) => {
      const programmeId = idOf('Programme', input.programmeId, ['input', 'programmeId']);
      const itemId = idOf('DirectionFormItem', input.itemId, ['input', 'itemId']);
      const programme = await ctx.prisma.programme.findUnique({ where: { id: programmeId } });
      if (!programme || !maySeeRow.Programme(ctx, programme))
        throw new InvalidInputError(['input', 'programmeId'], 'The programme is not known.');
      if (!mayMarkFormItems(ctx.viewer, programme.status))
        throw new InvalidStateError('A superseded programme is kept as it was.');
      const check = (await formChecksOf(programme, ctx)).find((c) => c.itemId === itemId);
      if (!check)
        throw new InvalidInputError(
          ['input', 'itemId'],
          'The item is not part of a direction of form in force during this programme.',
        );
      const note = input.note?.trim() || null;
      if (!input.met && !note)
        throw new InvalidInputError(['input', 'note'], 'Say what the programme still lacks');
      const data = { met: input.met, note, markedBy: ctx.actor, markedAt: ctx.now() };
      // Never marked is version 0: two people marking an item for the first time at once are
      // told of each other as any two editors are, not answered with a key error.
      await inMutation(ctx, info, (steps) =>
        setVersioned(steps, {
          what: 'mark',
          entityType: 'ProgrammeFormCheck',
          id: `${programmeId}:${itemId}`,
          expectedVersion: input.expectedVersion ?? 0,
          read: (tx) =>
            tx.programmeFormCheck.findUnique({
              where: { programmeId_itemId: { programmeId, itemId } },
            }),
          update: (tx, before) =>
            tx.programmeFormCheck.updateMany({
              where: { programmeId, itemId, version: before.version },
              data: { ...data, version: { increment: 1 } },
            }),
          create: (tx) =>
            tx.programmeFormCheck.createMany({
              data: [{ programmeId, itemId, ...data }],
              skipDuplicates: true,
            }),
        }),
      );
      return ctx.prisma.programme.findUniqueOrThrow({
        ...selectionOf(query),
        where: { id: programmeId },
      });
    },
  }),
);
