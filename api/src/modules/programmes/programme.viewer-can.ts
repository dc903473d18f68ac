/**
 * What the signed-in person may do to a programme, its inspections and phases, and for an
 * inspectorate: the same access functions that authorise the mutations, with the rules of the
 * programme's status, so that the web offers exactly what the API would accept.
 */
import { builder } from '../../builder.ts';
import { mayPlanInspection } from '../inspections/inspection.access.ts';
import { inspectionMovesFrom, type InspectionStatus } from '../inspections/inspection.rules.ts';
import { InspectionStatusEnum } from '../inspections/inspection.types.ts';
import { mayRecordEscalationFor } from '../recommendations/recommendation.access.ts';
import {
  mayAddInspectionLedBy,
  mayAddSomeInspection,
  mayDecideProgramme,
  mayStartProgramme,
  maySetCapacityFor,
} from './programme.access.ts';
import {
  programmeMovesFrom,
  scheduleEditable,
  structureEditable,
  type ProgrammeStatus,
} from './programme.rules.ts';
import { ProgrammeStatusEnum } from './programme.types.ts';

interface ProgrammeViewerCan {
  moveTo: readonly ProgrammeStatus[];
  revise: boolean;
  addInspection: boolean;
}

const ProgrammeViewerCanRef = builder
  .objectRef<ProgrammeViewerCan>('ProgrammeViewerCan')
  .implement({
    description: 'What the signed-in person may do to the programme now.',
    fields: (t) => ({
      moveTo: t.field({
        type: [ProgrammeStatusEnum],
        description: 'changeProgrammeStatus: the statuses this person may move it to now (leads).',
        resolve: (can) => [...can.moveTo],
      }),
      revise: t.exposeBoolean('revise', {
        description:
          'reviseProgramme: planners and leads, of a published programme not yet revised.',
      }),
      addInspection: t.exposeBoolean('addInspection', {
        description: 'addInspection: planners and leads, while the programme is a draft.',
      }),
    }),
  });

builder.prismaObjectFields('Programme', (t) => ({
  viewerCan: t.field({
    type: ProgrammeViewerCanRef,
    select: { revisedBy: { select: { id: true } } },
    resolve: (programme, _args, ctx) => ({
      moveTo: mayDecideProgramme(ctx.viewer) ? programmeMovesFrom(programme.status) : [],
      revise:
        mayStartProgramme(ctx.viewer) && programme.status === 'PUBLISHED' && !programme.revisedBy,
      addInspection: mayAddSomeInspection(ctx.viewer) && structureEditable(programme.status),
    }),
  }),
}));

interface InspectionViewerCan {
  update: boolean;
  moveTo: readonly InspectionStatus[];
}

const InspectionViewerCanRef = builder
  .objectRef<InspectionViewerCan>('InspectionViewerCan')
  .implement({
    description: 'What the signed-in person may do to the inspection now.',
    fields: (t) => ({
      update: t.exposeBoolean('update', {
        description:
          'updateInspection: planners of its lead or partner inspectorates, while the programme is a draft.',
      }),
      moveTo: t.field({
        type: [InspectionStatusEnum],
        description:
          'changeInspectionStatus: the statuses this person may mark it now, until the programme is superseded.',
        resolve: (can) => [...can.moveTo],
      }),
    }),
  });

builder.prismaObjectFields('Inspection', (t) => ({
  viewerCan: t.field({
    type: InspectionViewerCanRef,
    select: {
      leadInspectorateId: true,
      partners: { select: { inspectorateId: true } },
      programme: { select: { status: true } },
    },
    resolve: (inspection, _args, ctx) => {
      const planner = mayPlanInspection(ctx.viewer, inspection);
      const status = inspection.programme.status;
      return {
        update: planner && structureEditable(status),
        moveTo: planner && scheduleEditable(status) ? inspectionMovesFrom(inspection.status) : [],
      };
    },
  }),
}));

interface PhaseViewerCan {
  reschedule: boolean;
  setStaffing: boolean;
}

const PhaseViewerCanRef = builder.objectRef<PhaseViewerCan>('InspectionPhaseViewerCan').implement({
  description: 'What the signed-in person may do to the phase now.',
  fields: (t) => ({
    reschedule: t.exposeBoolean('reschedule', {
      description:
        'reschedulePhase: planners of the inspection, until the programme is superseded.',
    }),
    setStaffing: t.exposeBoolean('setStaffing', {
      description:
        'setPhaseStaffing: planners of the inspection, until the programme is superseded.',
    }),
  }),
});

builder.prismaObjectFields('InspectionPhase', (t) => ({
  viewerCan: t.field({
    type: PhaseViewerCanRef,
    select: {
      inspection: {
        select: {
          leadInspectorateId: true,
          partners: { select: { inspectorateId: true } },
          programme: { select: { status: true } },
        },
      },
    },
    resolve: (phase, _args, ctx) => {
      const may =
        mayPlanInspection(ctx.viewer, phase.inspection) &&
        scheduleEditable(phase.inspection.programme.status);
      return { reschedule: may, setStaffing: may };
    },
  }),
}));

interface InspectorateViewerCan {
  leadInspection: boolean;
  setCapacity: boolean;
  recordEscalation: boolean;
}

const InspectorateViewerCanRef = builder
  .objectRef<InspectorateViewerCan>('InspectorateViewerCan')
  .implement({
    description: 'What the signed-in person may do for the inspectorate.',
    fields: (t) => ({
      leadInspection: t.exposeBoolean('leadInspection', {
        description: 'addInspection with this inspectorate leading: its planners and leads.',
      }),
      setCapacity: t.exposeBoolean('setCapacity', {
        description: 'setInspectorateCapacity: its planners and leads.',
      }),
      recordEscalation: t.exposeBoolean('recordEscalation', {
        description: 'recordEscalation: its leads.',
      }),
    }),
  });

builder.prismaObjectFields('Inspectorate', (t) => ({
  viewerCan: t.field({
    type: InspectorateViewerCanRef,
    resolve: (inspectorate, _args, ctx) => ({
      leadInspection: mayAddInspectionLedBy(ctx.viewer, inspectorate.id),
      setCapacity: maySetCapacityFor(ctx.viewer, inspectorate.id),
      recordEscalation: mayRecordEscalationFor(ctx.viewer, inspectorate.id),
    }),
  }),
}));

const CapacityViewerCanRef = builder
  .objectRef<{ set: boolean }>('InspectorateCapacityViewerCan')
  .implement({
    description: 'What the signed-in person may do to the capacity recorded for a quarter.',
    fields: (t) => ({
      set: t.exposeBoolean('set', {
        description: 'setInspectorateCapacity: the inspectorate’s planners and leads.',
      }),
    }),
  });

builder.prismaObjectFields('InspectorateCapacity', (t) => ({
  viewerCan: t.field({
    type: CapacityViewerCanRef,
    resolve: (capacity, _args, ctx) => ({
      set: maySetCapacityFor(ctx.viewer, capacity.inspectorateId),
    }),
  }),
}));
