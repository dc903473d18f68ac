/**
 * The public ratings pages: the latest victims' rating of every agency of a kind, and one
 * agency's history. Ratings are published when recorded; of action plans, only the statuses
 * the public may read are ever asked for.
 */
import type { AgencyKindCode } from './agencies.ts';
import type { PlanActionStatus, PublicPlanStatus } from './published.ts';
import type { GradeCount, RatingSummary } from './ratings.ts';

export interface LatestRatingRow {
  agency: { id: string; name: string; region: string | null };
  latest: Pick<RatingSummary, 'ratedOn' | 'framework' | 'grade'> | null;
}

export interface PublicRatings {
  ratingComparison: { distribution: GradeCount[]; rows: LatestRatingRow[] };
}

export const publicRatingsQuery = `
  query PublicRatings($kind: AgencyKindCode!) {
    ratingComparison(kind: $kind, sort: NAME) {
      distribution { gradeCode gradeLabel count }
      rows { agency { id name region } latest { ratedOn framework { name version } grade { label commonGrade { code label rank } } } }
    }
  }
`;

export interface AgencyRatings {
  agency: {
    id: string;
    name: string;
    region: string | null;
    kind: { code: AgencyKindCode; name: string; pluralName: string };
    victimsRatings: RatingSummary[];
    actionPlanOwed: { since: string } | null;
  };
  commonScale: Array<{ code: string; label: string; rank: number }>;
  actionPlans: Array<{ id: string; title: string; status: PublicPlanStatus; laidOn: string | null; publishedOn: string | null; actions: Array<{ status: PlanActionStatus }> }>;
}

export const agencyRatingsQuery = `
  query AgencyRatings($id: ID!) {
    agency(id: $id) {
      id name region
      kind { code name pluralName }
      victimsRatings { ratedOn rationale framework { name version } grade { label commonGrade { code label rank } } }
      actionPlanOwed { since }
    }
    commonScale { code label rank }
    actionPlans(statuses: [PUBLISHED, IN_FOLLOW_UP, CLOSED], agencyId: $id) { id title status laidOn publishedOn actions { status } }
  }
`;
