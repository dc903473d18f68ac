import { DirectionKind, type Minister } from '@cjji/db';
import { builder } from '../../builder.ts';
import { once, type Context } from '../../context.ts';
import { mayRecordAgreementOf } from '../access/programme.access.ts';
import { globalIdOf } from '../shared/ids.ts';
import { staffName, staffNameNote } from '../shared/staff-names.ts';
import { AgencyKindCodeEnum } from '../organisations/agency-kind.types.ts';
import { MinisterRef } from '../organisations/minister.types.ts';
import { type DirectionStatus } from './direction.rules.ts';
import { inActOrder } from '../organisations/minister.rules.ts';
import { DirectionPeriodEnum } from './programme.types.ts';

export const DirectionKindEnum = builder.enumType(DirectionKind, {
  name: 'DirectionKind',
  description: 'What the ministers jointly direct.',
});

export const DirectionStatusEnum = builder.enumType('DirectionStatus', {
  values: {
    AWAITING_AGREEMENT: {
      description: 'Not every directing minister has agreed: shown, not in force, not checked.',
    },
    GIVEN: { description: 'All three have agreed; in force for the dates it says.' },
  } as const,
});

/** The ministers who direct together, read once per request however many directions are listed. */
export function directingMinisters(ctx: Context) {
  return once(ctx, 'directingMinisters', async () =>
    inActOrder(await ctx.prisma.minister.findMany({ orderBy: { title: 'asc' } })),
  );
}

interface Agreement {
  minister: Minister;
  agreedOn: Date | null;
  recordedBy: string | null;
  recordedAt: Date | null;
}

const AgreementViewerCanRef = builder
  .objectRef<Agreement>('DirectionAgreementViewerCan')
  .implement({
    description: 'What the signed-in person may do about one minister’s agreement.',
    fields: (t) => ({
      record: t.boolean({
        description:
          'recordDirectionAgreement: that minister’s office, or an administrator, while not yet agreed.',
        resolve: (agreement, _args, ctx) =>
          !agreement.agreedOn && mayRecordAgreementOf(ctx.viewer, agreement.minister.id),
      }),
      correct: t.boolean({
        description:
          'correctDirectionAgreement (correct the day or withdraw the agreement): whoever may record it, once agreed.',
        resolve: (agreement, _args, ctx) =>
          !!agreement.agreedOn && mayRecordAgreementOf(ctx.viewer, agreement.minister.id),
      }),
    }),
  });

const AgreementRef = builder.objectRef<Agreement>('DirectionAgreement').implement({
  description: 'One directing minister’s agreement to a direction, or that it is still awaited.',
  fields: (t) => ({
    minister: t.field({ type: MinisterRef, resolve: (agreement) => agreement.minister }),
    agreedOn: t.field({
      type: 'Date',
      nullable: true,
      description: 'The day the minister agreed; null while awaited.',
      resolve: (agreement) => agreement.agreedOn,
    }),
    recordedBy: t.string({
      nullable: true,
      description: `Who recorded it. ${staffNameNote}`,
      resolve: (agreement, _args, ctx) => staffName(agreement.recordedBy, ctx),
    }),
    recordedAt: t.field({
      type: 'DateTime',
      nullable: true,
      resolve: (agreement) => agreement.recordedAt,
    }),
    viewerCan: t.field({ type: AgreementViewerCanRef, resolve: (agreement) => agreement }),
  }),
});

builder.prismaObject('DirectionFormItem', {
  description: 'An item of a direction of form: something each programme must have or say.',
  fields: (t) => ({
    // Not a node: an item is reached through its direction; the id names it in markFormItem.
    id: t.id({ resolve: (item) => globalIdOf('DirectionFormItem', item.id) }),
    position: t.exposeInt('position'),
    text: t.exposeString('text'),
  }),
});

builder.prismaNode('MinisterialDirection', {
  description:
    'A direction by the Home Secretary, the Lord Chancellor and the Attorney General, acting together: of victims’ thematics, of timing or of form. In force only once all three have agreed.',
  id: { field: 'id' },
  fields: (t) => ({
    reference: t.exposeString('reference'),
    title: t.exposeString('title'),
    kind: t.expose('kind', { type: DirectionKindEnum }),
    status: t.field({
      type: DirectionStatusEnum,
      select: { givenOn: true },
      resolve: (direction): DirectionStatus => (direction.givenOn ? 'GIVEN' : 'AWAITING_AGREEMENT'),
    }),
    draftedOn: t.expose('draftedOn', { type: 'Date' }),
    givenOn: t.expose('givenOn', {
      type: 'Date',
      nullable: true,
      description: 'The day the last of the three agreed; null while awaiting agreement.',
    }),
    inForceFrom: t.expose('inForceFrom', { type: 'Date' }),
    inForceUntil: t.expose('inForceUntil', { type: 'Date', nullable: true }),
    minimumThematics: t.exposeInt('minimumThematics', {
      nullable: true,
      description: 'A victims’ thematics direction: how many it requires.',
    }),
    period: t.expose('period', { type: DirectionPeriodEnum, nullable: true }),
    programmeBy: t.expose('programmeBy', {
      type: 'Date',
      nullable: true,
      description: 'A timing direction: the day by which a programme is to be agreed.',
    }),
    requirement: t.exposeString('requirement'),
    version: t.exposeInt('version'),
    givenBy: t.field({
      type: [MinisterRef],
      description: 'The ministers who have agreed so far.',
      select: { givenBy: { include: { minister: true } } },
      resolve: (direction) => direction.givenBy.map((link) => link.minister),
    }),
    agreements: t.field({
      type: [AgreementRef],
      description: 'Each directing minister, in the Act’s order, and whether and when they agreed.',
      select: { givenBy: { include: { minister: true } } },
      resolve: async (direction, _args, ctx) =>
        (await directingMinisters(ctx)).map((minister) => {
          const agreed = direction.givenBy.find((link) => link.ministerId === minister.id);
          return {
            minister,
            agreedOn: agreed?.agreedOn ?? null,
            recordedBy: agreed?.recordedBy ?? null,
            recordedAt: agreed?.recordedAt ?? null,
          };
        }),
    }),
    agencyKindsRequired: t.field({
      type: [AgencyKindCodeEnum],
      select: { kindsRequired: true },
      resolve: (direction) => direction.kindsRequired.map((k) => k.agencyKindCode),
    }),
    formItems: t.relation('formItems', {
      description: 'A direction of form: the checklist each programme is checked against.',
      query: { orderBy: { position: 'asc' } },
    }),
  }),
});

builder.queryField('directions', (t) =>
  t.prismaField({
    type: ['MinisterialDirection'],
    description:
      'Every ministerial direction recorded, given or awaiting agreement, oldest draft first.',
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.ministerialDirection.findMany({
        ...query,
        orderBy: [{ draftedOn: 'asc' }, { reference: 'asc' }],
      }),
  }),
);

const MinisterViewerCanRef = builder.objectRef<{ id: string }>('MinisterViewerCan').implement({
  description: 'What the signed-in person may do for a minister.',
  fields: (t) => ({
    recordAgreement: t.boolean({
      description:
        'recordDirection and recordDirectionAgreement with this minister’s agreement: that minister’s office, or an administrator.',
      resolve: (minister, _args, ctx) => mayRecordAgreementOf(ctx.viewer, minister.id),
    }),
  }),
});

builder.prismaObjectFields('Minister', (t) => ({
  viewerCan: t.field({
    type: MinisterViewerCanRef,
    select: { id: true },
    resolve: (minister) => minister,
  }),
}));
