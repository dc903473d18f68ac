import { builder } from '../../builder.ts';
import { NotFoundError } from '../../errors.ts';
import { idOf } from '../shared/ids.ts';
import { InspectionRef } from './inspection.types.ts';

builder.queryField('inspection', (t) =>
  t.prismaField({
    type: InspectionRef,
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const inspection = await ctx.prisma.inspection.findUnique({ ...query, where: { id: idOf('Inspection', args.id) } });
      if (!inspection) throw new NotFoundError('inspection', args.id);
      return inspection;
    },
  }),
);
