/** What an inspection may contain, and how its status may move. */
import { InvalidInputError, InvalidStateError, type FieldIssue } from '../../errors.ts';
import { judicialDecisionMention } from './judicial-exclusion.ts';

export type InspectionStatus = 'PLANNED' | 'IN_PROGRESS' | 'PUBLISHED' | 'CANCELLED';
type InspectionKind = 'JOINT_THEMATIC' | 'CORE';

/**
 * Persons making judicial decisions or exercising judicial discretion may never be inspected.
 * These are the ways planners have been seen to write such scope; HMCTS's administration of
 * courts (listing, facilities, how staff treat victims) stays in scope.
 */
const judicialScope = [
  /judicial\s+(decision|discretion|function|ruling)/i,
  /\bjudiciary\b/i,
  /\b(judges?|magistrates?|justices|the\s+bench|tribunal\s+judges?|district\s+judges?|coroners?)\b[^.;]*\b(decid|decision|discretion|ruling|sentenc|verdict|direction|conduct\s+of\s+(the\s+)?trial)/i,
  /\b(sentencing|bail|verdict|judgment)\s+decisions?\b/i,
  /\bdecisions?\s+(of|by|made\s+by)\s+(the\s+)?(courts?|judges?|magistrates?|bench|judiciary)\b/i,
];

export function judicialScopeProblem(text: string): string | undefined {
  const match = judicialScope.map((pattern) => text.match(pattern)).find(Boolean);
  // The word list above let paraphrases through; judicial-exclusion.ts reads each sentence.
  return match?.[0] ?? judicialDecisionMention(text);
}

/** The words in each field that reach judicial decision-making, with the field they are in. */
export function judicialScopeMentions(
  fields: Array<{ field: string[]; text: string | null | undefined }>,
): Array<{ field: string[]; found: string }> {
  return fields.flatMap(({ field, text }) => {
    const found = text ? judicialScopeProblem(text) : undefined;
    return found ? [{ field, found }] : [];
  });
}

/** Long enough to say something: "admin only" is not an account of why. */
const shortestAdministrationStatement = 20;

/**
 * Scope the check flags stands only with the planner's account of how it concerns the
 * administration of the courts only: the check reads words, and some flagged phrasings are
 * administration ("how HMCTS arranges the special measures a judge has granted"). The problem
 * is named on the statement's field, where the planner answers it.
 */
export function judicialScopeIssues(
  fields: Array<{ field: string[]; text: string | null | undefined }>,
  statement: string | null | undefined,
): FieldIssue[] {
  const mentions = judicialScopeMentions(fields);
  if (!mentions.length) return [];
  const given = statement?.trim() ?? '';
  if (given.length >= shortestAdministrationStatement) return [];
  const quoted = mentions.map((m) => `"${m.found}"`).join(', ');
  return [
    {
      field: ['input', 'administrationOnlyStatement'],
      message: given
        ? `Say in at least ${shortestAdministrationStatement} characters how the scope concerns the administration of the courts only.`
        : `Inspections may never look at judicial decisions or the exercise of judicial discretion, and the scope mentions ${quoted}. Say how it concerns the administration of the courts only, or reword it, for example as how HMCTS lists cases or how its staff treat victims.`,
    },
  ];
}

/** A function chosen for the scope must be current and of a kind of agency in scope. */
export function scopeFunctionIssues(
  kindsInScope: readonly string[],
  chosen: ReadonlyArray<{
    name: string;
    agencyKindCode: string;
    kindName: string;
    retired: boolean;
  }>,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const fn of chosen) {
    if (!kindsInScope.includes(fn.agencyKindCode))
      issues.push({
        field: ['input', 'scopeFunctionIds'],
        message: `${fn.name} is a function of ${fn.kindName}, which is not in scope: add the kind or remove the function.`,
      });
    else if (fn.retired)
      issues.push({
        field: ['input', 'scopeFunctionIds'],
        message: `${fn.name} (${fn.kindName}) is no longer on the list of functions: choose another.`,
      });
  }
  return issues;
}

export interface InspectionShape {
  kind: InspectionKind;
  victimsThematic: boolean;
  leadInspectorateId: string;
  partnerInspectorateIds: string[];
  kindsInScope: string[];
  localities: Array<{ id: string; kind: string; name: string }>;
}

/** A core inspection looks at one agency by one inspectorate; a victims' thematic is joint. */
export function assertInspectionShape(shape: InspectionShape): void {
  const issues: FieldIssue[] = [];
  if (shape.partnerInspectorateIds.includes(shape.leadInspectorateId)) {
    issues.push({
      field: ['input', 'partnerInspectorateIds'],
      message: 'The lead inspectorate cannot also be a partner.',
    });
  }
  if (shape.kind === 'CORE') {
    if (shape.partnerInspectorateIds.length)
      issues.push({
        field: ['input', 'partnerInspectorateIds'],
        message:
          'A core inspection is carried out by one inspectorate: remove the partners, or make it a joint thematic.',
      });
    if (shape.localities.length !== 1)
      issues.push({
        field: ['input', 'localityIds'],
        message: 'A core inspection inspects exactly one agency.',
      });
    if (shape.victimsThematic)
      issues.push({
        field: ['input', 'victimsThematic'],
        message: "Only a joint thematic can be a victims' thematic.",
      });
  }
  if (!shape.kindsInScope.length)
    issues.push({
      field: ['input', 'agencyKindsInScope'],
      message: 'Choose at least one kind of agency in scope.',
    });
  for (const locality of shape.localities) {
    if (!shape.kindsInScope.includes(locality.kind)) {
      issues.push({
        field: ['input', 'localityIds'],
        message: `${locality.name} is not of a kind in scope: add its kind to the scope or remove it.`,
      });
    }
  }
  if (issues.length) throw new InvalidInputError(issues);
}

const allowedMoves: Record<InspectionStatus, InspectionStatus[]> = {
  PLANNED: ['IN_PROGRESS', 'CANCELLED'],
  IN_PROGRESS: ['PUBLISHED', 'CANCELLED'],
  PUBLISHED: [],
  CANCELLED: [],
};

const words: Record<InspectionStatus, string> = {
  PLANNED: 'planned',
  IN_PROGRESS: 'in progress',
  PUBLISHED: 'published',
  CANCELLED: 'cancelled',
};

/** The statuses an inspection in `status` can be marked next. */
export const inspectionMovesFrom = (status: InspectionStatus): readonly InspectionStatus[] =>
  allowedMoves[status];

export function assertInspectionMove(
  from: InspectionStatus,
  to: InspectionStatus,
  reason: string | null | undefined,
): void {
  if (!allowedMoves[from].includes(to)) {
    throw new InvalidStateError(`A ${words[from]} inspection cannot be marked ${words[to]}.`, [
      'input',
      'status',
    ]);
  }
  if (to === 'CANCELLED' && !reason?.trim()) {
    throw new InvalidInputError([
      {
        field: ['input', 'reason'],
        message: 'Say why the inspection is cancelled: the reason is kept with the programme.',
      },
    ]);
  }
}

export function assertPhaseDates(
  dates: {
    plannedStart: Date;
    plannedEnd: Date;
    actualStart?: Date | null;
    actualEnd?: Date | null;
  },
  /** Where the dates sit in the input: a phase of a new inspection is named by its kind. */
  at: string[] = ['input'],
): void {
  const issues = phaseDateIssues(dates, at);
  if (issues.length) throw new InvalidInputError(issues);
}

/** Every problem with one phase's dates; `what` names the phase in the messages. */
export function phaseDateIssues(
  dates: {
    plannedStart: Date;
    plannedEnd: Date;
    actualStart?: Date | null;
    actualEnd?: Date | null;
  },
  at: string[] = ['input'],
  what = 'The',
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const the = what === 'The' ? 'The' : `${what}:`;
  if (dates.plannedEnd < dates.plannedStart)
    issues.push({
      field: [...at, 'plannedEnd'],
      message: `${the} planned end must be on or after the planned start.`,
    });
  if (dates.actualEnd && !dates.actualStart)
    issues.push({
      field: [...at, 'actualStart'],
      message: `${what === 'The' ? 'Give' : `${what}: give`} the actual start before the actual end.`,
    });
  if (dates.actualEnd && dates.actualStart && dates.actualEnd < dates.actualStart)
    issues.push({
      field: [...at, 'actualEnd'],
      message: `${the} actual end must be on or after the actual start.`,
    });
  return issues;
}
