import { builder } from '../../builder.ts';
import { visibleWhere } from '../access/visibility.ts';

builder.queryField('escalations', (t) =>
  t.prismaField({
    type: ['Escalation'],
    description: 'Every escalation recorded, newest first (by the date it was issued).',
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.escalation.findMany({
        ...query,
        where: visibleWhere.Escalation(ctx),
        orderBy: [{ issuedOn: 'desc' }, { recordedAt: 'desc' }, { id: 'asc' }],
      }),
  }),
);
