import { ImplementationStatus, RecommendationAnswer, RecommendationSource } from '@cjji/db';
import { builder } from '../../builder.ts';
import { maySeeRow, visibleWhere } from '../access/visibility.ts';
import { visibleInspection } from '../inspections/inspection.types.ts';
import { startOfDay } from '../shared/calendar.ts';
import { isOverdue } from '../deadlines/deadline.rules.ts';
import { staffName, staffNameNote } from '../shared/staff-names.ts';

export const RecommendationSourceEnum = builder.enumType(RecommendationSource, {
  name: 'RecommendationSource',
});
export const RecommendationAnswerEnum = builder.enumType(RecommendationAnswer, {
  name: 'RecommendationAnswer',
});
export const ImplementationStatusEnum = builder.enumType(ImplementationStatus, {
  name: 'ImplementationStatus',
});

builder.prismaNode('Recommendation', {
  id: { field: 'id' },
  // Staff see a report's recommendations as soon as they are recorded; the public once it is published.
  authScopes: (recommendation, ctx) => maySeeRow.Recommendation(ctx, recommendation),
  fields: (t) => ({
    source: t.expose('source', { type: RecommendationSourceEnum }),
    reportTitle: t.exposeString('reportTitle'),
    publishedOn: t.expose('publishedOn', { type: 'Date' }),
    reference: t.exposeString('reference'),
    text: t.exposeString('text'),
    inspection: t.prismaField({
      type: 'Inspection',
      nullable: true,
      resolve: (query, recommendation, _args, ctx) =>
        visibleInspection(query, recommendation.inspectionId, ctx),
    }),
    escalation: t.relation('escalation', { nullable: true }),
    responses: t.relation('addressees', {
      description: 'Each addressee’s response (for people signed in).',
      query: (_args, ctx) => ({
        where: visibleWhere.RecommendationResponse(ctx),
        orderBy: [{ agency: { name: 'asc' } }, { id: 'asc' }],
      }),
    }),
  }),
});

builder.prismaNode('RecommendationResponse', {
  description: 'One addressee’s answer to a recommendation.',
  id: { field: 'id' },
  // The public read answers through publishedRecommendations, which shows only what is published.
  authScopes: (_response, ctx) => maySeeRow.RecommendationResponse(ctx),
  fields: (t) => ({
    recommendation: t.relation('recommendation'),
    agency: t.relation('agency'),
    dueOn: t.expose('dueOn', {
      type: 'Date',
      nullable: true,
      description: 'Null where no statutory deadline applies.',
    }),
    answer: t.expose('answer', { type: RecommendationAnswerEnum, nullable: true }),
    reasons: t.exposeString('reasons', { nullable: true }),
    plannedActions: t.exposeString('plannedActions', { nullable: true }),
    respondedOn: t.expose('respondedOn', { type: 'Date', nullable: true }),
    respondedBy: t.string({
      nullable: true,
      description: staffNameNote,
      resolve: (record, _args, ctx) => staffName(record.respondedBy, ctx),
    }),
    implementation: t.expose('implementation', { type: ImplementationStatusEnum }),
    version: t.exposeInt('version'),
    overdue: t.boolean({
      resolve: (r, _args, ctx) => isOverdue(r.dueOn, r.respondedOn, startOfDay(ctx.now())),
    }),
  }),
});
