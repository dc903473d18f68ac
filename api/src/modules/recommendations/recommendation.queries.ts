import { builder } from '../../builder.ts';
import { visibleWhere } from '../access/visibility.ts';

builder.queryField('recommendations', (t) =>
  t.prismaField({
    type: ['Recommendation'],
    // Includes reports recorded ahead of publication; the public read publishedRecommendations.
    authScopes: { signedIn: true },
    description:
      'Every recommendation recorded, newest first (by the date its report was published), with the answers so far.',
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.recommendation.findMany({
        ...query,
        where: visibleWhere.Recommendation(ctx),
        orderBy: [{ publishedOn: 'desc' }, { recordedAt: 'desc' }, { id: 'asc' }],
      }),
  }),
);
