/**
 * Operations behind the public pages of published action plans. Only plans in these statuses
 * are ever asked for or shown: a plan still with the agency, the inspectorate or the minister
 * is not public.
 */
import type { AgencyKindCode } from './agencies.ts';

export type PublicPlanStatus = 'PUBLISHED' | 'IN_FOLLOW_UP' | 'CLOSED';
export type PlanActionStatus = 'NOT_STARTED' | 'IN_PROGRESS' | 'DONE' | 'DROPPED';

const publicStatuses: readonly PublicPlanStatus[] = ['PUBLISHED', 'IN_FOLLOW_UP', 'CLOSED'];

/** True only for the statuses the public may see; anything else is treated as not there. */
export const isPublic = (status: string): status is PublicPlanStatus =>
  (publicStatuses as readonly string[]).includes(status);

interface PublishedPlanRow {
  id: string;
  title: string;
  status: PublicPlanStatus;
  laidOn: string | null;
  paperReference: string | null;
  publishedOn: string | null;
  publishedBy: { name: string } | null;
  agency: { id: string; name: string; kind: { code: AgencyKindCode; name: string } };
  actions: Array<{ status: PlanActionStatus }>;
}

export interface PublishedPlans {
  actionPlans: PublishedPlanRow[];
  agencyKinds: Array<{ code: AgencyKindCode; pluralName: string }>;
}

export const publishedPlansQuery = `
  query PublishedPlans {
    actionPlans(statuses: [PUBLISHED, IN_FOLLOW_UP, CLOSED]) {
      id title status laidOn paperReference publishedOn
      publishedBy { name }
      agency { id name kind { code name } }
      actions { status }
    }
    agencyKinds { code pluralName }
  }
`;

interface PublishedPlanAction {
  id: string;
  description: string;
  owner: string;
  targetDate: string;
  status: PlanActionStatus;
  overdue: boolean;
  /** Newest first, as the API sends them. */
  progress: Array<{ note: string; evidenceUrl: string | null; recordedAt: string }>;
}

export interface PublishedPlan {
  id: string;
  title: string;
  /** Any status: the page checks it is public before showing anything. */
  status: string;
  reason: 'RATING' | 'INSPECTION_FINDINGS' | 'ESCALATION';
  summary: string;
  laidOn: string | null;
  paperReference: string | null;
  publishedOn: string | null;
  publishedUrl: string | null;
  /** When a recorded fact was corrected (the value shown is the corrected one). */
  laidCorrectedAt: string | null;
  publishedCorrectedAt: string | null;
  publishedBy: { name: string } | null;
  agency: { id: string; name: string; kind: { code: AgencyKindCode; name: string } };
  responsibleMinister: { title: string };
  reviewingInspectorate: { name: string };
  rating: {
    ratedOn: string;
    framework: { name: string };
    grade: { label: string; commonGrade: { code: string; label: string } };
  } | null;
  inspection: { title: string } | null;
  escalation: {
    kind: 'ENHANCED_MONITORING' | 'INDEPENDENT_REVIEW_OF_PROGRESS' | 'URGENT_NOTIFICATION';
    issuedOn: string;
  } | null;
  actions: PublishedPlanAction[];
}

/** A plan the page has checked is public. */
export type PublicPlan = Omit<PublishedPlan, 'status'> & { status: PublicPlanStatus };

/** Only what the public may read: no history, versions or inspectorate comments. */
export const publishedPlanQuery = `
  query PublishedPlan($id: ID!) {
    actionPlan(id: $id) {
      id title status reason summary laidOn paperReference publishedOn publishedUrl
      laidCorrectedAt publishedCorrectedAt
      publishedBy { name }
      agency { id name kind { code name } }
      responsibleMinister { title }
      reviewingInspectorate { name }
      rating { ratedOn framework { name } grade { label commonGrade { code label } } }
      inspection { title }
      escalation { kind issuedOn }
      actions { id description owner targetDate status overdue progress { note evidenceUrl recordedAt } }
    }
  }
`;

export const publicStatusNames: Record<PublicPlanStatus, string> = {
  PUBLISHED: 'Published',
  IN_FOLLOW_UP: 'In follow-up',
  CLOSED: 'Closed',
};
/** GOV.UK tag classes; the plain tag is blue. */
export const publicStatusTags: Record<PublicPlanStatus, string> = {
  PUBLISHED: 'govuk-tag govuk-tag--green',
  IN_FOLLOW_UP: 'govuk-tag',
  CLOSED: 'govuk-tag govuk-tag--grey',
};

export const actionStatusNames: Record<PlanActionStatus, string> = {
  NOT_STARTED: 'Not started',
  IN_PROGRESS: 'In progress',
  DONE: 'Done',
  DROPPED: 'Dropped',
};
export const actionStatusTags: Record<PlanActionStatus, string> = {
  NOT_STARTED: 'govuk-tag govuk-tag--grey',
  IN_PROGRESS: 'govuk-tag',
  DONE: 'govuk-tag govuk-tag--green',
  DROPPED: 'govuk-tag govuk-tag--orange',
};

export const escalationNames: Record<NonNullable<PublishedPlan['escalation']>['kind'], string> = {
  ENHANCED_MONITORING: 'Enhanced monitoring',
  INDEPENDENT_REVIEW_OF_PROGRESS: 'Independent review of progress',
  URGENT_NOTIFICATION: 'Urgent Notification',
};

/** "2 of 5 actions done", and how many were dropped, if any. */
export function progressWords(actions: Array<{ status: PlanActionStatus }>): string {
  const done = actions.filter((a) => a.status === 'DONE').length;
  const dropped = actions.filter((a) => a.status === 'DROPPED').length;
  const words = `${done} of ${actions.length} action${actions.length === 1 ? '' : 's'} done`;
  return dropped ? `${words} (${dropped} dropped)` : words;
}

/** A link only to a web page: anything else (a `javascript:` address, say) is shown as text. */
export const isWebAddress = (url: string | null): url is string =>
  !!url && /^https?:\/\/\S+$/i.test(url);
