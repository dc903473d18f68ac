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
import {
  programmeMoveBlockedBecause,
  programmeMovesFrom,
  structureEditable,
  type ProgrammeStatus,
} from './programme.rules.ts';
import { ProgrammeStatusEnum } from './programme.types.ts';

interface BlockedMove {
  to: ProgrammeStatus;
  reason: string;
}

const BlockedMoveRef = builder.objectRef<BlockedMove>('BlockedProgrammeMove').implement({
  description: 'A move the person’s role allows that the programme’s state does not, yet.',
  fields: (t) => ({
    to: t.field({ type: ProgrammeStatusEnum, resolve: (move) => move.to }),
    reason: t.exposeString('reason', { description: 'Why not, and what to do first.' }),
  }),
});

interface ProgrammeViewerCan {
  moveTo: readonly ProgrammeStatus[];
  blockedMoves: BlockedMove[];
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
      blockedMoves: t.field({
        type: [BlockedMoveRef],
        description:
          'Moves this person’s role allows from the programme’s status that a rule blocks now (agreeing while the consultation is open), each with the reason changeProgrammeStatus would give.',
        resolve: (can) => can.blockedMoves,
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
    select: {
      revisedBy: { select: { id: true } },
      consultation: { select: { status: true, closesOn: true } },
    },
    resolve: (programme, _args, ctx) => {
      const moves = mayDecideProgramme(ctx.viewer) ? programmeMovesFrom(programme.status) : [];
      const blockedMoves = moves.flatMap((to) => {
        const reason = programmeMoveBlockedBecause(to, programme.consultation);
        return reason ? [{ to, reason }] : [];
      });
      return {
        moveTo: moves.filter((to) => !blockedMoves.some((move) => move.to === to)),
        blockedMoves,
        revise:
          mayStartProgramme(ctx.viewer) && programme.status === 'PUBLISHED' && !programme.revisedBy,
        addInspection: mayAddSomeInspection(ctx.viewer) && structureEditable(programme.status),
      };
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
