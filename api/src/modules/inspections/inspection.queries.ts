import { builder } from '../../builder.ts';
import { NotFoundError } from '../../errors.ts';
import { idOf } from '../shared/ids.ts';
import { visibleWhere } from '../access/visibility.ts';
import { InspectionRef } from './inspection.types.ts';

builder.queryField('inspection', (t) =>
  t.prismaField({
    type: InspectionRef,
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const id = idOf('Inspection', args.id);
      // An inspection in a programme the viewer may not see is answered as if it did not exist.
      const inspection = await ctx.prisma.inspection.findFirst({
        ...query,
        where: { AND: [{ id }, visibleWhere.Inspection(ctx)] },
      });
      if (!inspection) throw new NotFoundError('inspection', args.id);
      return inspection;
    },
  }),
);
