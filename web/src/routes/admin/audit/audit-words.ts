/**
 * The audit trail in words: each recorded action as a person would say it, each kind of record
 * by its name, the record's own name where the change carries one, and the page it lives on.
 */
export const actionWords: Record<string, string> = {
  acceptAgencyImport: 'Accepted an agencies import',
  acceptRatingImport: 'Accepted a ratings import',
  addAgency: 'Added an agency',
  addInspection: 'Added an inspection',
  changeInspectionStatus: 'Changed an inspection’s status',
  changePassword: 'Changed their password',
  changeProgrammeStatus: 'Changed a programme’s status',
  checkAgencyImport: 'Checked a file of agencies',
  checkRatingImport: 'Checked a ratings file',
  closeAgency: 'Closed an agency',
  reopenAgency: 'Reopened an agency',
  closeConsultation: 'Closed a consultation',
  correctActionPlanFact: 'Corrected a fact about an action plan',
  correctDirection: 'Corrected or withdrew a direction',
  correctDirectionAgreement: 'Corrected or withdrew a minister’s agreement to a direction',
  correctRating: 'Corrected or withdrew a rating',
  correctRecommendation: 'Corrected or withdrew a recommendation',
  correctRecommendationResponse: 'Corrected or withdrew an answer to a recommendation',
  createAccount: 'Created an account',
  createProgramme: 'Created a programme',
  decideProposedInspection: 'Decided another body’s proposed inspection',
  discardAgencyImport: 'Discarded an agencies import',
  discardRatingImport: 'Discarded a ratings import',
  endEscalation: 'Recorded the end of an escalation',
  endRole: 'Ended a role',
  grantRole: 'Gave a role',
  markRemindersRead: 'Marked reminders as read',
  markFormItem: 'Marked a programme against a direction of form',
  moveActionPlan: 'Moved an action plan on',
  openActionPlan: 'Started an action plan',
  openConsultation: 'Opened a consultation',
  publishAnnualReview: 'Published a programme year’s review',
  recordActionProgress: 'Recorded progress on an action',
  recordConsulteeResponse: 'Recorded a consultee’s response',
  recordDirection: 'Recorded a ministerial direction',
  recordDirectionAgreement: 'Recorded a minister’s agreement to a direction',
  recordEscalation: 'Recorded an escalation',
  recordEscalationResponse: 'Recorded the response to an escalation',
  recordImplementation: 'Recorded how a recommendation was implemented',
  recordProposedInspection: 'Recorded another body’s proposed inspection',
  recordPublicResponse: 'Recorded a response from the public',
  recordRating: 'Recorded a rating',
  recordRecommendation: 'Recorded a recommendation',
  renameAgency: 'Renamed an agency',
  reschedulePhase: 'Rescheduled a phase',
  reschedulePhases: 'Saved several phase moves at once',
  respondToRecommendation: 'Answered a recommendation',
  reviseProgramme: 'Started a revision of a programme',
  saveActionPlanDraft: 'Saved an action plan draft',
  saveOtherInspectingBody: 'Saved another inspecting body',
  saveScopeFunction: 'Saved a function an inspection may look at',
  saveStatutoryConsultee: 'Saved a statutory consultee',
  setBurdenThresholds: 'Set the inspection burden warnings',
  setInspectorateCapacity: 'Set an inspectorate’s capacity',
  setPhaseStaffing: 'Staffed a phase',
  setReminderPreferences: 'Chose their reminders',
  signIn: 'Signed in',
  signOut: 'Signed out',
  updateAccount: 'Changed an account',
  updateInspection: 'Changed an inspection',
};

export const recordWords: Record<string, string> = {
  ActionPlan: 'Action plan',
  Agency: 'Agency',
  AgencyImport: 'Agencies import',
  Escalation: 'Escalation',
  Inspection: 'Inspection',
  InspectionPhase: 'Inspection phase',
  InspectorateCapacity: 'Inspectorate capacity',
  MinisterialDirection: 'Ministerial direction',
  Programme: 'Programme',
  ProgrammeFormCheck: 'Programme’s mark against a direction of form',
  Rating: 'Rating',
  RatingImport: 'Ratings import',
  Recommendation: 'Recommendation',
  RecommendationResponse: 'Response to a recommendation',
  RoleAssignment: 'Role',
  Session: 'Session',
  User: 'Account',
};

/** A camelCase action nobody has worded yet, as a sentence: "recordThing" → "Record thing". */
export function inWords(action: string): string {
  if (actionWords[action]) return actionWords[action];
  const spaced = action.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

export const recordInWords = (entityType: string) =>
  recordWords[entityType] ?? entityType.replace(/([a-z])([A-Z])/g, '$1 $2');

/** The record's own name, from the change itself: its title, name, reference or email. */
export function recordName(before: string | null, after: string | null): string | null {
  for (const json of [after, before]) {
    if (!json) continue;
    try {
      const value = JSON.parse(json) as Record<string, unknown> | null;
      if (!value || typeof value !== 'object') continue;
      for (const key of ['title', 'name', 'reportTitle', 'fileName', 'reference', 'email'])
        if (typeof value[key] === 'string' && value[key]) return value[key] as string;
    } catch {
      // Not JSON after all: no name to show.
    }
  }
  return null;
}

/** The global id the API gives a record, as Pothos writes it. */
const globalId = (type: string, id: string) => btoa(`${type}:${id}`);

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The page a record lives on, where there is one. */
export function recordHref(entityType: string, entityId: string): string | null {
  if (!uuid.test(entityId)) return null;
  const id = encodeURIComponent(globalId(entityType, entityId));
  switch (entityType) {
    case 'ActionPlan':
      return `/act/plans/${id}`;
    case 'Inspection':
      return `/plan/inspections/${id}`;
    case 'Programme':
      return `/plan/programmes/${id}`;
    case 'Agency':
      return `/agencies/${id}`;
    case 'User':
      return `/admin/accounts/${id}`;
    case 'RatingImport':
      return `/rate/import/${id}`;
    default:
      return null;
  }
}
