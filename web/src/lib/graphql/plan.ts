/** Operations behind the planning pages: programmes, inspections, phases and directions. */
import { mutationErrors } from './mutation-errors.ts';

export type ProgrammeStatus = 'DRAFT' | 'AGREED' | 'PUBLISHED' | 'SUPERSEDED';
export type PhaseKind = 'SCOPING' | 'FIELDWORK' | 'REPORTING' | 'PUBLICATION';
export type InspectionStatus = 'PLANNED' | 'IN_PROGRESS' | 'PUBLISHED' | 'CANCELLED';

export interface ProgrammeSummary {
  id: string;
  title: string;
  status: ProgrammeStatus;
  startsOn: string;
  endsOn: string;
  isCurrent: boolean;
}

export const programmesQuery = `
  query Programmes { programmes { id title status startsOn endsOn isCurrent } viewerCan { createProgramme } }
`;

export interface Phase {
  id: string;
  kind: PhaseKind;
  plannedStart: string;
  plannedEnd: string;
  actualStart: string | null;
  actualEnd: string | null;
  version: number;
  staffing: Array<{ inspectorate: { id?: string; shortName: string }; inspectorWeeks: number }>;
}

export interface TimelineInspection {
  id: string;
  title: string;
  kind: 'JOINT_THEMATIC' | 'CORE';
  victimsThematic: boolean;
  status: InspectionStatus;
  version: number;
  leadInspectorate: { id?: string; shortName: string };
  partnerInspectorates: Array<{ id?: string; shortName: string }>;
  localities: Array<{ id: string; name: string }>;
  phases: Phase[];
}

export interface Warning {
  kind: 'LOCALITY_CLASH' | 'OVER_CAPACITY' | 'OUTSIDE_PROGRAMME' | 'PHASE_ORDER';
  message: string;
  inspectionIds: string[];
  phaseIds: string[];
}

export interface DirectionCheck {
  met: boolean;
  shortfalls: string[];
  direction: {
    reference: string;
    title: string;
    minimumThematics: number;
    period: 'PER_PROGRAMME' | 'PER_YEAR';
  };
  periods: Array<{ label: string; required: number; counted: string[]; met: boolean }>;
}

export interface ProgrammePlan extends ProgrammeSummary {
  version: number;
  quarters: Array<{ startsOn: string; endsOn: string; label: string }>;
  inspections: TimelineInspection[];
  warnings: Warning[];
  directionChecks: DirectionCheck[];
  statusHistory: Array<{
    fromStatus: ProgrammeStatus | null;
    toStatus: ProgrammeStatus;
    changedBy: string;
    changedAt: string;
    reason: string | null;
  }>;
  revises: { id: string; title: string } | null;
  revisedBy: { id: string; title: string; status: ProgrammeStatus } | null;
  consultation?: { id: string; status: 'OPEN' | 'CLOSED'; closesOn: string } | null;
  /** What the signed-in person may do to the programme now, from the API. */
  viewerCan: { moveTo: ProgrammeStatus[]; revise: boolean; addInspection: boolean };
}

/** What the timeline and the inspections table read of each inspection. */
const timelineInspectionFields = `
  id title kind victimsThematic status version
  leadInspectorate { shortName }
  partnerInspectorates { shortName }
  localities { id name }
  phases { id kind plannedStart plannedEnd actualStart actualEnd version staffing { inspectorate { shortName } inspectorWeeks } }
`;

export const programmePlanQuery = `
  query ProgrammePlan($id: ID!) {
    programme(id: $id) {
      id title status version startsOn endsOn isCurrent
      revises { id title }
      revisedBy { id title status }
      viewerCan { moveTo revise addInspection }
      quarters { startsOn endsOn label }
      inspections { ${timelineInspectionFields} }
      warnings { kind message inspectionIds phaseIds }
      directionChecks { met shortfalls direction { reference title minimumThematics period } periods { label required counted met } }
      statusHistory { fromStatus toStatus changedBy changedAt reason }
      consultation { id status closesOn }
    }
  }
`;

/** The published programme running today, for the public page: no warnings or internal history. */
export const currentProgrammeQuery = `
  query CurrentProgramme {
    currentProgramme {
      id title status version startsOn endsOn isCurrent
      quarters { startsOn endsOn label }
      inspections { ${timelineInspectionFields} }
    }
  }
`;

export type PublicProgramme = Pick<
  ProgrammePlan,
  'id' | 'title' | 'status' | 'startsOn' | 'endsOn' | 'quarters' | 'inspections'
>;

export const createProgrammeMutation = `
  mutation CreateProgramme($input: CreateProgrammeInput!) {
    createProgramme(input: $input) { ${mutationErrors} ... on MutationCreateProgrammeSuccess { data { id } } }
  }
`;

export const changeProgrammeStatusMutation = `
  mutation ChangeProgrammeStatus($input: ChangeProgrammeStatusInput!) {
    changeProgrammeStatus(input: $input) { ${mutationErrors} ... on MutationChangeProgrammeStatusSuccess { data { id status } } }
  }
`;

export const reviseProgrammeMutation = `
  mutation ReviseProgramme($input: ReviseProgrammeInput!) {
    reviseProgramme(input: $input) { ${mutationErrors} ... on MutationReviseProgrammeSuccess { data { id } } }
  }
`;

export const reschedulePhaseMutation = `
  mutation ReschedulePhase($input: ReschedulePhaseInput!) {
    reschedulePhase(input: $input) { ${mutationErrors} ... on MutationReschedulePhaseSuccess { data { id kind plannedStart plannedEnd } } }
  }
`;

export interface PlanningChoices {
  inspectorates: Array<{
    id: string;
    name: string;
    shortName: string;
    viewerCan: { leadInspection: boolean };
  }>;
  agencyKinds: Array<{ code: string; name: string; pluralName: string }>;
  agencies: { edges: Array<{ node: { id: string; name: string; kind: { code: string } } }> };
  ministers: Array<{ id: string; title: string }>;
}

export const planningChoicesQuery = `
  query PlanningChoices {
    inspectorates { id name shortName viewerCan { leadInspection } }
    agencyKinds { code name pluralName }
    agencies(first: 200) { edges { node { id name kind { code } } } }
    ministers { id title }
  }
`;

export const addInspectionMutation = `
  mutation AddInspection($input: AddInspectionInput!) {
    addInspection(input: $input) { ${mutationErrors} ... on MutationAddInspectionSuccess { data { id } } }
  }
`;

export interface InspectionDetail extends TimelineInspection {
  theme: string;
  scopeStatement: string;
  cancellationReason: string | null;
  agencyKindsInScope: string[];
  programme: { id: string; title: string; status: ProgrammeStatus; warnings: Warning[] };
  viewerCan: { update: boolean; moveTo: InspectionStatus[] };
  leadInspectorate: { id: string; shortName: string; viewerCan: { setCapacity: boolean } };
  partnerInspectorates: Array<{
    id: string;
    shortName: string;
    viewerCan: { setCapacity: boolean };
  }>;
  phases: Array<
    Phase & {
      viewerCan: { reschedule: boolean; setStaffing: boolean };
      staffingVersion: number;
      history: Array<{
        plannedStart: string;
        plannedEnd: string;
        actualStart: string | null;
        actualEnd: string | null;
        changedBy: string;
        changedAt: string;
        reason: string | null;
      }>;
    }
  >;
  statusHistory: Array<{
    fromStatus: InspectionStatus | null;
    toStatus: InspectionStatus;
    changedBy: string;
    changedAt: string;
    reason: string | null;
  }>;
}

export const inspectionQuery = `
  query Inspection($id: ID!) {
    inspection(id: $id) {
      id title kind victimsThematic theme scopeStatement status cancellationReason version agencyKindsInScope
      leadInspectorate { id shortName viewerCan { setCapacity } }
      partnerInspectorates { id shortName viewerCan { setCapacity } }
      localities { id name }
      programme { id title status warnings { kind message inspectionIds phaseIds } }
      viewerCan { update moveTo }
      phases {
        id kind plannedStart plannedEnd actualStart actualEnd version staffingVersion
        viewerCan { reschedule setStaffing }
        staffing { inspectorate { id shortName } inspectorWeeks }
        history { plannedStart plannedEnd actualStart actualEnd changedBy changedAt reason }
      }
      statusHistory { fromStatus toStatus changedBy changedAt reason }
    }
  }
`;

/** Inspector-weeks each inspectorate can give, for the quarters an inspection's phases touch. */
export interface CapacityRow {
  inspectorate: { id: string; shortName: string };
  quarterStart: string;
  inspectorWeeks: number;
  version: number;
}

export const inspectorateCapacityQuery = `
  query InspectorateCapacity($from: Date!, $to: Date!) {
    inspectorateCapacity(from: $from, to: $to) { inspectorate { id shortName } quarterStart inspectorWeeks version }
  }
`;

export const setPhaseStaffingMutation = `
  mutation SetPhaseStaffing($input: SetPhaseStaffingInput!) {
    setPhaseStaffing(input: $input) { ${mutationErrors} ... on MutationSetPhaseStaffingSuccess { data { id } } }
  }
`;

export const setInspectorateCapacityMutation = `
  mutation SetInspectorateCapacity($input: SetInspectorateCapacityInput!) {
    setInspectorateCapacity(input: $input) { ${mutationErrors} ... on MutationSetInspectorateCapacitySuccess { data { quarterStart } } }
  }
`;

export const updateInspectionMutation = `
  mutation UpdateInspection($input: UpdateInspectionInput!) {
    updateInspection(input: $input) { ${mutationErrors} ... on MutationUpdateInspectionSuccess { data { id } } }
  }
`;

export const changeInspectionStatusMutation = `
  mutation ChangeInspectionStatus($input: ChangeInspectionStatusInput!) {
    changeInspectionStatus(input: $input) { ${mutationErrors} ... on MutationChangeInspectionStatusSuccess { data { id status } } }
  }
`;

export interface Direction {
  id: string;
  reference: string;
  title: string;
  givenOn: string;
  inForceFrom: string;
  inForceUntil: string | null;
  minimumThematics: number;
  period: 'PER_PROGRAMME' | 'PER_YEAR';
  requirement: string;
  givenBy: Array<{ title: string }>;
  agencyKindsRequired: string[];
}

export const directionsQuery = `
  query Directions {
    viewerCan { recordDirection }
    directions { id reference title givenOn inForceFrom inForceUntil minimumThematics period requirement givenBy { title } agencyKindsRequired }
  }
`;

export const recordDirectionMutation = `
  mutation RecordDirection($input: RecordDirectionInput!) {
    recordDirection(input: $input) { ${mutationErrors} ... on MutationRecordDirectionSuccess { data { id } } }
  }
`;

export const phaseNames: Record<PhaseKind, string> = {
  SCOPING: 'Scoping',
  FIELDWORK: 'Fieldwork',
  REPORTING: 'Reporting',
  PUBLICATION: 'Publication',
};
export const programmeStatusNames: Record<ProgrammeStatus, string> = {
  DRAFT: 'Draft',
  AGREED: 'Agreed',
  PUBLISHED: 'Published',
  SUPERSEDED: 'Superseded',
};
export const inspectionStatusNames: Record<InspectionStatus, string> = {
  PLANNED: 'Planned',
  IN_PROGRESS: 'In progress',
  PUBLISHED: 'Published',
  CANCELLED: 'Cancelled',
};
