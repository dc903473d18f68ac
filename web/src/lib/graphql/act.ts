/** Operations behind the action plan pages. */
import { mutationErrors } from './mutation-errors.ts';

export type ActionPlanStatus =
  | 'DRAFT'
  | 'SUBMITTED'
  | 'RETURNED'
  | 'ACCEPTED'
  | 'LAID'
  | 'PUBLISHED'
  | 'IN_FOLLOW_UP'
  | 'CLOSED';
export type PlanActionStatus = 'NOT_STARTED' | 'IN_PROGRESS' | 'DONE' | 'DROPPED';

export const planStatusNames: Record<ActionPlanStatus, string> = {
  DRAFT: 'Draft',
  SUBMITTED: 'Submitted',
  RETURNED: 'Returned for revision',
  ACCEPTED: 'Accepted',
  LAID: 'Laid before Parliament',
  PUBLISHED: 'Published',
  IN_FOLLOW_UP: 'In follow-up',
  CLOSED: 'Closed',
};
export const actionStatusNames: Record<PlanActionStatus, string> = {
  NOT_STARTED: 'Not started',
  IN_PROGRESS: 'In progress',
  DONE: 'Done',
  DROPPED: 'Dropped',
};

export interface PlanListItem {
  id: string;
  title: string;
  status: ActionPlanStatus;
  agency: { id: string; name: string };
  responsibleMinister: { title: string };
}

export const actOverviewQuery = `
  query ActOverview {
    actionPlans { id title status agency { id name } responsibleMinister { title } }
    deadlines { kind agencyName since subjectId }
    agenciesOwingActionPlans { id viewerCan { openActionPlan } }
  }
`;

export interface NewPlanContext {
  agency: {
    id: string;
    name: string;
    kind: {
      name: string;
      inspectedBy: Array<{ id: string; name: string }>;
      responsibleMinister: { title: string };
    };
    actionPlanOwed: {
      since: string;
      rating: { id: string; ratedOn: string; grade: { label: string } };
    } | null;
    viewerCan: { openActionPlan: boolean };
  };
}

export const newPlanQuery = `
  query NewPlan($id: ID!) {
    agency(id: $id) {
      id name
      kind { name inspectedBy { id name } responsibleMinister { title } }
      actionPlanOwed { since rating { id ratedOn grade { label } } }
      viewerCan { openActionPlan }
    }
  }
`;

export const openPlanMutation = `
  mutation OpenActionPlan($input: OpenActionPlanInput!) {
    openActionPlan(input: $input) { ${mutationErrors} ... on MutationOpenActionPlanSuccess { data { id } } }
  }
`;

export interface PlanDetail {
  id: string;
  title: string;
  summary: string;
  reason: 'RATING' | 'INSPECTION_FINDINGS' | 'ESCALATION';
  status: ActionPlanStatus;
  version: number;
  /** The recorded facts the signed-in person may correct, with a reason. */
  yourCorrections: Array<'LAYING' | 'PUBLICATION'>;
  /** What the signed-in person may do to the plan now, from the API's table of moves. */
  viewerCan: { saveDraft: boolean; recordProgress: boolean; moveTo: ActionPlanStatus[] };
  /** Who makes the plan's next move; null once closed. */
  waitingOn: 'AGENCY' | 'REVIEWING_INSPECTORATE' | 'RESPONSIBLE_MINISTER' | 'POLICING_BODY' | null;
  agency: { id: string; name: string; kind: { code: string } };
  rating: { ratedOn: string; grade: { label: string } } | null;
  reviewingInspectorate: { name: string; shortName: string };
  responsibleMinister: { title: string };
  laidOn: string | null;
  paperReference: string | null;
  publishedOn: string | null;
  publishedUrl: string | null;
  publishedBy: { name: string } | null;
  actions: Array<{
    id: string;
    description: string;
    owner: string;
    targetDate: string;
    status: PlanActionStatus;
    overdue: boolean;
    progress: Array<{
      note: string;
      evidenceUrl: string | null;
      recordedBy: string | null;
      recordedAt: string;
    }>;
  }>;
  history: Array<{
    fromStatus: ActionPlanStatus | null;
    toStatus: ActionPlanStatus;
    by: string;
    at: string;
    comment: string | null;
  }>;
  versions: Array<{
    number: number;
    summary: string;
    submittedBy: string;
    submittedAt: string;
    actions: Array<{ description: string; owner: string; targetDate: string }>;
  }>;
}

export const planQuery = `
  query ActionPlan($id: ID!) {
    actionPlan(id: $id) {
      id title summary reason status version waitingOn viewerCan { saveDraft recordProgress moveTo }
      yourCorrections
      agency { id name kind { code } }
      rating { ratedOn grade { label } }
      reviewingInspectorate { name shortName }
      responsibleMinister { title }
      laidOn paperReference publishedOn publishedUrl publishedBy { name }
      actions { id description owner targetDate status overdue progress { note evidenceUrl recordedBy recordedAt } }
      history { fromStatus toStatus by at comment }
      versions { number summary submittedBy submittedAt actions { description owner targetDate } }
    }
  }
`;

export const saveDraftMutation = `
  mutation SaveActionPlanDraft($input: SaveActionPlanDraftInput!) {
    saveActionPlanDraft(input: $input) { ${mutationErrors} ... on MutationSaveActionPlanDraftSuccess { data { id } } }
  }
`;

export const correctPlanFactMutation = `
  mutation CorrectActionPlanFact($input: CorrectActionPlanFactInput!) {
    correctActionPlanFact(input: $input) { ${mutationErrors} ... on MutationCorrectActionPlanFactSuccess { data { id } } }
  }
`;

export const movePlanMutation = `
  mutation MoveActionPlan($input: MoveActionPlanInput!) {
    moveActionPlan(input: $input) { ${mutationErrors} ... on MutationMoveActionPlanSuccess { data { id status } } }
  }
`;

export const recordProgressMutation = `
  mutation RecordActionProgress($input: RecordActionProgressInput!) {
    recordActionProgress(input: $input) { ${mutationErrors} ... on MutationRecordActionProgressSuccess { data { id } } }
  }
`;
