/** Operations behind the tracking pages: deadlines, recommendations and their responses, escalations. */
import { mutationErrors } from './mutation-errors.ts';

export type DeadlineKind =
  | 'RECOMMENDATION_RESPONSE'
  | 'URGENT_NOTIFICATION_RESPONSE'
  | 'ACTION_PLAN_OWED'
  | 'ACTION_PLAN_TO_REVIEW'
  | 'ACTION_PLAN_TO_LAY'
  | 'ACTION_PLAN_TO_PUBLISH'
  | 'CONSULTATION_CLOSES';
export type RecommendationSource =
  'INSPECTION_REPORT' | 'VICTIMS_COMMISSIONER_ANNUAL_REPORT' | 'URGENT_NOTIFICATION';
export type RecommendationAnswer = 'ACCEPTED' | 'PARTLY_ACCEPTED' | 'NOT_ACCEPTED';
export type ImplementationStatus = 'OPEN' | 'IMPLEMENTED' | 'NOT_IMPLEMENTED';
export type EscalationKind =
  'ENHANCED_MONITORING' | 'URGENT_NOTIFICATION' | 'INDEPENDENT_REVIEW_OF_PROGRESS';

export interface Deadline {
  kind: DeadlineKind;
  title: string;
  owner: string;
  agencyName: string;
  dueOn: string | null;
  since: string;
  overdue: boolean;
  subjectId: string;
}

export const deadlinesQuery = `
  query Deadlines($owner: String, $overdueOnly: Boolean) {
    owners: deadlines { owner }
    deadlines(owner: $owner, overdueOnly: $overdueOnly) { kind title owner agencyName dueOn since overdue subjectId }
  }
`;

export type DeadlineStatus = 'OVERDUE' | 'DUE' | 'WAITING';
export type DeadlineSort = 'DUE' | 'LONGEST_WAITING' | 'OWNER' | 'AGENCY';

export interface DeadlinePage {
  totalCount: number;
  overdueCount: number;
  mine: boolean;
  owners: Array<{ id: string; name: string; count: number }>;
  items: Deadline[];
}

export interface DeadlinePageVariables {
  mine: boolean | null;
  owners: string[] | null;
  kinds: DeadlineKind[] | null;
  statuses: DeadlineStatus[] | null;
  search: string | null;
  sort: DeadlineSort;
  offset: number;
  limit: number;
}

const deadlineFields = `kind title owner agencyName dueOn since overdue subjectId`;

/** One page of the deadlines, with its counts and owners, and the plans to lay and publish. */
export const deadlinePageQuery = `
  query DeadlinePage($mine: Boolean, $owners: [ID!], $kinds: [DeadlineKind!], $statuses: [DeadlineStatus!], $search: String, $sort: DeadlineSort, $offset: Int, $limit: Int) {
    deadlinePage(mine: $mine, owners: $owners, kinds: $kinds, statuses: $statuses, search: $search, sort: $sort, offset: $offset, limit: $limit) {
      totalCount overdueCount mine owners { id name count } items { ${deadlineFields} }
    }
    toLay: deadlinePage(mine: $mine, owners: $owners, kinds: [ACTION_PLAN_TO_LAY], search: $search, sort: OWNER, limit: 100) {
      items { ${deadlineFields} }
    }
    toPublish: deadlinePage(mine: $mine, owners: $owners, kinds: [ACTION_PLAN_TO_PUBLISH], search: $search, sort: OWNER, limit: 100) {
      items { ${deadlineFields} }
    }
  }
`;

/** The deadlines alone, a page at a time, for the CSV export. */
export const deadlineExportQuery = `
  query DeadlineExport($mine: Boolean, $owners: [ID!], $kinds: [DeadlineKind!], $statuses: [DeadlineStatus!], $search: String, $sort: DeadlineSort, $offset: Int, $limit: Int) {
    deadlinePage(mine: $mine, owners: $owners, kinds: $kinds, statuses: $statuses, search: $search, sort: $sort, offset: $offset, limit: $limit) {
      totalCount items { ${deadlineFields} }
    }
  }
`;

export interface RecommendationResponse {
  id: string;
  version: number;
  agency: { id: string; name: string };
  dueOn: string | null;
  overdue: boolean;
  answer: RecommendationAnswer | null;
  reasons: string | null;
  plannedActions: string | null;
  respondedOn: string | null;
  respondedBy: string | null;
  implementation: ImplementationStatus;
  viewerCan: { respond: boolean; recordImplementation: boolean };
}

export interface Recommendation {
  id: string;
  source: RecommendationSource;
  reportTitle: string;
  publishedOn: string;
  reference: string;
  text: string;
  responses: RecommendationResponse[];
}

export interface AgencyChoices {
  agencyKinds: Array<{ code: string; pluralName: string }>;
  agencies: {
    edges: Array<{
      node: { id: string; name: string; kind: { code: string; pluralName: string } };
    }>;
  };
}

export const recommendationsQuery = `
  query Recommendations {
    recommendations {
      id source reportTitle publishedOn reference text
      responses {
        id version dueOn overdue answer reasons plannedActions respondedOn respondedBy implementation
        agency { id name }
        viewerCan { respond recordImplementation }
      }
    }
    viewerCan { recordRecommendation }
    agencyKinds { code pluralName }
    agencies(first: 200) { edges { node { id name kind { code pluralName } } } }
  }
`;

export const recordRecommendationMutation = `
  mutation RecordRecommendation($input: RecordRecommendationInput!) {
    recordRecommendation(input: $input) { ${mutationErrors} ... on MutationRecordRecommendationSuccess { data { id } } }
  }
`;

export const respondToRecommendationMutation = `
  mutation RespondToRecommendation($input: RespondToRecommendationInput!) {
    respondToRecommendation(input: $input) { ${mutationErrors} ... on MutationRespondToRecommendationSuccess { data { id } } }
  }
`;

export const recordImplementationMutation = `
  mutation RecordImplementation($input: RecordImplementationInput!) {
    recordImplementation(input: $input) { ${mutationErrors} ... on MutationRecordImplementationSuccess { data { id } } }
  }
`;

export interface Escalation {
  id: string;
  kind: EscalationKind;
  agency: { id: string; name: string };
  inspectorate: { id: string; shortName: string };
  issuedOn: string;
  summary: string;
  responseDueOn: string | null;
  respondedOn: string | null;
  endedOn: string | null;
  overdue: boolean;
  version: number;
  viewerCan: { recordResponse: boolean; end: boolean };
}

export const escalationsQuery = `
  query Escalations {
    escalations {
      id kind issuedOn summary responseDueOn respondedOn endedOn overdue version
      agency { id name }
      inspectorate { id shortName }
      viewerCan { recordResponse end }
    }
    viewerCan { recordEscalation }
    inspectorates { id name shortName viewerCan { recordEscalation } }
    agencyKinds { code pluralName }
    agencies(first: 200) { edges { node { id name kind { code pluralName } } } }
  }
`;

export const recordEscalationMutation = `
  mutation RecordEscalation($input: RecordEscalationInput!) {
    recordEscalation(input: $input) { ${mutationErrors} ... on MutationRecordEscalationSuccess { data { id } } }
  }
`;

export const recordEscalationResponseMutation = `
  mutation RecordEscalationResponse($input: RecordEscalationResponseInput!) {
    recordEscalationResponse(input: $input) { ${mutationErrors} ... on MutationRecordEscalationResponseSuccess { data { id } } }
  }
`;

export const endEscalationMutation = `
  mutation EndEscalation($input: EndEscalationInput!) {
    endEscalation(input: $input) { ${mutationErrors} ... on MutationEndEscalationSuccess { data { id } } }
  }
`;

export const deadlineKindNames: Record<DeadlineKind, string> = {
  RECOMMENDATION_RESPONSE: 'Response to a recommendation',
  URGENT_NOTIFICATION_RESPONSE: 'Public response to an Urgent Notification',
  ACTION_PLAN_OWED: 'Action plan owed',
  ACTION_PLAN_TO_REVIEW: 'Action plan to review',
  ACTION_PLAN_TO_LAY: 'Action plan to lay before Parliament',
  ACTION_PLAN_TO_PUBLISH: 'Action plan to publish',
  CONSULTATION_CLOSES: 'Consultation on a proposed programme closes',
};
export const sourceNames: Record<RecommendationSource, string> = {
  VICTIMS_COMMISSIONER_ANNUAL_REPORT: 'Victims’ Commissioner’s annual report',
  URGENT_NOTIFICATION: 'Urgent Notification',
  INSPECTION_REPORT: 'Inspection report',
};
export const answerNames: Record<RecommendationAnswer, string> = {
  ACCEPTED: 'Accepted',
  PARTLY_ACCEPTED: 'Partly accepted',
  NOT_ACCEPTED: 'Not accepted',
};
export const implementationNames: Record<ImplementationStatus, string> = {
  OPEN: 'Not yet implemented',
  IMPLEMENTED: 'Implemented',
  NOT_IMPLEMENTED: 'Will not be implemented',
};
export const escalationKindNames: Record<EscalationKind, string> = {
  ENHANCED_MONITORING: 'Enhanced monitoring (Engage)',
  URGENT_NOTIFICATION: 'Urgent Notification',
  INDEPENDENT_REVIEW_OF_PROGRESS: 'Independent Review of Progress',
};

/**
 * Where a deadline's subject is shown, from the type inside its global id (base64 of
 * "Type:uuid"); null when no page shows it.
 */
export function subjectHref(subjectId: string): string | null {
  let decoded: string;
  try {
    decoded = atob(subjectId);
  } catch {
    return null;
  }
  const type = decoded.slice(0, decoded.indexOf(':'));
  if (type === 'ActionPlan') return `/act/plans/${encodeURIComponent(subjectId)}`;
  if (type === 'RecommendationResponse') return `/track/recommendations#response-${subjectId}`;
  if (type === 'Escalation') return `/track/escalations#escalation-${subjectId}`;
  if (type === 'Agency') return `/agencies/${encodeURIComponent(subjectId)}`;
  if (type === 'Consultation') return `/plan/consultations/${encodeURIComponent(subjectId)}`;
  return null;
}
