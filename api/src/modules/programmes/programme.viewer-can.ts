/**
 * What the signed-in person may do to a programme and for an inspectorate (for inspections and
 * their phases, see inspections/inspection.viewer-can.ts): the same access functions that authorise the mutations, with the rules of the
 * programme's status, so that the web offers exactly what the API would accept.
 */
import { builder } from '../../builder.ts';
import { mayRecordEscalationFor } from '../access/escalation.access.ts';
import {
  mayAddInspectionLedBy,
  mayAddSomeInspection,
  mayDecideProgramme,
  mayStartProgramme,
  maySetCapacityFor,
} from '../access/programme.access.ts';
import { programmeMovesFrom, structureEditable, type ProgrammeStatus } from './programme.rules.ts';
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
