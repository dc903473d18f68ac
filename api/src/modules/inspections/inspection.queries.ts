import { builder } from '../../builder.ts';
import { NotFoundError } from '../../errors.ts';
import { idOf } from '../shared/ids.ts';
import { maySeeProgramme } from '../programmes/programme.access.ts';
import { InspectionRef } from './inspection.types.ts';

builder.queryField('inspection', (t) =>
  t.prismaField({
    type: InspectionRef,
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const id = idOf('Inspection', args.id);
      const programme = await ctx.prisma.programme.findFirst({
        where: { inspections: { some: { id } } },
        select: { status: true },
      });
      // An inspection in a programme the viewer may not see is answered as if it did not exist.
      if (!programme || !maySeeProgramme(ctx.viewer, programme.status))
        throw new NotFoundError('inspection', args.id);
      const inspection = await ctx.prisma.inspection.findUnique({ ...query, where: { id } });
      if (!inspection) throw new NotFoundError('inspection', args.id);
      return inspection;
    },
  }),
);
