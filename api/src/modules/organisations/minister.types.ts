import { builder } from '../../builder.ts';

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
    description: 'The Home Secretary, the Lord Chancellor and the Attorney General.',
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.minister.findMany({ ...query, orderBy: { title: 'asc' } }),
  }),
);
