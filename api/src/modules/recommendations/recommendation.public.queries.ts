/**
 * Recommendations as the public may read them: only those whose report has been published
 * (a report recorded ahead of its publication date stays out of every list and count), and
 * only public facts. The types are variants of the recording ones without who recorded an
 * answer, record versions, or links to inspections that may belong to an unpublished programme.
 */
import type { Prisma, RecommendationSource } from '@cjji/db';
import { builder } from '../../builder.ts';
import type { Context } from '../../context.ts';
import { globalIdOf, idOf } from '../shared/ids.ts';
import { startOfDay } from '../shared/calendar.ts';
import { isOverdue } from '../deadlines/deadline.rules.ts';
import {
  ImplementationStatusEnum,
  RecommendationAnswerEnum,
  RecommendationSourceEnum,
} from './recommendation.types.ts';

/** Not a Relay node: `node(id)` must never find a recommendation the public lists leave out. */
const PublishedRecommendationResponseRef = builder.prismaObject('RecommendationResponse', {
  variant: 'PublishedRecommendationResponse',
  description:
    'One addressee’s published answer to a recommendation, or the date it is due if it has not answered.',
  fields: (t) => ({
    agency: t.relation('agency', { description: 'Who was asked.' }),
    dueOn: t.expose('dueOn', {
      type: 'Date',
      nullable: true,
      description: 'Null where no statutory deadline applies.',
    }),
    answer: t.expose('answer', {
      type: RecommendationAnswerEnum,
      nullable: true,
      description: 'Null until the addressee answers.',
    }),
    reasons: t.exposeString('reasons', { nullable: true }),
    plannedActions: t.exposeString('plannedActions', { nullable: true }),
    respondedOn: t.expose('respondedOn', { type: 'Date', nullable: true }),
    implementation: t.expose('implementation', { type: ImplementationStatusEnum }),
    correctedAt: t.expose('correctedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it was last corrected; correctionReason says why.',
    }),
    correctionReason: t.exposeString('correctionReason', { nullable: true }),
    withdrawnAt: t.expose('withdrawnAt', {
      type: 'DateTime',
      nullable: true,
      description:
        'When an answer was last withdrawn: the addressee owes one again until it answers.',
    }),
    withdrawalReason: t.exposeString('withdrawalReason', { nullable: true }),
    overdue: t.boolean({
      resolve: (r, _args, ctx) => isOverdue(r.dueOn, r.respondedOn, startOfDay(ctx.now())),
    }),
  }),
});

const PublishedRecommendationRef = builder.prismaObject('Recommendation', {
  variant: 'PublishedRecommendation',
  description: 'A recommendation from a published report, with every addressee’s response.',
  fields: (t) => ({
    id: t.id({
      description: 'The same id as the recommendation’s in the recording API.',
      resolve: (r) => globalIdOf('Recommendation', r.id),
    }),
    source: t.expose('source', { type: RecommendationSourceEnum }),
    reportTitle: t.exposeString('reportTitle'),
    publishedOn: t.expose('publishedOn', { type: 'Date' }),
    reference: t.exposeString('reference'),
    text: t.exposeString('text'),
    correctedAt: t.expose('correctedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it was last corrected; correctionReason says why.',
    }),
    correctionReason: t.exposeString('correctionReason', { nullable: true }),
    responses: t.relation('addressees', {
      type: PublishedRecommendationResponseRef,
      description: 'Each addressee’s response, by agency name.',
      query: { orderBy: [{ agency: { name: 'asc' } }, { id: 'asc' }] },
    }),
  }),
});

/** The one rule every public recommendation query starts from. */
const published = (ctx: Context): Prisma.RecommendationWhereInput => ({
  publishedOn: { lte: startOfDay(ctx.now()) },
  // A withdrawn recommendation no longer stands (recommendation.corrections.ts).
  withdrawnAt: null,
});

builder.queryField('publishedRecommendations', (t) =>
  t.prismaField({
    type: [PublishedRecommendationRef],
    description:
      'Recommendations whose report has been published, newest report first, optionally only those addressed to one agency or from one kind of source.',
    args: {
      agencyId: t.arg.id({
        required: false,
        description: 'Only recommendations addressed to this agency.',
      }),
      source: t.arg({ type: RecommendationSourceEnum, required: false }),
    },
    resolve: (query, _root, args, ctx) => {
      const agencyId = args.agencyId ? idOf('Agency', args.agencyId, ['agencyId']) : undefined;
      return ctx.prisma.recommendation.findMany({
        ...query,
        where: {
          AND: [
            published(ctx),
            args.source ? { source: args.source as RecommendationSource } : {},
            agencyId ? { addressees: { some: { agencyId } } } : {},
          ],
        },
        orderBy: [
          { publishedOn: 'desc' },
          { reportTitle: 'asc' },
          { reference: 'asc' },
          { id: 'asc' },
        ],
      });
    },
  }),
);

builder.queryField('publishedRecommendationAddressees', (t) =>
  t.prismaField({
    type: ['Agency'],
    description:
      'Agencies named in at least one published recommendation, by name: the choices for filtering by agency.',
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.agency.findMany({
        ...query,
        where: { recommendations: { some: { recommendation: published(ctx) } } },
        orderBy: { name: 'asc' },
      }),
  }),
);
