/** Operations behind the ratings pages. */
import { mutationErrors } from './mutation-errors.ts';

export type Trend = 'FIRST' | 'IMPROVED' | 'UNCHANGED' | 'FELL';

export interface RatingSummary {
  ratedOn: string;
  rationale: string;
  framework: { name: string; version: string };
  grade: { label: string; commonGrade: { code: string; label: string; rank: number } };
}

interface ComparisonRow {
  agency: { id: string; name: string; region: string | null };
  latest: RatingSummary | null;
  previous: { grade: { label: string } } | null;
  trend: Trend | null;
  owesActionPlan: boolean;
  owedSince: string | null;
}

export interface GradeCount {
  gradeCode: string;
  gradeLabel: string;
  count: number;
}

export interface Comparison {
  ratingComparison: {
    distribution: GradeCount[];
    regions: Array<{
      region: string;
      agencies: number;
      rated: number;
      owingActionPlans: number;
      distribution: GradeCount[];
    }>;
    rows: ComparisonRow[];
  };
  agencyKinds: Array<{ code: string; pluralName: string }>;
  regions: string[];
  commonScale: Array<{ code: string; label: string; rank: number; triggersActionPlan: boolean }>;
  viewerCan: { importRatings: boolean };
}

export const comparisonQuery = `
  query Comparison($kind: AgencyKindCode!, $regions: [String!], $fell: Boolean, $sort: RatingComparisonSort) {
    ratingComparison(kind: $kind, regions: $regions, fell: $fell, sort: $sort) {
      distribution { gradeCode gradeLabel count }
      regions { region agencies rated owingActionPlans distribution { gradeCode gradeLabel count } }
      rows {
        agency { id name region }
        latest { ratedOn rationale framework { name version } grade { label commonGrade { code label rank } } }
        previous { grade { label } }
        trend owesActionPlan owedSince
      }
    }
    agencyKinds { code pluralName }
    regions
    commonScale { code label rank triggersActionPlan }
    viewerCan { importRatings }
  }
`;

export interface ImportReport {
  id: string;
  fileName: string;
  status: 'CHECKED' | 'ACCEPTED' | 'DISCARDED';
  goodRows: number;
  badRows: number;
  checkedAt: string;
  checkedBy: string;
  decidedAt: string | null;
  decidedBy: string | null;
  viewerCan: { accept: boolean; discard: boolean };
  version: number;
  rows: Array<{ line: number; agency: string; grade: string; ratedOn: string; problems: string[] }>;
}

export const importQuery = `
  query RatingImport($id: ID!) {
    ratingImport(id: $id) { id fileName status goodRows badRows checkedAt checkedBy decidedAt decidedBy version viewerCan { accept discard } rows(onlyProblems: true) { line agency grade ratedOn problems } }
  }
`;

export const checkImportMutation = `
  mutation CheckRatingImport($input: CheckRatingImportInput!) {
    checkRatingImport(input: $input) { ${mutationErrors} ... on MutationCheckRatingImportSuccess { data { id } } }
  }
`;

export const acceptImportMutation = `
  mutation AcceptRatingImport($input: DecideRatingImportInput!) {
    acceptRatingImport(input: $input) { ${mutationErrors} ... on MutationAcceptRatingImportSuccess { data { id goodRows } } }
  }
`;

export const discardImportMutation = `
  mutation DiscardRatingImport($input: DecideRatingImportInput!) {
    discardRatingImport(input: $input) { ${mutationErrors} ... on MutationDiscardRatingImportSuccess { data { id } } }
  }
`;

/** Colours for the common scale, each at least 3:1 against white; the grade is always written too. */
export const gradeColours: Record<string, string> = {
  OUTSTANDING: '#00703c',
  GOOD: '#1d70b8',
  ADEQUATE: '#505a5f',
  REQUIRES_IMPROVEMENT: '#912b88',
  INADEQUATE: '#d4351c',
};

export const trendWords: Record<Trend, string> = {
  FIRST: 'First rating',
  IMPROVED: 'Improved',
  UNCHANGED: 'No change',
  FELL: 'Fell',
};
