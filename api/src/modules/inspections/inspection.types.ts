import { InspectionKind, InspectionStatus, PhaseKind } from '@cjji/db';
import { builder } from '../../builder.ts';
import { whenRead, type Context } from '../../context.ts';
import { maySee, maySeeStaffing } from '../access/visibility.ts';
import { phaseOrderBy, referenceFor } from '../programmes/programme.plan.ts';
import { AgencyKindCodeEnum } from '../organisations/agency-kind.types.ts';
import { AgencyRef } from '../organisations/agency.types.ts';
import { InspectorateRef } from '../organisations/inspectorate.types.ts';
import { staffName, staffNameNote } from '../shared/staff-names.ts';
import { judicialScopeMentions } from './inspection.rules.ts';
import { ScopeFunctionRef } from './scope-function.types.ts';

export const InspectionKindEnum = builder.enumType(InspectionKind, {
  name: 'InspectionKind',
  description:
    'JOINT_THEMATIC: several inspectorates on one theme across localities; CORE: one inspectorate, one agency.',
});
export const InspectionStatusEnum = builder.enumType(InspectionStatus, {
  name: 'InspectionStatus',
});
export const PhaseKindEnum = builder.enumType(PhaseKind, { name: 'PhaseKind' });

/**
 * A record's link to its inspection, answered as null (not as an error) when the viewer may not
 * see the inspection: a published plan may answer an inspection still in a draft programme.
 */
export async function visibleInspection<Query extends object>(
  query: Query,
  inspectionId: string | null,
  ctx: Context,
) {
  return inspectionId && (await maySee(ctx, 'Inspection', inspectionId))
    ? ctx.prisma.inspection.findUnique({ ...query, where: { id: inspectionId } })
    : null;
}

export const InspectionRef = builder.prismaNode('Inspection', {
  description: 'A joint thematic inspection or a core inspection in a programme.',
  // Visible with its programme (access/visibility.ts), by whatever path it is reached.
  authScopes: (inspection, ctx) => maySee(ctx, 'Inspection', inspection.id),
  id: { field: 'id' },
  fields: (t) => ({
    title: t.exposeString('title'),
    kind: t.expose('kind', { type: InspectionKindEnum }),
    victimsThematic: t.exposeBoolean('victimsThematic', {
      description: "Dedicated to victims' experiences end to end; directions count these.",
    }),
    theme: t.exposeString('theme'),
    scopeStatement: t.exposeString('scopeStatement'),
    administrationOnlyStatement: t.exposeString('administrationOnlyStatement', {
      nullable: true,
      description:
        'How scope the judicial-exclusion check flagged concerns the administration of the courts only.',
    }),
    judicialMentions: t.stringList({
      description:
        'The words of the title, theme or scope the judicial-exclusion check flags; the lead reads them with the statement before agreeing.',
      select: { title: true, theme: true, scopeStatement: true },
      resolve: (inspection) =>
        judicialScopeMentions(
          [inspection.title, inspection.theme, inspection.scopeStatement].map((text) => ({
            field: [],
            text,
          })),
        ).map((mention) => mention.found),
    }),
    functionsInScope: t.field({
      type: [ScopeFunctionRef],
      description: 'The functions of the kinds in scope it looks at, in list order.',
      select: { functionsInScope: { include: { scopeFunction: true } } },
      resolve: (inspection) =>
        inspection.functionsInScope
          .map((chosen) => chosen.scopeFunction)
          .sort((a, b) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name)),
    }),
    status: t.expose('status', { type: InspectionStatusEnum }),
    cancellationReason: t.exposeString('cancellationReason', { nullable: true }),
    version: t.exposeInt('version'),
    programme: t.relation('programme'),
    // The inspectorates come from one read per request (there are four), not one per relation.
    leadInspectorate: t.field({
      type: InspectorateRef,
      select: { leadInspectorateId: true },
      resolve: (inspection, _args, ctx) =>
        whenRead(referenceFor.inspectorates(ctx), (all) => all.get(inspection.leadInspectorateId)!),
    }),
    partnerInspectorates: t.field({
      type: [InspectorateRef],
      select: { partners: { select: { inspectorateId: true } } },
      resolve: (inspection, _args, ctx) =>
        whenRead(referenceFor.inspectorates(ctx), (inspectorates) =>
          inspection.partners
            .map((partner) => inspectorates.get(partner.inspectorateId)!)
            .sort((a, b) => a.name.localeCompare(b.name)),
        ),
    }),
    agencyKindsInScope: t.field({
      type: [AgencyKindCodeEnum],
      select: { kindsInScope: true },
      resolve: (inspection) => inspection.kindsInScope.map((scope) => scope.agencyKindCode).sort(),
    }),
    localities: t.field({
      type: [AgencyRef],
      description: 'The agencies it visits in the field.',
      select: { localities: { include: { agency: true } } },
      resolve: (inspection) =>
        inspection.localities
          .map((locality) => locality.agency)
          .sort((a, b) => a.name.localeCompare(b.name)),
    }),
    phases: t.relation('phases', {
      description: 'Scoping, fieldwork, reporting and publication, in date order.',
      query: { orderBy: phaseOrderBy },
    }),
    statusHistory: t.relation('statusChanges', { query: { orderBy: { changedAt: 'asc' } } }),
  }),
});

builder.prismaNode('InspectionPhase', {
  authScopes: (phase, ctx) => maySee(ctx, 'InspectionPhase', phase.id),
  id: { field: 'id' },
  fields: (t) => ({
    kind: t.expose('kind', { type: PhaseKindEnum }),
    plannedStart: t.expose('plannedStart', { type: 'Date' }),
    plannedEnd: t.expose('plannedEnd', { type: 'Date' }),
    actualStart: t.expose('actualStart', { type: 'Date', nullable: true }),
    actualEnd: t.expose('actualEnd', { type: 'Date', nullable: true }),
    version: t.exposeInt('version'),
    staffingVersion: t.exposeInt('staffingVersion', {
      description: 'The staffing’s version, apart from the dates’: send it to setPhaseStaffing.',
    }),
    inspection: t.relation('inspection'),
    staffing: t.relation('staffing'),
    history: t.relation('changes', {
      description: 'Every earlier set of dates, latest first.',
      query: { orderBy: { changedAt: 'desc' } },
    }),
  }),
});

builder.prismaObject('PhaseStaffing', {
  authScopes: (staffing, ctx) => maySeeStaffing(ctx, staffing),
  fields: (t) => ({
    inspectorate: t.field({
      type: InspectorateRef,
      select: { inspectorateId: true },
      resolve: (staffing, _args, ctx) =>
        whenRead(referenceFor.inspectorates(ctx), (all) => all.get(staffing.inspectorateId)!),
    }),
    inspectorWeeks: t.float({ resolve: (s) => s.inspectorWeeks.toNumber() }),
  }),
});

builder.prismaObject('PhaseDateChange', {
  description: 'A phase’s dates before a change, with who changed them and why.',
  fields: (t) => ({
    plannedStart: t.expose('plannedStart', { type: 'Date' }),
    plannedEnd: t.expose('plannedEnd', { type: 'Date' }),
    actualStart: t.expose('actualStart', { type: 'Date', nullable: true }),
    actualEnd: t.expose('actualEnd', { type: 'Date', nullable: true }),
    changedBy: t.string({
      nullable: true,
      description: staffNameNote,
      resolve: (record, _args, ctx) => staffName(record.changedBy, ctx),
    }),
    changedAt: t.expose('changedAt', { type: 'DateTime' }),
    reason: t.exposeString('reason', { nullable: true }),
  }),
});

builder.prismaObject('InspectionStatusChange', {
  fields: (t) => ({
    fromStatus: t.expose('fromStatus', { type: InspectionStatusEnum, nullable: true }),
    toStatus: t.expose('toStatus', { type: InspectionStatusEnum }),
    changedBy: t.string({
      nullable: true,
      description: staffNameNote,
      resolve: (record, _args, ctx) => staffName(record.changedBy, ctx),
    }),
    changedAt: t.expose('changedAt', { type: 'DateTime' }),
    reason: t.exposeString('reason', { nullable: true }),
  }),
});
