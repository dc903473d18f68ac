import { builder } from '../../builder.ts';
import { visibleInspection } from '../inspections/inspection.types.ts';
import { AgencyKindCodeEnum } from '../organisations/agency-kind.types.ts';
import { asRated, victimsArea, victimsRatingsSelect } from './rating.select.ts';
import { actionPlanOwed } from './rating.rules.ts';
import { ratingScales, scaled } from './rating.reference.ts';
import { staffName, staffNameNote } from '../shared/staff-names.ts';

export const TrendEnum = builder.enumType('RatingTrend', {
  description: 'How the latest grade compares with the one before, on the common scale.',
  values: ['FIRST', 'IMPROVED', 'UNCHANGED', 'FELL'] as const,
});

builder.prismaObject('CommonGrade', {
  description:
    "A grade on the product's common victims' treatment scale, which every framework maps onto.",
  fields: (t) => ({
    code: t.exposeString('code'),
    label: t.exposeString('label'),
    rank: t.exposeInt('rank', { description: '1 is best.' }),
    triggersActionPlan: t.exposeBoolean('triggersActionPlan', {
      description: 'At or below this grade an agency owes an action plan.',
    }),
    description: t.exposeString('description', { nullable: true }),
  }),
});

const RatingAreaRef = builder.prismaObject('RatingArea', {
  fields: (t) => ({
    code: t.exposeString('code'),
    name: t.exposeString('name'),
    description: t.exposeString('description', { nullable: true }),
  }),
});

builder.prismaNode('RatingFramework', {
  description: "An inspectorate's grading framework in one version.",
  id: { field: 'id' },
  fields: (t) => ({
    name: t.exposeString('name'),
    version: t.exposeString('version'),
    validFrom: t.expose('validFrom', { type: 'Date', nullable: true }),
    validUntil: t.expose('validUntil', { type: 'Date', nullable: true }),
    notes: t.exposeString('notes', { nullable: true }),
    inspectorate: t.relation('inspectorate', { nullable: true }),
    grades: t.relation('grades', { query: { orderBy: { rank: 'asc' } } }),
    agencyKinds: t.field({
      type: [AgencyKindCodeEnum],
      select: { agencyKinds: true },
      resolve: (f) => f.agencyKinds.map((k) => k.agencyKindCode),
    }),
    areas: t.field({
      type: [RatingAreaRef],
      select: { areas: { include: { area: true } } },
      resolve: (f) => f.areas.map((a) => a.area),
    }),
  }),
});

builder.prismaObject('RatingGrade', {
  description: "A grade on a framework's own scale, with the common grade it maps onto.",
  fields: (t) => ({
    id: t.exposeID('id'),
    label: t.exposeString('label'),
    rank: t.exposeInt('rank', { description: '1 is best, on the framework’s own scale.' }),
    // From the scales, kept between requests: no read per list of grades.
    commonGrade: t.prismaField({
      type: 'CommonGrade',
      resolve: async (_query, grade, _args, ctx) =>
        (await ratingScales(ctx).commonGrades()).get(grade.commonGradeCode)!,
    }),
  }),
});

builder.prismaNode('Rating', {
  description:
    'One grade given to one agency in one area on one date. Ratings are never overwritten.',
  id: { field: 'id' },
  fields: (t) => ({
    agency: t.relation('agency'),
    // The grade and framework from the scales, kept between requests (rating.reference.ts).
    framework: t.prismaField({
      type: 'RatingFramework',
      resolve: async (_query, rating, _args, ctx) =>
        (await ratingScales(ctx).frameworks()).get(rating.frameworkId)!,
    }),
    area: t.relation('area'),
    grade: t.prismaField({
      type: 'RatingGrade',
      resolve: async (_query, rating, _args, ctx) =>
        (await ratingScales(ctx).grades()).get(rating.gradeId)!,
    }),
    inspection: t.prismaField({
      type: 'Inspection',
      nullable: true,
      resolve: (query, rating, _args, ctx) => visibleInspection(query, rating.inspectionId, ctx),
    }),
    ratedOn: t.expose('ratedOn', { type: 'Date' }),
    rationale: t.exposeString('rationale', { description: 'The published reason for the grade.' }),
    recordedBy: t.string({
      nullable: true,
      description: staffNameNote,
      resolve: (record, _args, ctx) => staffName(record.recordedBy, ctx),
    }),
    recordedAt: t.expose('recordedAt', { type: 'DateTime' }),
  }),
});

const ActionPlanOwedRef = builder
  .objectRef<{ since: Date; ratingId: string }>('ActionPlanOwed')
  .implement({
    description:
      "The agency's latest victims' rating is at or below requires improvement, so it owes an action plan.",
    fields: (t) => ({
      since: t.field({
        type: 'Date',
        description: 'When the duty arose: the first of the unbroken run of such ratings.',
        resolve: (o) => o.since,
      }),
      rating: t.prismaField({
        type: 'Rating',
        resolve: (query, o, _args, ctx) =>
          ctx.prisma.rating.findUniqueOrThrow({ ...query, where: { id: o.ratingId } }),
      }),
    }),
  });

builder.prismaObjectFields('Agency', (t) => ({
  victimsRatings: t.relation('ratings', {
    description: 'Every rating of how the agency treats victims, newest first.',
    query: {
      where: { areaCode: victimsArea, withdrawnAt: null },
      orderBy: [{ ratedOn: 'desc' }, { recordedAt: 'desc' }],
    },
  }),
  actionPlanOwed: t.field({
    type: ActionPlanOwedRef,
    nullable: true,
    description: 'Set while the agency owes an action plan because of its victims’ rating.',
    select: victimsRatingsSelect,
    resolve: async (agency, _args, ctx) => {
      const withScale = await scaled(ctx);
      const owed = actionPlanOwed(
        agency.ratings.map((rating) => asRated(withScale(rating))),
        agency.actionPlans,
      );
      return owed ? { since: owed.since, ratingId: owed.rating.id } : null;
    },
  }),
}));
