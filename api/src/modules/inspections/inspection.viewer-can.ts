/**
 * What the signed-in person may do to an inspection and its phases: the same access function
 * that authorises the mutations, with the rules of the programme's status, so that the web
 * offers exactly what the API would accept.
 */
import { builder } from '../../builder.ts';
import { mayPlanInspection } from '../access/inspection.access.ts';
import { scheduleEditable, structureEditable } from '../programmes/programme.rules.ts';
import { inspectionMovesFrom, type InspectionStatus } from './inspection.rules.ts';
import { InspectionStatusEnum } from './inspection.types.ts';

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
