import { ConsultationStatus, ConsulteeResponseOutcome } from '@cjji/db';
import { builder } from '../../builder.ts';
import { NotFoundError } from '../../errors.ts';
import { AgencyKindCodeEnum } from '../organisations/agency-kind.types.ts';
import { InspectorateRef } from '../organisations/inspectorate.types.ts';
import { maySeeProgramme } from '../access/programme.access.ts';
import { referenceFor } from '../programmes/programme.plan.ts';
import { ProgrammeRef, ProgrammeStatusEnum } from '../programmes/programme.types.ts';
import { idOf } from '../shared/ids.ts';
import { staffName, staffNameNote } from '../shared/staff-names.ts';
import { maySeeConsultationOutcome, maySeeConsultationResponses } from './consultation.access.ts';
import { programmeChanges, type ProgrammeChange } from './consultation.rules.ts';

const ConsultationStatusEnum = builder.enumType(ConsultationStatus, {
  name: 'ConsultationStatus',
});
export const ConsulteeResponseOutcomeEnum = builder.enumType(ConsulteeResponseOutcome, {
  name: 'ConsulteeResponseOutcome',
});
const ProgrammeChangeKindEnum = builder.enumType('ProgrammeChangeKind', {
  values: {
    ADDED: { description: 'In the agreed programme, not in the proposal.' },
    DROPPED: { description: 'Proposed, and not in the agreed programme (or cancelled).' },
    RESCOPED: { description: 'Its title, theme, scope or agency kinds changed.' },
    RELED: { description: 'Another inspectorate now leads it.' },
  } as const,
});

export const StatutoryConsulteeRef = builder.prismaNode('StatutoryConsultee', {
  description:
    'A body a chief inspector must consult before preparing an inspection programme (reference data an administrator may change).',
  id: { field: 'id' },
  fields: (t) => ({
    name: t.exposeString('name'),
    shortName: t.exposeString('shortName'),
    basis: t.exposeString('basis', { description: 'The provision that names it.' }),
    notes: t.exposeString('notes', { nullable: true }),
    retiredOn: t.expose('retiredOn', {
      type: 'Date',
      nullable: true,
      description: 'Set when it is no longer consulted.',
    }),
    version: t.exposeInt('version'),
  }),
});

builder.queryField('statutoryConsultees', (t) =>
  t.prismaField({
    type: [StatutoryConsulteeRef],
    description: 'The statutory consultees, those still consulted first.',
    args: { includeRetired: t.arg.boolean({ required: false }) },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.statutoryConsultee.findMany({
        ...query,
        where: args.includeRetired ? {} : { retiredOn: null },
        orderBy: [{ retiredOn: { sort: 'desc', nulls: 'first' } }, { name: 'asc' }],
      }),
  }),
);

const ConsultationProposalRef = builder.prismaNode('ConsultationProposal', {
  description: 'A proposed inspection as it was put to consultation.',
  id: { field: 'id' },
  fields: (t) => ({
    topic: t.exposeString('topic'),
    theme: t.exposeString('theme'),
    summary: t.exposeString('summary', { description: 'What it would look at and why.' }),
    leadShortName: t.exposeString('leadShortName'),
    partnerShortNames: t.exposeStringList('partnerShortNames', {
      description: 'The potential partner inspectorates.',
    }),
    agencyKindsInScope: t.field({
      type: [AgencyKindCodeEnum],
      resolve: (proposal) => proposal.kindsInScope,
    }),
    victimsThematic: t.exposeBoolean('victimsThematic'),
  }),
});

builder.prismaObject('ConsulteeResponse', {
  description:
    'What a statutory consultee said, or that consulting it was waived, or that none came.',
  fields: (t) => ({
    id: t.exposeID('id'),
    outcome: t.expose('outcome', { type: ConsulteeResponseOutcomeEnum }),
    receivedOn: t.expose('receivedOn', { type: 'Date', nullable: true }),
    text: t.exposeString('text', { nullable: true }),
    attachments: t.exposeStringList('attachments', {
      description: 'References of the attachments (file names, document references).',
    }),
    inspectorateAgreedOn: t.expose('inspectorateAgreedOn', { type: 'Date', nullable: true }),
    consulteeAgreedOn: t.expose('consulteeAgreedOn', { type: 'Date', nullable: true }),
    recordedBy: t.exposeString('recordedBy'),
    recordedAt: t.expose('recordedAt', { type: 'DateTime' }),
    correctionReason: t.exposeString('correctionReason', { nullable: true }),
    version: t.exposeInt('version'),
  }),
});

interface ConsulteeStatus {
  consultee: { id: string };
  responseId: string | null;
}

const ConsulteeStatusRef = builder.objectRef<ConsulteeStatus>('ConsulteeStatus').implement({
  description: 'A statutory consultee and its response, if one is recorded yet.',
  fields: (t) => ({
    consultee: t.prismaField({
      type: StatutoryConsulteeRef,
      resolve: (query, status, _args, ctx) =>
        ctx.prisma.statutoryConsultee.findUniqueOrThrow({
          ...query,
          where: { id: status.consultee.id },
        }),
    }),
    response: t.prismaField({
      type: 'ConsulteeResponse',
      nullable: true,
      resolve: (query, status, _args, ctx) =>
        status.responseId
          ? ctx.prisma.consulteeResponse.findUnique({
              ...query,
              where: { id: status.responseId },
            })
          : null,
    }),
  }),
});

builder.prismaObject('PublicResponse', {
  description: 'A response to the consultation from anyone other than a statutory consultee.',
  fields: (t) => ({
    id: t.exposeID('id'),
    respondent: t.exposeString('respondent'),
    organisation: t.exposeString('organisation', { nullable: true }),
    receivedOn: t.expose('receivedOn', { type: 'Date' }),
    text: t.exposeString('text'),
    recordedBy: t.exposeString('recordedBy'),
    proposals: t.field({
      type: [ConsultationProposalRef],
      description: 'The proposed inspections it concerns; none for the programme as a whole.',
      select: { proposals: { include: { proposal: true } } },
      resolve: (response) =>
        response.proposals.map((link) => link.proposal).sort((a, b) => a.position - b.position),
    }),
  }),
});

const ProgrammeChangeRef = builder.objectRef<ProgrammeChange>('ProgrammeChange').implement({
  description: 'One change from the proposal to the programme.',
  fields: (t) => ({
    kind: t.field({ type: ProgrammeChangeKindEnum, resolve: (c) => c.kind }),
    topic: t.exposeString('topic'),
    detail: t.exposeString('detail'),
  }),
});

export const ConsultationRef = builder.prismaNode('Consultation', {
  description: 'A draft programme proposed for consultation, public from its opening.',
  id: { field: 'id' },
  fields: (t) => ({
    opensOn: t.expose('opensOn', { type: 'Date' }),
    closesOn: t.expose('closesOn', { type: 'Date' }),
    status: t.expose('status', { type: ConsultationStatusEnum }),
    version: t.exposeInt('version'),
    // Public from its opening, but who opened it is staff's business: see staff-names.ts.
    openedBy: t.string({
      nullable: true,
      description: staffNameNote,
      resolve: (consultation, _args, ctx) => staffName(consultation.openedBy, ctx),
    }),
    closedAt: t.expose('closedAt', { type: 'DateTime', nullable: true }),
    runBy: t.relation('runBy', { type: InspectorateRef }),
    programmeTitle: t.string({
      select: { programme: { select: { title: true } } },
      resolve: (c) => c.programme.title,
    }),
    programmeStartsOn: t.field({
      type: 'Date',
      select: { programme: { select: { startsOn: true } } },
      resolve: (c) => c.programme.startsOn,
    }),
    programmeEndsOn: t.field({
      type: 'Date',
      select: { programme: { select: { endsOn: true } } },
      resolve: (c) => c.programme.endsOn,
    }),
    programmeStatus: t.field({
      type: ProgrammeStatusEnum,
      select: { programme: { select: { status: true } } },
      resolve: (c) => c.programme.status,
    }),
    programme: t.prismaField({
      type: ProgrammeRef,
      nullable: true,
      description: 'The programme, once the viewer may see it (the public: once published).',
      select: { programme: { select: { status: true } }, programmeId: true },
      resolve: (query, c, _args, ctx) =>
        maySeeProgramme(ctx.viewer, c.programme.status)
          ? ctx.prisma.programme.findUnique({ ...query, where: { id: c.programmeId } })
          : null,
    }),
    proposals: t.relation('proposals', { query: { orderBy: { position: 'asc' } } }),
    outcome: t.string({
      nullable: true,
      description:
        'What we heard and what we changed: written on closing, public once the programme is published.',
      select: { outcome: true, programme: { select: { status: true } } },
      resolve: (c, _args, ctx) =>
        maySeeConsultationOutcome(ctx.viewer, c.programme.status) ? c.outcome : null,
    }),
    changes: t.field({
      type: [ProgrammeChangeRef],
      description:
        'What changed from the proposal to the programme (added, dropped, re-scoped, re-led); public once the programme is published.',
      select: {
        proposals: { orderBy: { position: 'asc' } },
        programme: {
          select: {
            status: true,
            inspections: {
              orderBy: { title: 'asc' },
              select: {
                id: true,
                title: true,
                theme: true,
                scopeStatement: true,
                status: true,
                leadInspectorate: { select: { shortName: true } },
                kindsInScope: { select: { agencyKindCode: true } },
              },
            },
          },
        },
      },
      resolve: async (c, _args, ctx) => {
        if (!maySeeConsultationOutcome(ctx.viewer, c.programme.status)) return [];
        return programmeChanges(
          c.proposals,
          c.programme.inspections.map((inspection) => ({
            id: inspection.id,
            title: inspection.title,
            theme: inspection.theme,
            scopeStatement: inspection.scopeStatement,
            leadShortName: inspection.leadInspectorate.shortName,
            kindsInScope: inspection.kindsInScope.map((k) => k.agencyKindCode),
            cancelled: inspection.status === 'CANCELLED',
          })),
          await referenceFor.agencyKindNames(ctx),
        );
      },
    }),
    consulteeStatuses: t.field({
      type: [ConsulteeStatusRef],
      description:
        'Each statutory consultee still consulted, and any consultee who responded, with its response. Empty for the public.',
      select: { consulteeResponses: { select: { id: true, consulteeId: true } } },
      resolve: async (c, _args, ctx) => {
        if (!maySeeConsultationResponses(ctx.viewer)) return [];
        const responded = new Map(c.consulteeResponses.map((r) => [r.consulteeId, r.id]));
        const consultees = await ctx.prisma.statutoryConsultee.findMany({
          where: { OR: [{ retiredOn: null }, { id: { in: [...responded.keys()] } }] },
          select: { id: true },
          orderBy: { name: 'asc' },
        });
        return consultees.map((consultee) => ({
          consultee,
          responseId: responded.get(consultee.id) ?? null,
        }));
      },
    }),
    publicResponses: t.relation('publicResponses', {
      description: 'Responses from the public; empty for the public.',
      query: (_args, ctx) => ({
        where: maySeeConsultationResponses(ctx.viewer) ? {} : { id: { in: [] } },
        orderBy: [{ receivedOn: 'asc' }, { recordedAt: 'asc' }],
      }),
    }),
    publicResponseCount: t.relationCount('publicResponses', {
      description: 'How many responses came from the public (a count is published).',
    }),
  }),
});

builder.prismaObjectField(ProgrammeRef, 'consultation', (t) =>
  t.relation('consultation', {
    nullable: true,
    description: 'The consultation on this programme as proposed, if it was consulted on.',
  }),
);

builder.queryField('consultations', (t) =>
  t.prismaField({
    type: [ConsultationRef],
    description: 'Every consultation on a proposed programme, latest first. Public.',
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.consultation.findMany({ ...query, orderBy: { opensOn: 'desc' } }),
  }),
);

builder.queryField('consultation', (t) =>
  t.prismaField({
    type: ConsultationRef,
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const consultation = await ctx.prisma.consultation.findUnique({
        ...query,
        where: { id: idOf('Consultation', args.id) },
      });
      if (!consultation) throw new NotFoundError('consultation', args.id);
      return consultation;
    },
  }),
);
