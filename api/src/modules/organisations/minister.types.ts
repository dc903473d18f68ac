import { builder } from '../../builder.ts';
import { inActOrder } from './minister.rules.ts';

export const MinisterRef = builder.prismaNode('Minister', {
  description:
    'A minister who may, with the other two, direct joint inspections, and who lays the action plans of the agencies they answer for before Parliament.',
  id: { field: 'id' },
  fields: (t) => ({
    title: t.exposeString('title'),
    department: t.exposeString('department'),
    notes: t.exposeString('notes', { nullable: true }),
  }),
});

builder.queryField('ministers', (t) =>
  t.prismaField({
    type: ['Minister'],
    description:
      'The Home Secretary, the Lord Chancellor and the Attorney General, in the order the Act names them.',
    resolve: async (query, _root, _args, ctx) =>
      inActOrder(await ctx.prisma.minister.findMany({ ...query, orderBy: { title: 'asc' } })),
  }),
);
