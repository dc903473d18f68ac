/**
 * Operations behind the public pages of published action plans. Only plans in these statuses
 * are ever asked for or shown: a plan still with the agency, the inspectorate or the minister
 * is not public.
 */
import { graphql, type EnumOf, type ResultOf } from '../graphql.ts';

export type PlanActionStatus = EnumOf<'PlanActionStatus'>;
/** The statuses of a plan the public may read. */
export type PublicPlanStatus = Extract<
  EnumOf<'ActionPlanStatus'>,
  'PUBLISHED' | 'IN_FOLLOW_UP' | 'CLOSED'
>;

export const publishedPlansQuery = graphql(`
  query PublishedPlans {
    actionPlans(statuses: [PUBLISHED, IN_FOLLOW_UP, CLOSED]) {
      id
      title
      status
      laidOn
      paperReference
      publishedOn
      publishedBy {
        name
      }
      agency {
        id
        name
        kind {
          code
          name
        }
      }
      actions {
        status
      }
    }
    agencyKinds {
      code
      pluralName
    }
  }
`);

export type PublishedPlans = ResultOf<typeof publishedPlansQuery>;
export type PublishedPlanRow = PublishedPlans['actionPlans'][number];

/** Only what the public may read: no history, versions or inspectorate comments. */
export const publishedPlanQuery = graphql(`
  query PublishedPlan($id: ID!) {
    actionPlan(id: $id) {
      id
      title
      status
      reason
      summary
      laidOn
      paperReference
      publishedOn
      publishedUrl
      laidCorrectedAt
      publishedCorrectedAt
      publishedBy {
        name
      }
      agency {
        id
        name
        kind {
          code
          name
        }
      }
      responsibleMinister {
        title
      }
      reviewingInspectorate {
        name
      }
      rating {
        ratedOn
        framework {
          name
        }
        grade {
          label
          commonGrade {
            code
            label
          }
        }
      }
      inspection {
        title
      }
      escalation {
        kind
        issuedOn
      }
      actions {
        id
        description
        owner
        targetDate
        status
        overdue
        progress {
          note
          evidenceUrl
          recordedAt
        }
      }
    }
  }
`);

/** Any status: the page checks it is public before showing anything. */
export type PublishedPlan = NonNullable<ResultOf<typeof publishedPlanQuery>['actionPlan']>;
/** Newest progress first, as the API sends it. */
export type PublishedPlanAction = PublishedPlan['actions'][number];
/** A plan the page has checked is public. */
export type PublicPlan = Omit<PublishedPlan, 'status'> & { status: PublicPlanStatus };
