/**
 * The planning timeline: the programme with what each phase's viewer may do, the what-if
 * preview of staged moves, and the save of several moves at once.
 */
import { mutationErrors } from './mutation-errors.ts';
import type { DirectionCheck, Phase, ProgrammePlan, TimelineInspection, Warning } from './plan.ts';

interface TimelinePhase extends Phase {
  viewerCan: { reschedule: boolean };
}

export interface PlanningInspection extends TimelineInspection {
  leadInspectorate: { id: string; shortName: string };
  partnerInspectorates: Array<{ id: string; shortName: string }>;
  phases: TimelinePhase[];
}

export interface PlanningTimeline extends Omit<ProgrammePlan, 'inspections' | 'statusHistory'> {
  inspections: PlanningInspection[];
}

export const planningTimelineQuery = `
  query PlanningTimeline($id: ID!) {
    programme(id: $id) {
      id title status version startsOn endsOn isCurrent
      revises { id title }
      revisedBy { id title status }
      viewerCan { moveTo revise addInspection }
      quarters { startsOn endsOn label }
      inspections {
        id title kind victimsThematic status version
        leadInspectorate { id shortName }
        partnerInspectorates { id shortName }
        localities { id name }
        phases {
          id kind plannedStart plannedEnd actualStart actualEnd version
          viewerCan { reschedule }
          staffing { inspectorate { shortName } inspectorWeeks }
        }
      }
      warnings { kind message inspectionIds phaseIds }
      directionChecks { met shortfalls direction { reference title minimumThematics period } periods { label required counted met } }
    }
    inspectorates { id shortName }
  }
`;

export interface SchedulePreview {
  warnings: Warning[];
  directionChecks: DirectionCheck[];
}

export const schedulePreviewQuery = `
  query SchedulePreview($programmeId: ID!, $changes: [StagedPhaseChangeInput!]!) {
    schedulePreview(programmeId: $programmeId, changes: $changes) {
      warnings { kind message inspectionIds phaseIds }
      directionChecks { met shortfalls direction { reference title minimumThematics period } periods { label required counted met } }
    }
  }
`;

export const reschedulePhasesMutation = `
  mutation ReschedulePhases($input: ReschedulePhasesInput!) {
    reschedulePhases(input: $input) { ${mutationErrors} ... on MutationReschedulePhasesSuccess { data { id } } }
  }
`;

/** A move staged in the browser: the phase's new planned dates and the version it was made from. */
export interface StagedChange {
  phaseId: string;
  expectedVersion: number;
  plannedStart: string;
  plannedEnd: string;
}
