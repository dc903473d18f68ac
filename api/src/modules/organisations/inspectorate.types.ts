import { builder } from '../../builder.ts';
import './minister.types.ts';

export const InspectorateRef = builder.prismaNode('Inspectorate', {
  description: 'One of the four criminal justice inspectorates.',
  id: { field: 'id' },
  fields: (t) => ({
    name: t.exposeString('name'),
    shortName: t.exposeString('shortName'),
    remit: t.exposeString('remit', { nullable: true }),
    sponsoringMinister: t.relation('sponsoringMinister', { nullable: true }),
    inspects: t.relation('agencyKinds', {
      description: 'The kinds of agency this inspectorate inspects.',
      query: { orderBy: { sortOrder: 'asc' } },
    }),
  }),
});

builder.queryField('inspectorates', (t) =>
  t.prismaField({
    type: ['Inspectorate'],
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.inspectorate.findMany({ ...query, orderBy: { name: 'asc' } }),
  }),
);

builder.prismaObject('Commissioner', {
  description:
    "A commissioner whose recommendations named bodies must answer, such as the Victims' Commissioner.",
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    shortName: t.exposeString('shortName'),
    remit: t.exposeString('remit', { nullable: true }),
  }),
});

builder.queryField('commissioners', (t) =>
  t.prismaField({
    type: ['Commissioner'],
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.commissioner.findMany({ ...query, orderBy: { name: 'asc' } }),
  }),
);
