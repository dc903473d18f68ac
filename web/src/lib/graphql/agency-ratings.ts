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
  agencyKinds: Array<{ code: AgencyKindCode; name: string; pluralName: string }>;
}

/**
 * How a sentence names agencies of a kind: "police forces", "CPS areas"; a kind with one
 * agency (the CPS, HMCTS, HMPPS) has a proper name, so its agencies are just "agencies".
 */
export function kindNoun(kind: { name: string; pluralName: string }): string {
  if (kind.pluralName === kind.name) return 'agencies';
  return /^[A-Z][a-z]/.test(kind.pluralName)
    ? `${kind.pluralName[0]!.toLowerCase()}${kind.pluralName.slice(1)}`
    : kind.pluralName;
}

export const publicRatingsQuery = `
  query PublicRatings($kind: AgencyKindCode!) {
    ratingComparison(kind: $kind, sort: NAME) {
      distribution { gradeCode gradeLabel count }
      rows { agency { id name region } latest { ratedOn framework { name version } grade { label commonGrade { code label rank } } } }
    }
    agencyKinds { code name pluralName }
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
  actionPlans: Array<{
    id: string;
    title: string;
    status: PublicPlanStatus;
    laidOn: string | null;
    publishedOn: string | null;
    actions: Array<{ status: PlanActionStatus }>;
  }>;
  /** Only to count them and link to the list. */
  publishedRecommendations: Array<{ id: string }>;
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
    publishedRecommendations(agencyId: $id) { id }
  }
`;
