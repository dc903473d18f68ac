/**
 * Other inspecting bodies, their proposed inspections of agencies in a chief inspector's remit,
 * and the gatekeeper's decisions. Proposals are the inspectorates' working papers: staff,
 * ministers' offices and administrators see them.
 */
import { GatekeepingDecisionKind } from '@cjji/db';
import { builder } from '../../builder.ts';
import {
  mayDecideProposal,
  maySeeProposedInspections,
  mayRecordProposalFor,
} from '../access/gatekeeping.access.ts';
import { isInspectorateStaff } from '../access/viewer.ts';
import { AgencyRef } from '../organisations/agency.types.ts';
import { burdenSelect, visitsOf } from '../burden/agency-burden.ts';
import { InspectorateRef } from '../organisations/inspectorate.types.ts';
import { proposalCountsInBurden, visitsInYearTo } from '../programmes/burden.rules.ts';
import { decodeId, globalIdOf } from '../shared/ids.ts';

export const GatekeepingDecisionEnum = builder.enumType(GatekeepingDecisionKind, {
  name: 'GatekeepingDecision',
});

export const OtherInspectingBodyRef = builder.prismaObject('OtherInspectingBody', {
  description:
    'Another inspecting body (Ofsted, CQC, Estyn, the Welsh inspectorates …): reference data an administrator may change.',
  fields: (t) => ({
    id: t.id({ resolve: (b) => globalIdOf('OtherInspectingBody', b.id) }),
    name: t.exposeString('name'),
    shortName: t.exposeString('shortName'),
    inspects: t.exposeString('inspects', { description: 'Where it inspects: England, Wales.' }),
    notes: t.exposeString('notes', { nullable: true }),
    retiredOn: t.expose('retiredOn', { type: 'Date', nullable: true }),
    version: t.exposeInt('version'),
  }),
});

interface ProposalBurden {
  agencyId: string;
  agencyName: string;
  visitsInYear: number;
  warnFromVisit: number | null;
}

const ProposalBurdenRef = builder.objectRef<ProposalBurden>('ProposalBurden').implement({
  description: 'The burden a proposed inspection would add to one of its agencies.',
  fields: (t) => ({
    agencyId: t.id({ resolve: (b) => globalIdOf('Agency', b.agencyId) }),
    agencyName: t.exposeString('agencyName'),
    visitsInYear: t.exposeInt('visitsInYear', {
      description:
        'Which visit it would be in the 12 months to its fieldwork’s start (itself included), counting every programme not superseded and other bodies’ proposals not refused.',
    }),
    warnFromVisit: t.exposeInt('warnFromVisit', { nullable: true }),
  }),
});

export const ProposedInspectionRef = builder.prismaObject('ProposedInspection', {
  description:
    'An inspection another inspecting body proposes of agencies in a chief inspector’s remit, and the gatekeeper’s decision.',
  authScopes: (_proposal, ctx) => maySeeProposedInspections(ctx.viewer),
  fields: (t) => ({
    id: t.id({ resolve: (p) => globalIdOf('ProposedInspection', p.id) }),
    body: t.relation('body'),
    gatekeeper: t.relation('gatekeeper', { type: InspectorateRef }),
    title: t.exposeString('title'),
    covers: t.exposeString('covers', { description: 'What the inspection covers, as proposed.' }),
    proposedOn: t.expose('proposedOn', { type: 'Date' }),
    fieldworkStart: t.expose('fieldworkStart', { type: 'Date' }),
    fieldworkEnd: t.expose('fieldworkEnd', { type: 'Date' }),
    agencies: t.field({
      type: [AgencyRef],
      select: (_args, _ctx, nested) => ({
        agencies: { select: { agency: nested() }, orderBy: { agency: { name: 'asc' } } },
      }),
      resolve: (p) => p.agencies.map((a) => a.agency),
    }),
    decision: t.expose('decision', { type: GatekeepingDecisionEnum, nullable: true }),
    decidedOn: t.expose('decidedOn', { type: 'Date', nullable: true }),
    decisionReasons: t.exposeString('decisionReasons', { nullable: true }),
    manner: t.exposeString('manner', {
      nullable: true,
      description: 'The manner a notice not to carry it out in that manner is against.',
    }),
    correctionReason: t.exposeString('correctionReason', {
      nullable: true,
      description: 'Why the decision was changed, when it was.',
    }),
    version: t.exposeInt('version'),
    countsInBurden: t.boolean({
      description: 'Whether it counts as a visit in its agencies’ burden (all but those refused).',
      select: { decision: true },
      resolve: (p) => proposalCountsInBurden(p.decision),
    }),
    burdenAtFieldwork: t.field({
      type: [ProposalBurdenRef],
      description:
        'For each agency, which visit in 12 months this would be: what the gatekeeper weighs.',
      // Each agency read as its own burden is (burdenSelect): the same visits, the viewer's.
      select: (_args, ctx) => ({
        id: true,
        fieldworkStart: true,
        agencies: {
          select: { agency: { select: { name: true, ...burdenSelect(ctx) } } },
          orderBy: { agency: { name: 'asc' } },
        },
      }),
      resolve: (proposal) =>
        proposal.agencies.map(({ agency }) => ({
          agencyId: agency.id,
          agencyName: agency.name,
          // This proposal's own visit, counted once whether or not it is already recorded.
          visitsInYear:
            visitsInYearTo(
              visitsOf(agency).filter((visit) => visit.proposedInspectionId !== proposal.id),
              agency.id,
              proposal.fieldworkStart,
            ).length + 1,
          warnFromVisit: agency.kind.burdenThreshold?.warnFromVisit ?? null,
        })),
    }),
    viewerCanDecide: t.boolean({
      select: { gatekeeperId: true },
      resolve: (p, _args, ctx) => mayDecideProposal(ctx.viewer, p),
    }),
  }),
});

builder.queryField('otherInspectingBodies', (t) =>
  t.prismaField({
    type: [OtherInspectingBodyRef],
    description: 'Other inspecting bodies, by short name; retired ones only when asked.',
    args: { includeRetired: t.arg.boolean({ required: false }) },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.otherInspectingBody.findMany({
        ...query,
        where: args.includeRetired ? {} : { retiredOn: null },
        orderBy: { shortName: 'asc' },
      }),
  }),
);

builder.queryField('proposedInspections', (t) =>
  t.prismaField({
    type: [ProposedInspectionRef],
    description: 'Other bodies’ proposed inspections, latest fieldwork first.',
    authScopes: (_root, _args, ctx) => maySeeProposedInspections(ctx.viewer),
    args: {
      gatekeeperId: t.arg.id({ required: false, description: 'One gatekeeper’s only.' }),
      undecided: t.arg.boolean({ required: false, description: 'Only those awaiting a decision.' }),
    },
    resolve: (query, _root, args, ctx) => {
      const gatekeeperId = args.gatekeeperId
        ? (decodeId('Inspectorate', args.gatekeeperId) ?? '00000000-0000-0000-0000-000000000000')
        : undefined;
      return ctx.prisma.proposedInspection.findMany({
        ...query,
        where: { gatekeeperId, ...(args.undecided ? { decision: null } : {}) },
        orderBy: [{ fieldworkStart: 'desc' }, { createdAt: 'desc' }],
        take: 500,
      });
    },
  }),
);

builder.queryField('proposedInspection', (t) =>
  t.prismaField({
    type: ProposedInspectionRef,
    nullable: true,
    authScopes: (_root, _args, ctx) => maySeeProposedInspections(ctx.viewer),
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, args, ctx) => {
      const id = decodeId('ProposedInspection', args.id);
      return id ? ctx.prisma.proposedInspection.findUnique({ ...query, where: { id } }) : null;
    },
  }),
);

interface GatekeeperChoice {
  inspectorateId: string;
}

const GatekeeperChoiceRef = builder.objectRef<GatekeeperChoice>('GatekeeperChoice').implement({
  description:
    'An inspectorate the viewer may record proposals for, and the agencies in its remit.',
  fields: (t) => ({
    inspectorate: t.prismaField({
      type: InspectorateRef,
      resolve: (query, choice, _args, ctx) =>
        ctx.prisma.inspectorate.findUniqueOrThrow({
          ...query,
          where: { id: choice.inspectorateId },
        }),
    }),
    agencies: t.prismaField({
      type: [AgencyRef],
      description: 'Open agencies of the kinds it inspects, by kind and name.',
      resolve: (query, choice, _args, ctx) =>
        ctx.prisma.agency.findMany({
          ...query,
          where: {
            closedOn: null,
            kind: { inspectedBy: { some: { id: choice.inspectorateId } } },
          },
          orderBy: [{ kind: { sortOrder: 'asc' } }, { name: 'asc' }],
        }),
    }),
  }),
});

builder.queryField('viewerCanRecordProposedInspections', (t) =>
  t.boolean({
    description:
      'Whether the viewer may record other bodies’ proposed inspections for any inspectorate.',
    resolve: (_root, _args, ctx) => isInspectorateStaff(ctx.viewer),
  }),
);

builder.queryField('gatekeepersForViewer', (t) =>
  t.field({
    type: [GatekeeperChoiceRef],
    description:
      'The inspectorates whose gatekeeping the viewer may record (planners and leads; administrators for all).',
    authScopes: { inspectorateStaff: true },
    resolve: async (_root, _args, ctx) =>
      (await ctx.prisma.inspectorate.findMany({ orderBy: { shortName: 'asc' } }))
        .filter((i) => mayRecordProposalFor(ctx.viewer, i.id))
        .map((i) => ({ inspectorateId: i.id })),
  }),
);
