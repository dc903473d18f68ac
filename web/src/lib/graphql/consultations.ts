/** Operations behind the consultation on a proposed programme, for the staff and public pages. */
import { mutationErrors } from './mutation-errors.ts';
import type { ProgrammeStatus } from './plan.ts';

export type ConsulteeOutcome = 'RECEIVED' | 'WAIVED' | 'NONE_RECEIVED';
export type ChangeKind = 'ADDED' | 'DROPPED' | 'RESCOPED' | 'RELED';

export const consulteeOutcomeNames: Record<ConsulteeOutcome, string> = {
  RECEIVED: 'Response received',
  WAIVED: 'Waived by both',
  NONE_RECEIVED: 'None received',
};

export const changeKindNames: Record<ChangeKind, string> = {
  ADDED: 'Added',
  DROPPED: 'Dropped',
  RESCOPED: 'Re-scoped',
  RELED: 'Re-led',
};

export interface Proposal {
  id: string;
  topic: string;
  theme: string;
  summary: string;
  leadShortName: string;
  partnerShortNames: string[];
  victimsThematic: boolean;
}

export interface PublicConsultation {
  id: string;
  status: 'OPEN' | 'CLOSED';
  opensOn: string;
  closesOn: string;
  programmeTitle: string;
  programmeStartsOn: string;
  programmeEndsOn: string;
  programmeStatus: ProgrammeStatus;
  runBy: { name: string; shortName: string };
  proposals: Proposal[];
  publicResponseCount: number;
  outcome: string | null;
  changes: Array<{ kind: ChangeKind; topic: string; detail: string }>;
  programme: {
    id: string;
    status: ProgrammeStatus;
    inspections: Array<{
      id: string;
      title: string;
      status: string;
      leadInspectorate: { shortName: string };
      partnerInspectorates: Array<{ shortName: string }>;
    }>;
  } | null;
}

interface ConsulteeResponse {
  outcome: ConsulteeOutcome;
  receivedOn: string | null;
  text: string | null;
  attachments: string[];
  inspectorateAgreedOn: string | null;
  consulteeAgreedOn: string | null;
  recordedBy: string;
  correctionReason: string | null;
}

export interface StaffConsultation extends PublicConsultation {
  version: number;
  /** Null for the public; the page is for staff, who see it. */
  openedBy: string | null;
  consulteeStatuses: Array<{
    consultee: { id: string; name: string; shortName: string; basis: string };
    response: ConsulteeResponse | null;
  }>;
  publicResponses: Array<{
    id: string;
    respondent: string;
    organisation: string | null;
    receivedOn: string;
    text: string;
    proposals: Array<{ id: string; topic: string }>;
  }>;
}

const publicFields = `
  id status opensOn closesOn programmeTitle programmeStartsOn programmeEndsOn programmeStatus
  runBy { name shortName }
  proposals { id topic theme summary leadShortName partnerShortNames victimsThematic }
  publicResponseCount outcome changes { kind topic detail }
  programme { id status inspections { id title status leadInspectorate { shortName } partnerInspectorates { shortName } } }
`;

export const publicConsultationQuery = `
  query PublicConsultation($id: ID!) { consultation(id: $id) { ${publicFields} } }
`;

export const consultationsQuery = `
  query Consultations {
    consultations { id status opensOn closesOn programmeTitle programmeStatus publicResponseCount }
  }
`;

export const staffConsultationQuery = `
  query StaffConsultation($id: ID!) {
    consultation(id: $id) {
      ${publicFields}
      version openedBy
      consulteeStatuses {
        consultee { id name shortName basis }
        response { outcome receivedOn text attachments inspectorateAgreedOn consulteeAgreedOn recordedBy correctionReason }
      }
      publicResponses { id respondent organisation receivedOn text proposals { id topic } }
    }
  }
`;

export const openConsultationMutation = `
  mutation OpenConsultation($input: OpenConsultationInput!) {
    openConsultation(input: $input) { ${mutationErrors} ... on MutationOpenConsultationSuccess { data { id } } }
  }
`;

export const recordConsulteeResponseMutation = `
  mutation RecordConsulteeResponse($input: RecordConsulteeResponseInput!) {
    recordConsulteeResponse(input: $input) { ${mutationErrors} ... on MutationRecordConsulteeResponseSuccess { data { id } } }
  }
`;

export const recordPublicResponseMutation = `
  mutation RecordPublicResponse($input: RecordPublicResponseInput!) {
    recordPublicResponse(input: $input) { ${mutationErrors} ... on MutationRecordPublicResponseSuccess { data { id } } }
  }
`;

export const closeConsultationMutation = `
  mutation CloseConsultation($input: CloseConsultationInput!) {
    closeConsultation(input: $input) { ${mutationErrors} ... on MutationCloseConsultationSuccess { data { id } } }
  }
`;

export const programmeConsultationQuery = `
  query ProgrammeConsultation($id: ID!) {
    programme(id: $id) { id title status startsOn endsOn inspections { id status } consultation { id status closesOn } }
    inspectorates { id name shortName }
  }
`;
