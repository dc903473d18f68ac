/**
 * Every mutation and every query that is not public, tried as every role, including roles held
 * in another organisation and no sign-in at all. A refused call must answer UNAUTHENTICATED or
 * FORBIDDEN and write nothing; an allowed call may still fail on its input (the stale versions
 * below make most of them stop at the version check), but never on access. Inputs are well
 * formed: checks of form (a date, an email address) come before access checks, and say nothing
 * about what is stored. The table of outcomes is printed, and written into docs/access.md
 * (`UPDATE_DOCS=1` rewrites it there; otherwise a difference fails the test).
 */
import type { Viewer } from '@cjji/api/viewer';
import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatedSection, markdownTable } from '../support/generated-docs.ts';
import { graphqlAgainst, type Execute, type GraphQLResult } from '../support/graphql.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

type RoleName =
  | 'public'
  | 'administrator'
  | 'planner (HMICFRS)'
  | 'planner (HMI Probation)'
  | 'lead (HMICFRS)'
  | 'lead (HMI Probation)'
  | 'editor (Kent Police)'
  | 'approver (Kent Police)'
  | 'approver (Essex Police)'
  | 'PCC office (Kent)'
  | 'PCC office (Essex)'
  | 'minister’s office (Home Secretary)'
  | 'minister’s office (Lord Chancellor)';

type Outcome = 'allowed' | 'refused' | 'hidden' | 'malformed request';

interface Operation {
  name: string;
  /** The GraphQL document and variables; built once the fixture's ids are known. */
  request: () => [string, Record<string, unknown>];
  allowed: RoleName[] | 'everyone' | 'signed in';
  /** For reads whose refusal is "not found", so that hidden records do not reveal they exist. */
  hides?: boolean;
  /**
   * For an operation on one record: the roles that may see it, and the same request naming a
   * record that does not exist. Every other role must get exactly the answer it gets for the
   * missing record, so that a refusal never tells it the record exists.
   */
  record?: { seenBy: RoleName[] | 'signed in'; missing: () => [string, Record<string, unknown>] };
}

/** A well-formed id of a record that does not exist. */
const missingId = '00000000-0000-4000-8000-000000000000';
const draftPlanSeenBy: RoleName[] = [
  'administrator',
  'editor (Kent Police)',
  'approver (Kent Police)',
];
const submittedPlanSeenBy: RoleName[] = [
  'administrator',
  'planner (HMICFRS)',
  'planner (HMI Probation)',
  'lead (HMICFRS)',
  'lead (HMI Probation)',
  'editor (Kent Police)',
  'approver (Kent Police)',
  'PCC office (Kent)',
  'minister’s office (Home Secretary)',
  'minister’s office (Lord Chancellor)',
];
const importSeenBy: RoleName[] = ['administrator', 'lead (HMICFRS)'];
const overseers: RoleName[] = [
  'administrator',
  'planner (HMICFRS)',
  'planner (HMI Probation)',
  'lead (HMICFRS)',
  'lead (HMI Probation)',
  'minister’s office (Home Secretary)',
  'minister’s office (Lord Chancellor)',
];
/** The same request with the id at `path` (e.g. "input.planId") naming a missing record. */
const withMissing =
  (request: () => [string, Record<string, unknown>], path: string, type: string) =>
  (): [string, Record<string, unknown>] => {
    const [query, variables] = request();
    const copy = structuredClone(variables);
    const keys = path.split('.');
    let at: Record<string, unknown> = copy;
    for (const key of keys.slice(0, -1)) at = at[key] as Record<string, unknown>;
    at[keys.at(-1)!] = gid(type, missingId);
    return [query, copy];
  };

let db: TestDatabase;
const executors = new Map<RoleName, Execute>();
const stops: Array<() => Promise<void>> = [];
const id: Record<string, string> = {};
const gid = (type: string, raw: string) => Buffer.from(`${type}:${raw}`).toString('base64');

const stale = 999;
const errors = `__typename ... on Error { message }`;
const mutation = (
  name: string,
  input: Record<string, unknown>,
  type = `${name[0]!.toUpperCase()}${name.slice(1)}Input`,
): [string, Record<string, unknown>] => {
  return [`mutation($input: ${type}!) { ${name}(input: $input) { ${errors} } }`, { input }];
};
const phaseDates = { plannedStart: '2027-05-01', plannedEnd: '2027-05-31' };

const operations: Operation[] = [
  // Programmes and inspections
  {
    name: 'createProgramme',
    allowed: [
      'administrator',
      'planner (HMICFRS)',
      'planner (HMI Probation)',
      'lead (HMICFRS)',
      'lead (HMI Probation)',
    ],
    request: () =>
      mutation('createProgramme', {
        title: 'Matrix programme',
        startsOn: '2028-04-01',
        endsOn: '2030-03-31',
      }),
  },
  {
    name: 'reviseProgramme',
    allowed: [
      'administrator',
      'planner (HMICFRS)',
      'planner (HMI Probation)',
      'lead (HMICFRS)',
      'lead (HMI Probation)',
    ],
    request: () =>
      mutation('reviseProgramme', { programmeId: gid('Programme', id.draftProgramme!) }),
  },
  {
    name: 'changeProgrammeStatus',
    allowed: ['administrator', 'lead (HMICFRS)', 'lead (HMI Probation)'],
    request: () =>
      mutation('changeProgrammeStatus', {
        programmeId: gid('Programme', id.draftProgramme!),
        status: 'AGREED',
        expectedVersion: stale,
      }),
  },
  {
    name: 'publishAnnualReview',
    allowed: [
      'administrator',
      'planner (HMICFRS)',
      'planner (HMI Probation)',
      'lead (HMICFRS)',
      'lead (HMI Probation)',
    ],
    request: () =>
      mutation('publishAnnualReview', {
        programmeId: gid('Programme', id.draftProgramme!),
        year: 1,
        expectedVersion: stale,
      }),
  },
  {
    name: 'recordDirection',
    allowed: ['administrator', 'minister’s office (Home Secretary)'],
    request: () =>
      mutation('recordDirection', {
        title: 'Matrix direction',
        reference: 'MX/1',
        requirement: 'Cover victims.',
        kind: 'VICTIMS_THEMATICS',
        draftedOn: '2026-11-01',
        status: 'AWAITING_AGREEMENT',
        inForceFrom: '2027-04-01',
        period: 'PER_PROGRAMME',
        minimumThematics: 1,
        agencyKindsRequired: [],
        agreements: [{ ministerId: gid('Minister', id.homeSecretary!), agreedOn: '2026-11-02' }],
      }),
  },
  {
    // The Home Secretary's agreement: that minister's office, or an administrator.
    name: 'recordDirectionAgreement',
    allowed: ['administrator', 'minister’s office (Home Secretary)'],
    request: () =>
      mutation('recordDirectionAgreement', {
        directionId: gid('MinisterialDirection', id.formDirection!),
        ministerId: gid('Minister', id.homeSecretary!),
        agreedOn: '2026-11-02',
        expectedVersion: stale,
      }),
  },
  {
    name: 'markFormItem',
    allowed: [
      'administrator',
      'planner (HMICFRS)',
      'planner (HMI Probation)',
      'lead (HMICFRS)',
      'lead (HMI Probation)',
    ],
    request: () =>
      mutation('markFormItem', {
        programmeId: gid('Programme', id.draftProgramme!),
        itemId: gid('DirectionFormItem', id.formItem!),
        met: true,
        note: 'Each inspection names its lead.',
        expectedVersion: stale,
      }),
  },
  // Consultation on a proposed programme, on a draft of its own that is out for consultation.
  {
    name: 'openConsultation',
    allowed: [
      'administrator',
      'planner (HMICFRS)',
      'planner (HMI Probation)',
      'lead (HMICFRS)',
      'lead (HMI Probation)',
    ],
    request: () =>
      mutation('openConsultation', {
        programmeId: gid('Programme', id.draftProgramme!),
        opensOn: '2027-01-04',
        closesOn: '2026-01-04',
        runByInspectorateId: gid('Inspectorate', id.hmicfrs!),
      }),
  },
  {
    name: 'recordConsulteeResponse',
    allowed: [
      'administrator',
      'planner (HMICFRS)',
      'planner (HMI Probation)',
      'lead (HMICFRS)',
      'lead (HMI Probation)',
    ],
    request: () =>
      mutation('recordConsulteeResponse', {
        consultationId: gid('Consultation', id.consultation!),
        consulteeId: gid('StatutoryConsultee', id.consultee!),
        outcome: 'NONE_RECEIVED',
      }),
  },
  {
    name: 'recordPublicResponse',
    allowed: [
      'administrator',
      'planner (HMICFRS)',
      'planner (HMI Probation)',
      'lead (HMICFRS)',
      'lead (HMI Probation)',
    ],
    request: () =>
      mutation('recordPublicResponse', {
        consultationId: gid('Consultation', id.consultation!),
        respondent: 'Matrix',
        receivedOn: '2027-01-05',
        text: 'A view.',
        proposalIds: [],
      }),
  },
  {
    name: 'closeConsultation',
    allowed: [
      'administrator',
      'planner (HMICFRS)',
      'planner (HMI Probation)',
      'lead (HMICFRS)',
      'lead (HMI Probation)',
    ],
    request: () =>
      mutation('closeConsultation', {
        consultationId: gid('Consultation', id.consultation!),
        expectedVersion: stale,
        outcome: 'What we heard and what we changed.',
      }),
  },
  {
    name: 'saveScopeFunction',
    allowed: ['administrator'],
    request: () =>
      mutation('saveScopeFunction', {
        id: gid('ScopeFunction', id.scopeFunction!),
        expectedVersion: stale,
        agencyKindCode: 'HMCTS',
        name: 'Matrix function',
      }),
  },
  {
    name: 'saveStatutoryConsultee',
    allowed: ['administrator'],
    request: () =>
      mutation('saveStatutoryConsultee', {
        id: gid('StatutoryConsultee', id.consultee!),
        expectedVersion: stale,
        name: 'Matrix consultee',
        shortName: 'Matrix',
        basis: 'Matrix order',
      }),
  },
  {
    name: 'recordProposedInspection',
    allowed: ['administrator', 'planner (HMICFRS)', 'lead (HMICFRS)'],
    request: () =>
      mutation('recordProposedInspection', {
        gatekeeperId: gid('Inspectorate', id.hmicfrs!),
        bodyId: gid('OtherInspectingBody', id.otherBody!),
        title: 'Matrix proposal',
        covers: 'Matrix proposal covers',
        proposedOn: '2026-11-20',
        fieldworkStart: '2027-02-01',
        fieldworkEnd: '2027-01-01',
        agencyIds: [gid('Agency', id.kent!)],
      }),
  },
  {
    name: 'decideProposedInspection',
    allowed: ['administrator', 'lead (HMICFRS)'],
    request: () =>
      mutation('decideProposedInspection', {
        id: gid('ProposedInspection', id.proposedInspection!),
        expectedVersion: stale,
        decision: 'NO_OBJECTION',
        decidedOn: '2026-11-24',
        reasons: 'Matrix reasons',
      }),
  },
  {
    name: 'saveOtherInspectingBody',
    allowed: ['administrator'],
    request: () =>
      mutation('saveOtherInspectingBody', {
        id: gid('OtherInspectingBody', id.otherBody!),
        expectedVersion: stale,
        name: 'Matrix body',
        shortName: 'Matrix',
        inspects: 'England',
      }),
  },
  {
    name: 'setBurdenThresholds',
    allowed: ['administrator'],
    request: () =>
      mutation('setBurdenThresholds', {
        thresholds: [{ agencyKind: 'POLICE_FORCE', warnFromVisit: 5, expectedVersion: stale }],
      }),
  },
  {
    name: 'setInspectorateCapacity',
    allowed: ['administrator', 'planner (HMICFRS)', 'lead (HMICFRS)'],
    request: () =>
      mutation('setInspectorateCapacity', {
        inspectorateId: gid('Inspectorate', id.hmicfrs!),
        quarterStart: '2027-04-01',
        inspectorWeeks: 40,
        expectedVersion: stale,
      }),
  },
  {
    name: 'addInspection',
    allowed: ['administrator', 'planner (HMICFRS)', 'lead (HMICFRS)'],
    request: () =>
      mutation('addInspection', {
        programmeId: gid('Programme', id.draftProgramme!),
        title: 'Matrix thematic',
        kind: 'JOINT_THEMATIC',
        victimsThematic: true,
        theme: 'Victims',
        scopeStatement: 'How victims are kept informed.',
        leadInspectorateId: gid('Inspectorate', id.hmicfrs!),
        partnerInspectorateIds: [],
        agencyKindsInScope: ['POLICE_FORCE'],
        localityIds: [],
        phases: [],
      }),
  },
  {
    name: 'updateInspection',
    allowed: ['administrator', 'planner (HMICFRS)', 'lead (HMICFRS)'],
    request: () =>
      mutation('updateInspection', {
        inspectionId: gid('Inspection', id.inspection!),
        expectedVersion: stale,
        title: 'Changed',
        kind: 'JOINT_THEMATIC',
        victimsThematic: true,
        theme: 'Victims',
        scopeStatement: 'How victims are kept informed.',
        leadInspectorateId: gid('Inspectorate', id.hmicfrs!),
        partnerInspectorateIds: [],
        agencyKindsInScope: ['POLICE_FORCE'],
        localityIds: [],
      }),
  },
  {
    name: 'changeInspectionStatus',
    allowed: ['administrator', 'planner (HMICFRS)', 'lead (HMICFRS)'],
    request: () =>
      mutation('changeInspectionStatus', {
        inspectionId: gid('Inspection', id.inspection!),
        status: 'CANCELLED',
        reason: 'Matrix',
        expectedVersion: stale,
      }),
  },
  {
    name: 'reschedulePhase',
    allowed: ['administrator', 'planner (HMICFRS)', 'lead (HMICFRS)'],
    request: () =>
      mutation('reschedulePhase', {
        phaseId: gid('InspectionPhase', id.phase!),
        expectedVersion: stale,
        ...phaseDates,
      }),
  },
  {
    name: 'reschedulePhases',
    allowed: ['administrator', 'planner (HMICFRS)', 'lead (HMICFRS)'],
    request: () =>
      mutation('reschedulePhases', {
        programmeId: gid('Programme', id.draftProgramme!),
        changes: [
          { phaseId: gid('InspectionPhase', id.phase!), expectedVersion: stale, ...phaseDates },
        ],
      }),
  },
  {
    name: 'setPhaseStaffing',
    allowed: ['administrator', 'planner (HMICFRS)', 'lead (HMICFRS)'],
    request: () =>
      mutation('setPhaseStaffing', {
        phaseId: gid('InspectionPhase', id.phase!),
        expectedVersion: stale,
        staffing: [{ inspectorateId: 'not-an-id', inspectorWeeks: 1 }],
      }),
  },
  // Ratings
  {
    name: 'recordRating',
    allowed: ['administrator', 'lead (HMICFRS)'],
    request: () =>
      mutation('recordRating', {
        agencyId: gid('Agency', id.kent!),
        frameworkId: gid('RatingFramework', id.peel!),
        areaCode: 'NOT_AN_AREA',
        gradeId: gid('RatingGrade', id.peel!),
        ratedOn: '2026-10-01',
        rationale: 'Victims are not kept informed of progress.',
      }),
  },
  {
    name: 'checkRatingImport',
    allowed: ['administrator', 'lead (HMICFRS)', 'lead (HMI Probation)'],
    request: () =>
      mutation('checkRatingImport', {
        fileName: 'matrix.csv',
        csv: 'agency,framework,area,grade,rated_on,rationale\n',
      }),
  },
  {
    name: 'acceptRatingImport',
    allowed: ['administrator', 'lead (HMICFRS)'],
    request: () =>
      mutation(
        'acceptRatingImport',
        { importId: gid('RatingImport', id.decidedImport!), expectedVersion: stale },
        'DecideRatingImportInput',
      ),
  },
  {
    name: 'discardRatingImport',
    allowed: ['administrator', 'lead (HMICFRS)'],
    request: () =>
      mutation(
        'discardRatingImport',
        { importId: gid('RatingImport', id.decidedImport!), expectedVersion: stale },
        'DecideRatingImportInput',
      ),
  },
  // The directory of agencies: administrators only. Kent Police's name is taken, so even an
  // administrator's add stops at its input; the versions are stale.
  {
    name: 'addAgency',
    allowed: ['administrator'],
    request: () =>
      mutation('addAgency', { name: 'Kent Police', kindCode: 'PRISON', country: 'ENGLAND' }),
  },
  {
    name: 'renameAgency',
    allowed: ['administrator'],
    request: () =>
      mutation('renameAgency', {
        agencyId: gid('Agency', id.kent!),
        expectedVersion: stale,
        name: 'Kent Constabulary',
      }),
  },
  {
    name: 'closeAgency',
    allowed: ['administrator'],
    request: () =>
      mutation('closeAgency', {
        agencyId: gid('Agency', id.kent!),
        expectedVersion: stale,
        closedOn: '2026-10-01',
      }),
  },
  {
    name: 'reopenAgency',
    allowed: ['administrator'],
    request: () =>
      mutation('reopenAgency', {
        agencyId: gid('Agency', id.kent!),
        expectedVersion: stale,
        reason: 'Closed in error',
      }),
  },
  {
    name: 'checkAgencyImport',
    allowed: ['administrator'],
    request: () =>
      mutation('checkAgencyImport', { fileName: 'matrix.csv', csv: 'name,kind,country\n' }),
  },
  {
    name: 'acceptAgencyImport',
    allowed: ['administrator'],
    request: () =>
      mutation(
        'acceptAgencyImport',
        { importId: id.agencyImport!, expectedVersion: stale },
        'DecideAgencyImportInput',
      ),
  },
  {
    name: 'discardAgencyImport',
    allowed: ['administrator'],
    request: () =>
      mutation(
        'discardAgencyImport',
        { importId: id.agencyImport!, expectedVersion: stale },
        'DecideAgencyImportInput',
      ),
  },
  // Action plans
  {
    name: 'openActionPlan',
    allowed: ['administrator', 'editor (Kent Police)', 'approver (Kent Police)'],
    request: () =>
      mutation('openActionPlan', {
        agencyId: gid('Agency', id.kent!),
        reason: 'RATING',
        reviewingInspectorateId: gid('Inspectorate', id.hmicfrs!),
        title: 'Matrix plan',
        summary: 'A plan opened by the matrix test.',
      }),
  },
  {
    name: 'saveActionPlanDraft',
    allowed: ['administrator', 'editor (Kent Police)', 'approver (Kent Police)'],
    request: () =>
      mutation('saveActionPlanDraft', {
        planId: gid('ActionPlan', id.draftPlan!),
        expectedVersion: stale,
        title: 'Matrix plan',
        summary: 'A plan saved by the matrix test.',
        actions: [],
      }),
  },
  {
    name: 'recordActionProgress',
    allowed: ['administrator', 'editor (Kent Police)', 'approver (Kent Police)'],
    request: () =>
      mutation('recordActionProgress', {
        actionId: gid('PlanAction', id.action!),
        note: 'Progress noted by the matrix test.',
      }),
  },
  {
    name: 'moveActionPlan → submitted',
    allowed: ['administrator', 'approver (Kent Police)'],
    request: () =>
      mutation('moveActionPlan', {
        planId: gid('ActionPlan', id.draftPlan!),
        status: 'SUBMITTED',
        expectedVersion: stale,
      }),
  },
  {
    name: 'moveActionPlan → returned',
    allowed: ['administrator', 'lead (HMICFRS)'],
    request: () =>
      mutation('moveActionPlan', {
        planId: gid('ActionPlan', id.submittedPlan!),
        status: 'RETURNED',
        comment: 'Matrix',
        expectedVersion: stale,
      }),
  },
  {
    name: 'moveActionPlan → accepted',
    allowed: ['administrator', 'lead (HMICFRS)'],
    request: () =>
      mutation('moveActionPlan', {
        planId: gid('ActionPlan', id.submittedPlan!),
        status: 'ACCEPTED',
        expectedVersion: stale,
      }),
  },
  {
    name: 'moveActionPlan → laid',
    allowed: ['administrator', 'minister’s office (Home Secretary)'],
    request: () =>
      mutation('moveActionPlan', {
        planId: gid('ActionPlan', id.submittedPlan!),
        status: 'LAID',
        laidOn: '2026-11-20',
        paperReference: 'CP 1',
        expectedVersion: stale,
      }),
  },
  {
    name: 'moveActionPlan → published',
    allowed: ['administrator', 'PCC office (Kent)'],
    request: () =>
      mutation('moveActionPlan', {
        planId: gid('ActionPlan', id.submittedPlan!),
        status: 'PUBLISHED',
        publishedOn: '2026-11-21',
        publishedUrl: 'https://example.org/plan',
        expectedVersion: stale,
      }),
  },
  {
    name: 'correctActionPlanFact (laying)',
    allowed: ['administrator', 'minister’s office (Home Secretary)'],
    request: () =>
      mutation('correctActionPlanFact', {
        planId: gid('ActionPlan', id.submittedPlan!),
        expectedVersion: stale,
        fact: 'LAYING',
        laidOn: '2026-11-20',
        paperReference: 'CP 1',
        reason: 'Matrix correction',
      }),
  },
  {
    name: 'moveActionPlan → closed',
    allowed: ['administrator', 'lead (HMICFRS)'],
    request: () =>
      mutation('moveActionPlan', {
        planId: gid('ActionPlan', id.submittedPlan!),
        status: 'CLOSED',
        expectedVersion: stale,
      }),
  },
  // Escalations and recommendations
  {
    name: 'recordEscalation',
    allowed: ['administrator', 'lead (HMICFRS)'],
    request: () =>
      mutation('recordEscalation', {
        kind: 'ENHANCED_MONITORING',
        agencyId: gid('Agency', id.kent!),
        inspectorateId: gid('Inspectorate', id.hmicfrs!),
        issuedOn: '2026-11-01',
        summary: 'Concerns about how victims are kept informed.',
      }),
  },
  {
    name: 'recordEscalationResponse',
    allowed: [
      'administrator',
      'approver (Kent Police)',
      'lead (HMICFRS)',
      'minister’s office (Home Secretary)',
    ],
    request: () =>
      mutation('recordEscalationResponse', {
        escalationId: gid('Escalation', id.escalation!),
        respondedOn: '2099-01-01',
      }),
  },
  {
    name: 'endEscalation',
    allowed: ['administrator', 'lead (HMICFRS)'],
    request: () =>
      mutation('endEscalation', {
        escalationId: gid('Escalation', id.escalation!),
        endedOn: '2099-01-01',
        expectedVersion: 0,
      }),
  },
  {
    name: 'recordRecommendation',
    allowed: [
      'administrator',
      'planner (HMICFRS)',
      'planner (HMI Probation)',
      'lead (HMICFRS)',
      'lead (HMI Probation)',
    ],
    request: () =>
      mutation('recordRecommendation', {
        source: 'INSPECTION_REPORT',
        reportTitle: 'Matrix report',
        publishedOn: '2026-11-01',
        reference: 'M1',
        text: 'Forces should call victims back within a day.',
        addresseeIds: [gid('Agency', id.kent!)],
      }),
  },
  {
    name: 'respondToRecommendation',
    allowed: ['administrator', 'approver (Kent Police)'],
    request: () =>
      mutation('respondToRecommendation', {
        responseId: gid('RecommendationResponse', id.response!),
        answer: 'ACCEPTED',
        reasons: 'We agree and will act on it this year.',
        respondedOn: '2026-11-20',
        expectedVersion: stale,
      }),
  },
  {
    name: 'recordImplementation',
    allowed: ['administrator', 'editor (Kent Police)', 'approver (Kent Police)'],
    request: () =>
      mutation('recordImplementation', {
        responseId: gid('RecommendationResponse', id.response!),
        implementation: 'IMPLEMENTED',
        expectedVersion: stale,
      }),
  },
  // Corrections of recorded facts: whoever may record the fact, or an administrator.
  {
    name: 'correctRating',
    allowed: ['administrator', 'lead (HMICFRS)'],
    request: () =>
      mutation('correctRating', {
        ratingId: gid('Rating', id.rating!),
        expectedVersion: stale,
        withdraw: true,
        reason: 'Matrix correction',
      }),
  },
  {
    name: 'correctRecommendation',
    allowed: [
      'administrator',
      'planner (HMICFRS)',
      'planner (HMI Probation)',
      'lead (HMICFRS)',
      'lead (HMI Probation)',
    ],
    request: () =>
      mutation('correctRecommendation', {
        recommendationId: gid('Recommendation', id.recommendation!),
        expectedVersion: stale,
        withdraw: true,
        reason: 'Matrix correction',
      }),
  },
  {
    name: 'correctRecommendationResponse',
    allowed: ['administrator', 'approver (Kent Police)'],
    request: () =>
      mutation('correctRecommendationResponse', {
        responseId: gid('RecommendationResponse', id.response!),
        expectedVersion: stale,
        withdraw: true,
        reason: 'Matrix correction',
      }),
  },
  {
    // A direction is the three ministers' together: any of their offices corrects it.
    name: 'correctDirection',
    allowed: [
      'administrator',
      'minister’s office (Home Secretary)',
      'minister’s office (Lord Chancellor)',
    ],
    request: () =>
      mutation('correctDirection', {
        directionId: gid('MinisterialDirection', id.formDirection!),
        expectedVersion: stale,
        withdraw: true,
        reason: 'Matrix correction',
      }),
  },
  {
    // The Home Secretary's agreement: that minister's office, or an administrator.
    name: 'correctDirectionAgreement',
    allowed: ['administrator', 'minister’s office (Home Secretary)'],
    request: () =>
      mutation('correctDirectionAgreement', {
        directionId: gid('MinisterialDirection', id.formDirection!),
        ministerId: gid('Minister', id.homeSecretary!),
        expectedVersion: stale,
        withdraw: true,
        reason: 'Matrix correction',
      }),
  },
  // Accounts
  {
    name: 'signIn',
    allowed: 'everyone',
    request: () => mutation('signIn', { email: 'nobody@example.test', password: 'wrong password' }),
  },
  { name: 'signOut', allowed: 'everyone', request: () => ['mutation { signOut }', {}] },
  // Not configured in this test, so each answers that sign-in through a provider is not set up.
  {
    name: 'startOpenIdSignIn',
    allowed: 'everyone',
    request: () => [
      'mutation { startOpenIdSignIn(redirectUri: "http://localhost/sign-in/openid/callback") { __typename } }',
      {},
    ],
  },
  {
    name: 'completeOpenIdSignIn',
    allowed: 'everyone',
    request: () =>
      mutation('completeOpenIdSignIn', {
        callbackUrl: 'http://localhost/sign-in/openid/callback?code=x&state=y',
        redirectUri: 'http://localhost/sign-in/openid/callback',
        state: 'y',
        nonce: 'n',
        codeVerifier: 'v'.repeat(43),
      }),
  },
  {
    name: 'changePassword',
    allowed: 'signed in',
    request: () =>
      mutation('changePassword', {
        currentPassword: 'wrong password',
        newPassword: 'a new long password',
      }),
  },
  {
    name: 'createAccount',
    allowed: ['administrator'],
    request: () =>
      mutation('createAccount', {
        email: 'new-person@example.test',
        name: 'New Person',
        roles: [],
      }),
  },
  {
    name: 'grantRole',
    allowed: ['administrator'],
    request: () =>
      mutation('grantRole', {
        userId: gid('User', id.account!),
        role: 'AGENCY_EDITOR',
        organisationId: gid('Agency', id.kent!),
      }),
  },
  {
    name: 'endRole',
    allowed: ['administrator'],
    request: () => [
      'mutation($id: ID!) { endRole(roleAssignmentId: $id, expectedVersion: 999) { __typename } }',
      { id: id.accountRole! },
    ],
  },
  {
    name: 'updateAccount',
    allowed: ['administrator'],
    request: () =>
      mutation('updateAccount', {
        userId: gid('User', id.account!),
        expectedVersion: stale,
        name: 'Matrix',
        disabled: false,
      }),
  },
  // Reminders: each person's own
  {
    name: 'setReminderPreferences',
    allowed: 'signed in',
    request: () =>
      mutation('setReminderPreferences', {
        offsets: ['ONE_DAY_BEFORE'],
        byEmail: true,
        expectedVersion: stale,
      }),
  },
  {
    name: 'markRemindersRead',
    allowed: 'signed in',
    request: () => [
      'mutation($ids: [ID!]!) { markRemindersRead(reminderIds: $ids) { __typename } }',
      { ids: ['00000000-0000-4000-8000-000000000000'] },
    ],
  },
  // Queries that are not public
  {
    name: 'myWork',
    allowed: 'signed in',
    request: () => ['{ myWork { count items { title } } }', {}],
  },
  { name: 'deadlines', allowed: 'signed in', request: () => ['{ deadlines { kind } }', {}] },
  {
    name: 'inspectorateCapacity',
    allowed: [
      'administrator',
      'planner (HMICFRS)',
      'planner (HMI Probation)',
      'lead (HMICFRS)',
      'lead (HMI Probation)',
      'minister’s office (Home Secretary)',
      'minister’s office (Lord Chancellor)',
    ],
    request: () => [
      'query { inspectorateCapacity(from: "2027-01-01", to: "2027-12-31") { inspectorWeeks } }',
      {},
    ],
  },
  {
    name: 'proposedInspections',
    allowed: overseers,
    request: () => ['{ proposedInspections { title } }', {}],
  },
  {
    name: 'gatekeepersForViewer',
    allowed: [
      'administrator',
      'planner (HMICFRS)',
      'planner (HMI Probation)',
      'lead (HMICFRS)',
      'lead (HMI Probation)',
    ],
    request: () => ['{ gatekeepersForViewer { inspectorate { shortName } } }', {}],
  },
  {
    name: 'ratingImport',
    allowed: ['administrator', 'lead (HMICFRS)'],
    request: () => [
      'query($id: ID!) { ratingImport(id: $id) { status } }',
      { id: gid('RatingImport', id.decidedImport!) },
    ],
  },
  {
    name: 'agencyImport',
    allowed: ['administrator'],
    request: () => [
      'query($id: ID!) { agencyImport(id: $id) { status } }',
      { id: id.agencyImport! },
    ],
  },
  { name: 'accounts', allowed: ['administrator'], request: () => ['{ accounts { email } }', {}] },
  {
    name: 'recommendations (with answers)',
    allowed: 'signed in',
    request: () => ['{ recommendations { reference } }', {}],
  },
  {
    name: 'a recommendation’s answer by node id',
    hides: true,
    allowed: 'signed in',
    request: () => [
      'query($id: ID!) { node(id: $id) { ... on RecommendationResponse { answer } } }',
      { id: gid('RecommendationResponse', id.response!) },
    ],
  },
  {
    name: 'auditEvents',
    allowed: ['administrator'],
    request: () => ['{ auditEvents(first: 5) { totalCount } }', {}],
  },
  // Records that are public only once published: refused reads answer "not found"
  {
    name: 'draft programme',
    hides: true,
    allowed: [
      'administrator',
      'planner (HMICFRS)',
      'planner (HMI Probation)',
      'lead (HMICFRS)',
      'lead (HMI Probation)',
      'minister’s office (Home Secretary)',
      'minister’s office (Lord Chancellor)',
    ],
    request: () => [
      'query($id: ID!) { programme(id: $id) { title } }',
      { id: gid('Programme', id.draftProgramme!) },
    ],
  },
  {
    name: 'annual review not yet published',
    hides: true,
    allowed: overseers,
    request: () => [
      'query($id: ID!) { annualReview(programmeId: $id, year: 1) { year } }',
      { id: gid('Programme', id.draftProgramme!) },
    ],
  },
  {
    name: 'inspection in a draft programme',
    hides: true,
    allowed: [
      'administrator',
      'planner (HMICFRS)',
      'planner (HMI Probation)',
      'lead (HMICFRS)',
      'lead (HMI Probation)',
      'minister’s office (Home Secretary)',
      'minister’s office (Lord Chancellor)',
    ],
    request: () => [
      'query($id: ID!) { inspection(id: $id) { title } }',
      { id: gid('Inspection', id.inspection!) },
    ],
  },
  {
    name: 'Kent’s draft plan',
    hides: true,
    allowed: ['administrator', 'editor (Kent Police)', 'approver (Kent Police)'],
    request: () => [
      'query($id: ID!) { actionPlan(id: $id) { title } }',
      { id: gid('ActionPlan', id.draftPlan!) },
    ],
  },
  {
    name: 'Kent’s draft plan by node id',
    hides: true,
    allowed: ['administrator', 'editor (Kent Police)', 'approver (Kent Police)'],
    request: () => [
      'query($id: ID!) { node(id: $id) { ... on ActionPlan { title } } }',
      { id: gid('ActionPlan', id.draftPlan!) },
    ],
  },
  {
    name: 'Kent’s submitted plan',
    hides: true,
    allowed: [
      'administrator',
      'planner (HMICFRS)',
      'planner (HMI Probation)',
      'lead (HMICFRS)',
      'lead (HMI Probation)',
      'editor (Kent Police)',
      'approver (Kent Police)',
      'PCC office (Kent)',
      'minister’s office (Home Secretary)',
      'minister’s office (Lord Chancellor)',
    ],
    request: () => [
      'query($id: ID!) { actionPlan(id: $id) { title } }',
      { id: gid('ActionPlan', id.submittedPlan!) },
    ],
  },
];

/** Operations on one record: who may see it, and where its id is in the request. */
const onRecords: Record<string, [RoleName[] | 'signed in', string, string]> = {
  updateInspection: [overseers, 'input.inspectionId', 'Inspection'],
  changeInspectionStatus: [overseers, 'input.inspectionId', 'Inspection'],
  reschedulePhase: [overseers, 'input.phaseId', 'InspectionPhase'],
  setPhaseStaffing: [overseers, 'input.phaseId', 'InspectionPhase'],
  acceptRatingImport: [importSeenBy, 'input.importId', 'RatingImport'],
  discardRatingImport: [importSeenBy, 'input.importId', 'RatingImport'],
  ratingImport: [importSeenBy, 'id', 'RatingImport'],
  saveActionPlanDraft: [draftPlanSeenBy, 'input.planId', 'ActionPlan'],
  recordActionProgress: [submittedPlanSeenBy, 'input.actionId', 'PlanAction'],
  'moveActionPlan → submitted': [draftPlanSeenBy, 'input.planId', 'ActionPlan'],
  'moveActionPlan → returned': [submittedPlanSeenBy, 'input.planId', 'ActionPlan'],
  'moveActionPlan → accepted': [submittedPlanSeenBy, 'input.planId', 'ActionPlan'],
  'moveActionPlan → laid': [submittedPlanSeenBy, 'input.planId', 'ActionPlan'],
  'moveActionPlan → published': [submittedPlanSeenBy, 'input.planId', 'ActionPlan'],
  'moveActionPlan → closed': [submittedPlanSeenBy, 'input.planId', 'ActionPlan'],
  'correctActionPlanFact (laying)': [submittedPlanSeenBy, 'input.planId', 'ActionPlan'],
  recordConsulteeResponse: ['signed in', 'input.consultationId', 'Consultation'],
  recordPublicResponse: ['signed in', 'input.consultationId', 'Consultation'],
  closeConsultation: ['signed in', 'input.consultationId', 'Consultation'],
  respondToRecommendation: ['signed in', 'input.responseId', 'RecommendationResponse'],
  correctRating: ['signed in', 'input.ratingId', 'Rating'],
  correctRecommendation: ['signed in', 'input.recommendationId', 'Recommendation'],
  correctRecommendationResponse: ['signed in', 'input.responseId', 'RecommendationResponse'],
  correctDirection: ['signed in', 'input.directionId', 'MinisterialDirection'],
  recordImplementation: ['signed in', 'input.responseId', 'RecommendationResponse'],
  recordEscalationResponse: ['signed in', 'input.escalationId', 'Escalation'],
  endEscalation: ['signed in', 'input.escalationId', 'Escalation'],
};
for (const operation of operations) {
  const onRecord = onRecords[operation.name];
  if (onRecord) {
    const [seenBy, path, type] = onRecord;
    operation.record = { seenBy, missing: withMissing(operation.request, path, type) };
  }
}

const roles: RoleName[] = [
  'public',
  'administrator',
  'planner (HMICFRS)',
  'planner (HMI Probation)',
  'lead (HMICFRS)',
  'lead (HMI Probation)',
  'editor (Kent Police)',
  'approver (Kent Police)',
  'approver (Essex Police)',
  'PCC office (Kent)',
  'PCC office (Essex)',
  'minister’s office (Home Secretary)',
  'minister’s office (Lord Chancellor)',
];

function viewerFor(role: RoleName): Viewer | null {
  const as = (grants: Viewer['roles']): Viewer => ({
    userId: null,
    name: role,
    email: 'matrix@example.test',
    sessionId: null,
    roles: grants,
  });
  switch (role) {
    case 'public':
      return null;
    case 'administrator':
      return as([{ role: 'ADMINISTRATOR' }]);
    case 'planner (HMICFRS)':
      return as([{ role: 'INSPECTORATE_PLANNER', inspectorateId: id.hmicfrs! }]);
    case 'planner (HMI Probation)':
      return as([{ role: 'INSPECTORATE_PLANNER', inspectorateId: id.probation! }]);
    case 'lead (HMICFRS)':
      return as([{ role: 'INSPECTORATE_LEAD', inspectorateId: id.hmicfrs! }]);
    case 'lead (HMI Probation)':
      return as([{ role: 'INSPECTORATE_LEAD', inspectorateId: id.probation! }]);
    case 'editor (Kent Police)':
      return as([{ role: 'AGENCY_EDITOR', agencyId: id.kent! }]);
    case 'approver (Kent Police)':
      return as([{ role: 'AGENCY_APPROVER', agencyId: id.kent! }]);
    case 'approver (Essex Police)':
      return as([{ role: 'AGENCY_APPROVER', agencyId: id.essex! }]);
    case 'PCC office (Kent)':
      return as([{ role: 'POLICING_BODY_OFFICE', localPolicingBodyId: id.kentPcc! }]);
    case 'PCC office (Essex)':
      return as([{ role: 'POLICING_BODY_OFFICE', localPolicingBodyId: id.essexPfcc! }]);
    case 'minister’s office (Home Secretary)':
      return as([{ role: 'MINISTER_OFFICE', ministerId: id.homeSecretary! }]);
    case 'minister’s office (Lord Chancellor)':
      return as([{ role: 'MINISTER_OFFICE', ministerId: id.lordChancellor! }]);
  }
}

const among = (roles: RoleName[] | 'everyone' | 'signed in', role: RoleName) =>
  roles === 'everyone' || (roles === 'signed in' ? role !== 'public' : roles.includes(role));

/** Whether the role may see the record the operation is on (every role, if it is on none). */
const sees = (operation: Operation, role: RoleName) =>
  !operation.record || among(operation.record.seenBy, role);

function expected(operation: Operation, role: RoleName): Outcome {
  return among(operation.allowed, role) ? 'allowed' : operation.hides ? 'hidden' : 'refused';
}

function outcomeOf(result: GraphQLResult<Record<string, any>>): Outcome {
  // A mutation's typed "not found" result: the record is missing, or hidden from this role.
  if (
    result.data &&
    Object.values(result.data).some((value) => value?.__typename === 'NotFoundError')
  )
    return 'hidden';
  const codes = (result.errors ?? []).map((error) => error.extensions?.code);
  if (codes.includes('UNAUTHENTICATED') || codes.includes('FORBIDDEN')) return 'refused';
  if (
    codes.includes('NOT_FOUND') ||
    (result.data && Object.values(result.data).every((value) => value === null))
  )
    return 'hidden';
  // Anything else at the GraphQL level means this test's own request is wrong, not the roles.
  if (codes.length) return 'malformed request';
  return 'allowed';
}

beforeAll(async () => {
  db = await createTestDatabase();
  const p = db.prisma;
  const inspectorate = async (shortName: string) =>
    (await p.inspectorate.findUniqueOrThrow({ where: { shortName } })).id;
  const agency = async (name: string) => (await p.agency.findUniqueOrThrow({ where: { name } })).id;
  const bodyOf = async (force: string) =>
    (
      await p.localPolicingBodyTerm.findFirstOrThrow({
        where: { policeForce: { name: force }, endsOn: null },
      })
    ).localPolicingBodyId;
  Object.assign(id, {
    hmicfrs: await inspectorate('HMICFRS'),
    probation: await inspectorate('HMI Probation'),
    hmcpsi: await inspectorate('HMCPSI'),
    kent: await agency('Kent Police'),
    essex: await agency('Essex Police'),
    kentPcc: await bodyOf('Kent Police'),
    essexPfcc: await bodyOf('Essex Police'),
    homeSecretary: (await p.minister.findUniqueOrThrow({ where: { title: 'Home Secretary' } })).id,
    lordChancellor: (
      await p.minister.findFirstOrThrow({ where: { title: { startsWith: 'Lord Chancellor' } } })
    ).id,
    peel: (await p.ratingFramework.findFirstOrThrow({ where: { name: 'PEEL' } })).id,
  });
  const programme = await p.programme.create({
    data: {
      title: 'Draft programme',
      startsOn: new Date('2027-04-01'),
      endsOn: new Date('2029-03-31'),
    },
  });
  const inspection = await p.inspection.create({
    data: {
      programmeId: programme.id,
      title: 'Victims’ thematic',
      kind: 'JOINT_THEMATIC',
      victimsThematic: true,
      theme: 'Victims',
      scopeStatement: 'How victims are kept informed.',
      leadInspectorateId: id.hmicfrs!,
      partners: { create: [{ inspectorateId: id.hmcpsi! }] },
      phases: {
        create: [
          {
            kind: 'SCOPING',
            plannedStart: new Date('2027-05-01'),
            plannedEnd: new Date('2027-05-31'),
          },
        ],
      },
    },
    include: { phases: true },
  });
  const plan = (status: 'DRAFT' | 'SUBMITTED', title: string) =>
    p.actionPlan.create({
      data: {
        agencyId: id.kent!,
        title,
        reason: 'INSPECTION_FINDINGS',
        inspectionId: inspection.id,
        reviewingInspectorateId: id.hmicfrs!,
        summary: 'How Kent Police will keep victims informed.',
        status,
        responsibleMinisterId: id.homeSecretary!,
        actions: {
          create: [
            {
              position: 1,
              description: 'Call victims back',
              owner: 'Head of victim care',
              targetDate: new Date('2027-03-31'),
            },
          ],
        },
      },
      include: { actions: true },
    });
  const draft = await plan('DRAFT', 'Kent’s draft plan');
  const submitted = await plan('SUBMITTED', 'Kent’s submitted plan');
  const escalation = await p.escalation.create({
    data: {
      kind: 'ENHANCED_MONITORING',
      agencyId: id.kent!,
      inspectorateId: id.hmicfrs!,
      issuedOn: new Date('2026-10-01'),
      summary: 'Engage',
      recordedBy: 'Test',
    },
  });
  const recommendation = await p.recommendation.create({
    data: {
      source: 'INSPECTION_REPORT',
      reportTitle: 'Report',
      publishedOn: new Date('2026-10-01'),
      reference: 'R1',
      text: 'Call victims back.',
      recordedBy: 'Test',
      addressees: { create: [{ agencyId: id.kent! }] },
    },
    include: { addressees: true },
  });
  const peelGrade = await p.ratingGrade.findFirstOrThrow({ where: { frameworkId: id.peel! } });
  const rating = await p.rating.create({
    data: {
      agencyId: id.kent!,
      frameworkId: id.peel!,
      areaCode: 'TREATMENT_OF_VICTIMS',
      gradeId: peelGrade.id,
      ratedOn: new Date('2026-05-01'),
      rationale: 'Victims are kept informed.',
      recordedBy: 'Test',
    },
  });
  const decided = await p.ratingImport.create({
    data: {
      fileName: 'old.csv',
      status: 'DISCARDED',
      rows: [],
      goodRows: 0,
      badRows: 0,
      checkedBy: 'Test',
      inspectorateIds: [id.hmicfrs!],
    },
  });
  const agencyImport = await p.agencyImport.create({
    data: { fileName: 'agencies.csv', rows: [], goodRows: 0, badRows: 0, checkedBy: 'Test' },
  });
  const account = await p.user.create({
    data: {
      email: 'someone@example.test',
      name: 'Someone',
      createdBy: 'Test',
      roles: { create: [{ role: 'AGENCY_EDITOR', agencyId: id.essex!, grantedBy: 'Test' }] },
    },
    include: { roles: true },
  });
  const consulted = await p.programme.create({
    data: {
      title: 'Programme out for consultation',
      startsOn: new Date('2029-04-01'),
      endsOn: new Date('2031-03-31'),
    },
  });
  const consultation = await p.consultation.create({
    data: {
      programmeId: consulted.id,
      runById: id.hmicfrs!,
      opensOn: new Date('2026-11-01'),
      closesOn: new Date('2027-01-31'),
      openedBy: 'Test',
    },
  });
  const consultee = await p.statutoryConsultee.findFirstOrThrow();
  // A direction of form: given by two ministers (so not in force) for the agreement, and one
  // in force with an item for the programme to be marked against.
  const ministers = await p.minister.findMany();
  const formDirection = (reference: string, agreeing: typeof ministers) =>
    p.ministerialDirection.create({
      data: {
        reference,
        title: 'The programme’s form',
        kind: 'FORM',
        draftedOn: new Date('2026-10-01'),
        givenOn: agreeing.length === ministers.length ? new Date('2026-10-02') : null,
        inForceFrom: new Date('2026-10-02'),
        requirement: 'The programme names each inspection’s lead.',
        givenBy: {
          create: agreeing.map((m) => ({
            ministerId: m.id,
            agreedOn: new Date('2026-10-02'),
            recordedBy: 'Test',
          })),
        },
        formItems: { create: [{ position: 1, text: 'Each inspection’s lead is named' }] },
      },
      include: { formItems: true },
    });
  const awaiting = await formDirection(
    'MX/FORM/1',
    ministers.filter((m) => m.id !== id.homeSecretary),
  );
  const inForce = await formDirection('MX/FORM/2', ministers);
  const scopeFunction = await p.scopeFunction.findFirstOrThrow();
  const otherBody = await p.otherInspectingBody.findFirstOrThrow({
    where: { shortName: 'Ofsted' },
  });
  const proposedInspection = await p.proposedInspection.create({
    data: {
      bodyId: otherBody.id,
      gatekeeperId: id.hmicfrs!,
      title: 'Matrix proposal',
      covers: 'Children at risk',
      proposedOn: new Date('2026-11-20'),
      fieldworkStart: new Date('2027-02-01'),
      fieldworkEnd: new Date('2027-02-12'),
      agencies: { create: [{ agencyId: id.kent! }] },
    },
  });
  Object.assign(id, {
    otherBody: otherBody.id,
    proposedInspection: proposedInspection.id,
    scopeFunction: scopeFunction.id,
    formDirection: awaiting.id,
    formItem: inForce.formItems[0]!.id,
    draftProgramme: programme.id,
    consultation: consultation.id,
    consultee: consultee.id,
    inspection: inspection.id,
    phase: inspection.phases[0]!.id,
    draftPlan: draft.id,
    submittedPlan: submitted.id,
    action: submitted.actions[0]!.id,
    escalation: escalation.id,
    response: recommendation.addressees[0]!.id,
    recommendation: recommendation.id,
    rating: rating.id,
    decidedImport: decided.id,
    agencyImport: agencyImport.id,
    account: account.id,
    accountRole: account.roles[0]!.id,
  });
  for (const role of roles) {
    const server = await graphqlAgainst(
      db.prisma,
      new Date('2026-11-25T12:00:00Z'),
      viewerFor(role),
    );
    executors.set(role, server.execute);
    stops.push(server.stop);
  }
});
afterAll(async () => {
  for (const stop of stops) await stop();
  await db?.close();
});

describe('who may do what', () => {
  it('covers every mutation in the schema', async () => {
    const { data } = await executors.get('public')!(getIntrospectionQuery());
    const mutationType = data!.__schema.types.find(
      (type: { name: string }) => type.name === 'Mutation',
    );
    const inSchema: string[] = mutationType.fields.map((field: { name: string }) => field.name);
    const tried = new Set(operations.map((operation) => operation.name.split(' ')[0]));
    expect(inSchema.filter((name) => !tried.has(name))).toEqual([]);
  });

  it('allows and refuses exactly as the roles say, and a refusal writes nothing', async () => {
    const table: Record<string, Record<string, string>> = {};
    const surprises: string[] = [];
    for (const operation of operations) {
      table[operation.name] = {};
      for (const role of roles) {
        const before = await db.prisma.auditEvent.count();
        const [query, variables] = operation.request();
        const result = await executors.get(role)!(query, variables);
        const outcome = outcomeOf(result);
        let want = expected(operation, role);
        if (want !== 'allowed' && !sees(operation, role)) {
          // A record hidden from the role: exactly the answer for one that does not exist.
          const [missingQuery, missingVariables] = operation.record!.missing();
          want = outcomeOf(await executors.get(role)!(missingQuery, missingVariables));
          if (want === 'allowed')
            surprises.push(`${operation.name} as ${role}: a missing record was allowed`);
        }
        table[operation.name]![role] =
          outcome === want
            ? outcome === 'allowed'
              ? '✓'
              : outcome === 'hidden'
                ? 'hidden'
                : '✗'
            : `UNEXPECTED ${outcome}`;
        if (outcome !== want)
          surprises.push(
            `${operation.name} as ${role}: expected ${want}, got ${outcome} ${JSON.stringify(result.errors ?? result.data)}`,
          );
        if (outcome !== 'allowed' && (await db.prisma.auditEvent.count()) !== before)
          surprises.push(`${operation.name} as ${role} was refused but wrote to the audit trail`);
      }
    }
    console.log('\nAuthorisation matrix (✓ allowed, ✗ refused, hidden = answered as not found)\n');
    console.table(table);
    expect(surprises).toEqual([]);

    // What was just checked is the documentation: a change of access shows in docs/access.md.
    const doc = generatedSection(
      'access.md',
      'authorisation-matrix',
      markdownTable(
        ['operation', ...roles],
        operations.map((operation) => [
          operation.name,
          ...roles.map((role) => table[operation.name]![role]!),
        ]),
      ),
    );
    expect(doc.inDocument, 'docs/access.md is out of date: run with UPDATE_DOCS=1').toBe(
      doc.generated,
    );
  });
});

/**
 * Writes across inspectorates and agencies, each refused before it writes anything, and each
 * refusal of a record the person may not see answered exactly as for a missing one.
 */
describe('each organisation acts only on what it is responsible for', () => {
  let prisonsLead: Execute;
  let stopPrisonsLead: () => Promise<void>;
  const asRole = async (grants: Viewer['roles']) =>
    graphqlAgainst(db.prisma, new Date('2026-11-25T12:00:00Z'), {
      userId: null,
      name: 'Cross-inspectorate test',
      email: 'cross@example.test',
      sessionId: null,
      roles: grants,
    });
  beforeAll(async () => {
    id.prisons = (
      await db.prisma.inspectorate.findUniqueOrThrow({ where: { shortName: 'HMI Prisons' } })
    ).id;
    ({ execute: prisonsLead, stop: stopPrisonsLead } = await asRole([
      { role: 'INSPECTORATE_LEAD', inspectorateId: id.prisons },
    ]));
  });
  afterAll(() => stopPrisonsLead?.());

  const ratingsFile = [
    'agency,framework,area,grade,rated_on,rationale',
    'Kent Police,PEEL,Treatment of victims,Good,2026-06-01,Victims are kept informed.',
  ].join('\n');
  const counts = async () => ({
    ratings: await db.prisma.rating.count(),
    plans: await db.prisma.actionPlan.count(),
    escalations: await db.prisma.escalation.count(),
    audit: await db.prisma.auditEvent.count(),
  });

  it('refuses an HMI Prisons lead a police force’s rating on HMICFRS’s framework, by import', async () => {
    const before = await counts();
    const checked = await prisonsLead(
      `mutation($input: CheckRatingImportInput!) { checkRatingImport(input: $input) {
         ... on MutationCheckRatingImportSuccess { data { id goodRows rows { problems } } } } }`,
      { input: { fileName: 'kent.csv', csv: ratingsFile } },
    );
    const batch = checked.data?.checkRatingImport.data;
    expect(batch.goodRows).toBe(0);
    expect(batch.rows[0].problems).toEqual([
      'PEEL is HMICFRS’s framework: only its leads record its ratings.',
    ]);
    const accepted = await prisonsLead(
      `mutation($input: DecideRatingImportInput!) { acceptRatingImport(input: $input) { ${errors} } }`,
      { input: { importId: batch.id, expectedVersion: 1 } },
    );
    expect(accepted.data?.acceptRatingImport.__typename).toBe('InvalidStateError');

    // HMICFRS's own file, good rows and all, is not found by HMI Prisons' lead, as a missing one.
    const { execute: hmicfrsLead, stop } = await asRole([
      { role: 'INSPECTORATE_LEAD', inspectorateId: id.hmicfrs! },
    ]);
    const theirs = await hmicfrsLead(
      `mutation($input: CheckRatingImportInput!) { checkRatingImport(input: $input) {
         ... on MutationCheckRatingImportSuccess { data { id goodRows } } } }`,
      { input: { fileName: 'kent.csv', csv: ratingsFile } },
    );
    await stop();
    expect(theirs.data?.checkRatingImport.data.goodRows).toBe(1);
    const answers = [];
    for (const importId of [theirs.data!.checkRatingImport.data.id, gid('RatingImport', missingId)])
      for (const name of ['acceptRatingImport', 'discardRatingImport']) {
        const result = await prisonsLead(
          `mutation($input: DecideRatingImportInput!) { ${name}(input: $input) { __typename } }`,
          { input: { importId, expectedVersion: 1 } },
        );
        answers.push(result.data?.[name].__typename);
      }
    expect(answers).toEqual(['NotFoundError', 'NotFoundError', 'NotFoundError', 'NotFoundError']);
    const after = await counts();
    expect(after.ratings).toBe(before.ratings);
    const theirId = Buffer.from(theirs.data!.checkRatingImport.data.id, 'base64')
      .toString()
      .split(':')[1]!;
    expect(
      (await db.prisma.ratingImport.findUniqueOrThrow({ where: { id: theirId } })).status,
    ).toBe('CHECKED');

    // recordRating refuses the same person, as before.
    const recorded = await prisonsLead(
      ...mutation('recordRating', {
        agencyId: gid('Agency', id.kent!),
        frameworkId: gid('RatingFramework', id.peel!),
        areaCode: 'TREATMENT_OF_VICTIMS',
        gradeId: gid('RatingGrade', id.peel!),
        ratedOn: '2026-06-01',
        rationale: 'Victims are kept informed.',
      }),
    );
    expect(recorded.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses, in any file, rows on another inspectorate’s framework when accepting', async () => {
    // A file checked before the rule, holding a PEEL row, claimed by HMI Prisons.
    const peelGrade = await db.prisma.ratingGrade.findFirstOrThrow({
      where: { frameworkId: id.peel! },
    });
    const legacy = await db.prisma.ratingImport.create({
      data: {
        fileName: 'legacy.csv',
        goodRows: 1,
        badRows: 0,
        checkedBy: 'Test',
        inspectorateIds: [id.prisons!],
        rows: [
          {
            line: 2,
            values: {},
            problems: [],
            rating: {
              agencyId: id.kent!,
              frameworkId: id.peel!,
              areaCode: 'TREATMENT_OF_VICTIMS',
              gradeId: peelGrade.id,
              ratedOn: '2026-05-01',
              rationale: 'Victims are kept informed.',
            },
          },
        ],
      },
    });
    const before = await counts();
    const result = await prisonsLead(
      `mutation($input: DecideRatingImportInput!) { acceptRatingImport(input: $input) { __typename } }`,
      { input: { importId: gid('RatingImport', legacy.id), expectedVersion: 1 } },
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);
    expect(
      (await db.prisma.ratingImport.findUniqueOrThrow({ where: { id: legacy.id } })).status,
    ).toBe('CHECKED');
  });

  it('refuses a plan whose reviewer does not inspect the agency’s kind, and leads opening plans', async () => {
    const { execute: kentEditor, stop } = await asRole([
      { role: 'AGENCY_EDITOR', agencyId: id.kent! },
    ]);
    const open = (execute: Execute, reviewer: string) =>
      execute(
        `mutation($input: OpenActionPlanInput!) { openActionPlan(input: $input) {
           __typename ... on InputError { message fieldErrors: issues { field message } } } }`,
        {
          input: {
            agencyId: gid('Agency', id.kent!),
            reason: 'INSPECTION_FINDINGS',
            inspectionId: gid('Inspection', id.inspection!),
            reviewingInspectorateId: gid('Inspectorate', reviewer),
            title: 'Cross-inspectorate plan',
            summary: 'How Kent Police will keep victims informed.',
          },
        },
      );
    const before = await counts();
    const byEditor = await open(kentEditor, id.prisons!);
    await stop();
    expect(JSON.stringify(byEditor)).toContain(
      'HMI Prisons does not inspect police forces: choose an inspectorate that inspects Kent Police.',
    );
    // A lead opening a plan for a force, naming itself: refused before anything is written,
    // whether or not its inspectorate inspects forces (a draft is the agency's to open).
    const { execute: hmicfrsLead, stop: stopLead } = await asRole([
      { role: 'INSPECTORATE_LEAD', inspectorateId: id.hmicfrs! },
    ]);
    for (const [execute, reviewer] of [
      [prisonsLead, id.prisons!],
      [hmicfrsLead, id.hmicfrs!],
    ] as const) {
      const result = await open(execute, reviewer);
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    await stopLead();
    expect(await counts()).toEqual(before);
  });

  it('refuses an escalation by an inspectorate that does not inspect the agency', async () => {
    const before = await counts();
    const result = await prisonsLead(
      ...mutation('recordEscalation', {
        kind: 'URGENT_NOTIFICATION',
        agencyId: gid('Agency', id.kent!),
        inspectorateId: gid('Inspectorate', id.prisons!),
        issuedOn: '2026-11-01',
        summary: 'Concerns about how victims are kept informed.',
      }),
    );
    expect(JSON.stringify(result.data)).toContain('HMI Prisons does not inspect police forces');
    expect(await counts()).toEqual(before);
  });

  it('answers a move of a draft the person cannot see as not found, before any version check', async () => {
    const { execute: hmicfrsLead, stop } = await asRole([
      { role: 'INSPECTORATE_LEAD', inspectorateId: id.hmicfrs! },
    ]);
    const move = (planId: string) =>
      hmicfrsLead(
        `mutation($input: MoveActionPlanInput!) { moveActionPlan(input: $input) {
           __typename ... on Error { message } } }`,
        { input: { planId, status: 'RETURNED', comment: 'Stale', expectedVersion: stale } },
      );
    const unseen = await move(gid('ActionPlan', id.draftPlan!));
    const missing = await move(gid('ActionPlan', missingId));
    await stop();
    expect(unseen.data?.moveActionPlan.__typename).toBe('NotFoundError');
    expect(unseen.data?.moveActionPlan.message).not.toMatch(/changed|version/i);
    expect(missing.data?.moveActionPlan.__typename).toBe('NotFoundError');
  });
});

/**
 * What the pages offer comes from `viewerCan`; here each answer is checked against the
 * operation of the matrix above that it stands for, as every role: the same source, so that
 * the web never offers what the API refuses, nor hides what it allows.
 */
describe('what each role is offered (viewerCan) matches what it may do', () => {
  const node = (type: string, raw: () => string, selection: string) => ({
    query: `query($id: ID!) { node(id: $id) { ... on ${type} { ${selection} } } }`,
    variables: () => ({ id: gid(type, raw()) }),
  });
  const offers: Array<{
    operation: string;
    query: string;
    variables?: () => Record<string, unknown>;
    offered: (data: any) => boolean;
  }> = [
    {
      operation: 'createProgramme',
      query: '{ viewerCan { createProgramme } }',
      offered: (d) => d.viewerCan.createProgramme,
    },
    {
      operation: 'recordRecommendation',
      query: '{ viewerCan { recordRecommendation } }',
      offered: (d) => d.viewerCan.recordRecommendation,
    },
    {
      operation: 'checkRatingImport',
      query: '{ viewerCan { importRatings } }',
      offered: (d) => d.viewerCan.importRatings,
    },
    {
      operation: 'createAccount',
      query: '{ viewerCan { administerAccounts } }',
      offered: (d) => d.viewerCan.administerAccounts,
    },
    {
      operation: 'changeProgrammeStatus',
      ...node('Programme', () => id.draftProgramme!, 'viewerCan { moveTo }'),
      offered: (d) => !!d.node?.viewerCan.moveTo.includes('AGREED'),
    },
    {
      operation: 'addInspection',
      ...node('Inspectorate', () => id.hmicfrs!, 'viewerCan { leadInspection }'),
      offered: (d) => d.node.viewerCan.leadInspection,
    },
    {
      operation: 'setInspectorateCapacity',
      ...node('Inspectorate', () => id.hmicfrs!, 'viewerCan { setCapacity }'),
      offered: (d) => d.node.viewerCan.setCapacity,
    },
    {
      operation: 'recordEscalation',
      ...node('Inspectorate', () => id.hmicfrs!, 'viewerCan { recordEscalation }'),
      offered: (d) => d.node.viewerCan.recordEscalation,
    },
    {
      operation: 'updateInspection',
      ...node('Inspection', () => id.inspection!, 'viewerCan { update }'),
      offered: (d) => !!d.node?.viewerCan.update,
    },
    {
      operation: 'changeInspectionStatus',
      ...node('Inspection', () => id.inspection!, 'viewerCan { moveTo }'),
      offered: (d) => (d.node?.viewerCan.moveTo.length ?? 0) > 0,
    },
    {
      operation: 'reschedulePhase',
      ...node('InspectionPhase', () => id.phase!, 'viewerCan { reschedule }'),
      offered: (d) => !!d.node?.viewerCan.reschedule,
    },
    {
      operation: 'setPhaseStaffing',
      ...node('InspectionPhase', () => id.phase!, 'viewerCan { setStaffing }'),
      offered: (d) => !!d.node?.viewerCan.setStaffing,
    },
    {
      operation: 'recordRating',
      ...node('RatingFramework', () => id.peel!, 'viewerCan { recordRating }'),
      offered: (d) => !!d.node?.viewerCan.recordRating,
    },
    {
      // Leads review plans but do not open them: the offer agrees with the refusal.
      operation: 'openActionPlan',
      ...node('Agency', () => id.kent!, 'viewerCan { openActionPlan }'),
      offered: (d) => !!d.node?.viewerCan.openActionPlan,
    },
    {
      operation: 'saveActionPlanDraft',
      ...node('ActionPlan', () => id.draftPlan!, 'viewerCan { saveDraft }'),
      offered: (d) => !!d.node?.viewerCan.saveDraft,
    },
    {
      operation: 'moveActionPlan → submitted',
      ...node('ActionPlan', () => id.draftPlan!, 'viewerCan { moveTo }'),
      offered: (d) => !!d.node?.viewerCan.moveTo.includes('SUBMITTED'),
    },
    {
      operation: 'moveActionPlan → returned',
      ...node('ActionPlan', () => id.submittedPlan!, 'viewerCan { moveTo }'),
      offered: (d) => !!d.node?.viewerCan.moveTo.includes('RETURNED'),
    },
    {
      operation: 'moveActionPlan → accepted',
      ...node('ActionPlan', () => id.submittedPlan!, 'viewerCan { moveTo }'),
      offered: (d) => !!d.node?.viewerCan.moveTo.includes('ACCEPTED'),
    },
    {
      operation: 'respondToRecommendation',
      ...node('RecommendationResponse', () => id.response!, 'viewerCan { respond }'),
      offered: (d) => !!d.node?.viewerCan.respond,
    },
    {
      operation: 'correctRating',
      ...node('Rating', () => id.rating!, 'viewerCan { correct }'),
      offered: (d) => !!d.node?.viewerCan.correct,
    },
    {
      operation: 'correctRecommendation',
      ...node('Recommendation', () => id.recommendation!, 'viewerCanCorrect'),
      offered: (d) => !!d.node?.viewerCanCorrect,
    },
    {
      operation: 'correctDirection',
      ...node('MinisterialDirection', () => id.formDirection!, 'viewerCanCorrect'),
      offered: (d) => !!d.node?.viewerCanCorrect,
    },
    {
      operation: 'updateAccount',
      ...node('User', () => id.account!, 'viewerCan { update }'),
      offered: (d) => !!d.node?.viewerCan.update,
    },
  ];

  it('offers each action to exactly the roles the matrix allows', async () => {
    const mismatches: string[] = [];
    for (const offer of offers) {
      const operation = operations.find((o) => o.name === offer.operation)!;
      expect(operation, offer.operation).toBeDefined();
      for (const role of roles.filter((r) => r !== 'public')) {
        const result = await executors.get(role)!(offer.query, offer.variables?.() ?? {});
        const codes = (result.errors ?? []).map((e) => e.extensions?.code);
        expect(codes.filter((code) => code !== 'NOT_FOUND' && code !== 'FORBIDDEN')).toEqual([]);
        const offered = result.data ? offer.offered(result.data) : false;
        if (offered !== (expected(operation, role) === 'allowed'))
          mismatches.push(`${offer.operation} as ${role}: offered ${offered}`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});
