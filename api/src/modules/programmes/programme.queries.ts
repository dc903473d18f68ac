import { Kind, type GraphQLResolveInfo } from 'graphql';
import { builder } from '../../builder.ts';
import type { Context } from '../../context.ts';
import { NotFoundError } from '../../errors.ts';
import { idOf } from '../shared/ids.ts';
import { startOfDay } from '../shared/calendar.ts';
import { maySeeProgramme, visibleProgrammesWhere } from '../access/programme.access.ts';
import { ProgrammeRef, ProgrammeStatusEnum } from './programme.types.ts';
import { formItemRows } from './form-checks.ts';
import { prefetchPlanReads } from './programme.plan.ts';

/**
 * The statements a programme's warnings and form checks read beside the programme itself,
 * started before it is read when the query asks for those fields (the timeline does), so that
 * they overlap with its read instead of following it. Only fields named directly count; a
 * field asked for through a fragment is read when it is resolved, as before.
 */
function prefetchFor(info: GraphQLResolveInfo, programmeId: string, ctx: Context) {
  const asked = new Set(
    info.fieldNodes.flatMap((node) =>
      (node.selectionSet?.selections ?? []).flatMap((s) =>
        s.kind === Kind.FIELD ? [s.name.value] : [],
      ),
    ),
  );
  if (asked.has('warnings')) prefetchPlanReads(programmeId, ctx);
  if (asked.has('formChecks') || asked.has('unmetFormItems'))
    void formItemRows(ctx).catch(() => {});
}

builder.queryField('programmes', (t) =>
  t.prismaField({
    type: [ProgrammeRef],
    description:
      'Programmes, latest first, optionally of the given statuses. Without sign-in, only published ones.',
    args: { statuses: t.arg({ type: [ProgrammeStatusEnum], required: false }) },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.programme.findMany({
        ...query,
        where: {
          AND: [
            visibleProgrammesWhere(ctx.viewer),
            args.statuses?.length ? { status: { in: args.statuses } } : {},
          ],
        },
        orderBy: [{ startsOn: 'desc' }, { createdAt: 'desc' }],
      }),
  }),
);

builder.queryField('programme', (t) =>
  t.prismaField({
    type: ProgrammeRef,
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, ctx, info) => {
      const id = idOf('Programme', args.id);
      prefetchFor(info, id, ctx);
      const programme = await ctx.prisma.programme.findUnique({ ...query, where: { id } });
      // A programme the viewer may not see is answered as if it did not exist.
      if (!programme || !maySeeProgramme(ctx.viewer, programme.status))
        throw new NotFoundError('programme', args.id);
      return programme;
    },
  }),
);

builder.queryField('currentProgramme', (t) =>
  t.prismaField({
    type: ProgrammeRef,
    nullable: true,
    description: 'The published programme running today, or failing that the latest published one.',
    resolve: async (query, _root, _args, ctx) => {
      const today = startOfDay(ctx.now());
      return (
        (await ctx.prisma.programme.findFirst({
          ...query,
          where: { status: 'PUBLISHED', startsOn: { lte: today }, endsOn: { gte: today } },
          orderBy: { startsOn: 'desc' },
        })) ??
        (await ctx.prisma.programme.findFirst({
          ...query,
          where: { status: 'PUBLISHED' },
          orderBy: { startsOn: 'desc' },
        }))
      );
    },
  }),
);
