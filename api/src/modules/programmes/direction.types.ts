import { builder } from '../../builder.ts';
import { AgencyKindCodeEnum } from '../organisations/agency-kind.types.ts';
import { MinisterRef } from '../organisations/minister.types.ts';
import { DirectionPeriodEnum } from './programme.types.ts';

builder.prismaNode('MinisterialDirection', {
  description:
    "A direction by the Home Secretary, the Lord Chancellor and the Attorney General that the programme include regular victims' thematics.",
  id: { field: 'id' },
  fields: (t) => ({
    reference: t.exposeString('reference'),
    title: t.exposeString('title'),
    givenOn: t.expose('givenOn', { type: 'Date' }),
    inForceFrom: t.expose('inForceFrom', { type: 'Date' }),
    inForceUntil: t.expose('inForceUntil', { type: 'Date', nullable: true }),
    minimumThematics: t.exposeInt('minimumThematics'),
    period: t.expose('period', { type: DirectionPeriodEnum }),
    requirement: t.exposeString('requirement'),
    givenBy: t.field({
      type: [MinisterRef],
      select: { givenBy: { include: { minister: true } } },
      resolve: (direction) => direction.givenBy.map((link) => link.minister),
    }),
    agencyKindsRequired: t.field({
      type: [AgencyKindCodeEnum],
      select: { kindsRequired: true },
      resolve: (direction) => direction.kindsRequired.map((k) => k.agencyKindCode),
    }),
  }),
});

builder.queryField('directions', (t) =>
  t.prismaField({
    type: ['MinisterialDirection'],
    description: 'Every ministerial direction recorded, oldest first.',
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.ministerialDirection.findMany({
        ...query,
        orderBy: [{ givenOn: 'asc' }, { reference: 'asc' }],
      }),
  }),
);
