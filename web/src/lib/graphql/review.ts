/** Operations behind the baseline's "what changed" page and the annual review. */
import { mutationErrors } from './mutation-errors.ts';
import type { InspectionStatus, PhaseKind, ProgrammeStatus } from './plan.ts';

export type BaselineChangeKind = 'SLIPPED' | 'MOVED' | 'ADDED' | 'CANCELLED';

export interface BaselineChange {
  kind: BaselineChangeKind;
  inspectionId: string;
  inspectionTitle: string;
  phaseKind: PhaseKind | null;
  baselineStart: string | null;
  baselineEnd: string | null;
  currentStart: string | null;
  currentEnd: string | null;
  days: number | null;
  message: string;
}

export interface ProgrammeChanges {
  id: string;
  title: string;
  status: ProgrammeStatus;
  startsOn: string;
  endsOn: string;
  baseline: {
    capturedOn: ProgrammeStatus;
    capturedAt: string;
    capturedBy: string | null;
    backfilled: boolean;
  } | null;
  changesSinceBaseline: BaselineChange[];
}

export const programmeChangesQuery = `
  query ProgrammeChanges($id: ID!) {
    programme(id: $id) {
      id title status startsOn endsOn
      baseline { capturedOn capturedAt capturedBy backfilled }
      changesSinceBaseline {
        kind inspectionId inspectionTitle phaseKind baselineStart baselineEnd currentStart
        currentEnd days message
      }
    }
  }
`;

export type ReviewOutcome = 'ON_TIME' | 'LATE' | 'OVERDUE' | 'NOT_YET_DUE' | 'CANCELLED';

interface ReviewEntry {
  inspectionId: string;
  title: string;
  status: InspectionStatus;
  plannedAsAgreed: boolean;
  plannedStart: string;
  startedOn: string | null;
  startDaysLate: number | null;
  plannedReport: string | null;
  reportedOn: string | null;
  reportDaysLate: number | null;
  plannedPublication: string | null;
  publishedOn: string | null;
  publicationDaysLate: number | null;
  outcome: ReviewOutcome;
  outcomeDays: number | null;
  cancellationReason: string | null;
}

export interface AnnualReview {
  year: number;
  startsOn: string;
  endsOn: string;
  asPublished: boolean;
  publishedVersion: number;
  programme: { id: string; title: string; status: ProgrammeStatus };
  publications: Array<{ version: number; publishedAt: string; publishedBy: string | null }>;
  totals: {
    planned: number;
    started: number;
    published: number;
    onTime: number;
    late: number;
    overdue: number;
    notYetDue: number;
    cancelled: number;
  };
  entries: ReviewEntry[];
  viewerCan: { publish: boolean };
}

export const annualReviewQuery = `
  query AnnualReview($id: ID!, $year: Int!, $asPublished: Boolean) {
    annualReview(programmeId: $id, year: $year, asPublished: $asPublished) {
      year startsOn endsOn asPublished publishedVersion
      programme { id title status }
      publications { version publishedAt publishedBy }
      totals { planned started published onTime late overdue notYetDue cancelled }
      entries {
        inspectionId title status plannedAsAgreed plannedStart startedOn startDaysLate
        plannedReport reportedOn reportDaysLate plannedPublication publishedOn
        publicationDaysLate outcome outcomeDays cancellationReason
      }
      viewerCan { publish }
    }
  }
`;

export const publishAnnualReviewMutation = `
  mutation PublishAnnualReview($input: PublishAnnualReviewInput!) {
    publishAnnualReview(input: $input) { ${mutationErrors} ... on MutationPublishAnnualReviewSuccess { data { year publishedVersion } } }
  }
`;

export interface ReviewYear {
  year: number;
  publishedVersion: number;
}

export const programmeReviewYearsQuery = `
  query ProgrammeReviewYears($id: ID!) {
    programme(id: $id) { id annualReviews { year publishedVersion } }
  }
`;

export const changeKindNames: Record<BaselineChangeKind, string> = {
  SLIPPED: 'Slipped',
  MOVED: 'Moved',
  ADDED: 'Added',
  CANCELLED: 'Cancelled',
};

export const outcomeNames: Record<ReviewOutcome, string> = {
  ON_TIME: 'On time',
  LATE: 'Late',
  OVERDUE: 'Overdue',
  NOT_YET_DUE: 'Not yet due',
  CANCELLED: 'Cancelled',
};
