/**
 * The consultation on a proposed programme: when it may open and close, what a statutory
 * consultee's response must hold, and what changed between the proposal and the agreed
 * programme. Plain functions of plain data.
 *
 * The chief inspectors consult the statutory consultees before preparing the programme (Police
 * Act 1996 Sch 4A para 2(2), applied by para 5), unless the chief inspector and the consultee
 * both agree to waive it (para 2(3)); the inspectorates also consult the public.
 */
import { InvalidInputError, InvalidStateError, type FieldIssue } from '../../errors.ts';
import { longDate } from '../shared/calendar.ts';
import { listOf } from '../shared/words.ts';

export type ConsultationStatus = 'OPEN' | 'CLOSED';
type ConsulteeOutcome = 'RECEIVED' | 'WAIVED' | 'NONE_RECEIVED';

export function assertOpenable(input: {
  programmeStatus: string;
  hasConsultation: boolean;
  inspections: number;
  opensOn: Date;
  closesOn: Date;
  today: Date;
}): void {
  if (input.hasConsultation)
    throw new InvalidStateError(
      'This programme has already been proposed for consultation: a programme is consulted on once.',
    );
  if (input.programmeStatus !== 'DRAFT')
    throw new InvalidStateError('Only a draft programme is proposed for consultation.');
  if (input.inspections === 0)
    throw new InvalidStateError(
      'Add the inspections you propose before opening the consultation: there is nothing to consult on.',
    );
  const issues: FieldIssue[] = [];
  if (input.closesOn < input.opensOn)
    issues.push({
      field: ['input', 'closesOn'],
      message: 'The consultation must close on or after the day it opens.',
    });
  else if (input.closesOn < input.today)
    issues.push({
      field: ['input', 'closesOn'],
      message: `The closing date has passed: choose ${longDate(input.today)} or later.`,
    });
  if (issues.length) throw new InvalidInputError(issues);
}

export function assertRecordable(status: ConsultationStatus): void {
  if (status === 'CLOSED')
    throw new InvalidStateError(
      'The consultation has closed, so its responses are kept as they were at the close.',
    );
}

export interface ConsulteeResponseInput {
  outcome: ConsulteeOutcome;
  receivedOn?: Date | null;
  text?: string | null;
  inspectorateAgreedOn?: Date | null;
  consulteeAgreedOn?: Date | null;
  /** Set when the consultee's response is already recorded: a correction says why. */
  correctionReason?: string | null;
}

/** Every problem with a consultee's response at once, each on its field. */
export function consulteeResponseIssues(
  input: ConsulteeResponseInput,
  context: { opensOn: Date; closesOn: Date; today: Date; alreadyRecorded: boolean },
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const field = (name: string) => ['input', name];
  if (input.outcome === 'RECEIVED') {
    if (!input.receivedOn)
      issues.push({ field: field('receivedOn'), message: 'Give the date the response came.' });
    else if (input.receivedOn > context.today)
      issues.push({
        field: field('receivedOn'),
        message: 'The date the response came cannot be in the future.',
      });
    if (!input.text?.trim())
      issues.push({ field: field('text'), message: 'Give what the consultee said.' });
  }
  if (input.outcome === 'WAIVED') {
    // Paragraph 2(3): both must agree; one side's wish to skip it is not a waiver.
    if (!input.inspectorateAgreedOn)
      issues.push({
        field: field('inspectorateAgreedOn'),
        message: 'Give the date the chief inspector agreed to waive the consultation.',
      });
    if (!input.consulteeAgreedOn)
      issues.push({
        field: field('consulteeAgreedOn'),
        message: 'Give the date the consultee agreed to waive it: a waiver needs both.',
      });
    for (const name of ['inspectorateAgreedOn', 'consulteeAgreedOn'] as const) {
      const date = input[name];
      if (date && date > context.today)
        issues.push({ field: field(name), message: 'The date cannot be in the future.' });
    }
  }
  if (input.outcome === 'NONE_RECEIVED' && context.today <= context.closesOn)
    issues.push({
      field: field('outcome'),
      message: `The consultation runs until ${longDate(context.closesOn)}: a response may still come.`,
    });
  if (context.alreadyRecorded && !input.correctionReason?.trim())
    issues.push({
      field: field('correctionReason'),
      message: 'This consultee’s response is already recorded: say why you are correcting it.',
    });
  return issues;
}

export function publicResponseIssues(
  input: { respondent: string; text: string; receivedOn: Date },
  context: { opensOn: Date; today: Date },
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!input.respondent.trim())
    issues.push({
      field: ['input', 'respondent'],
      message: 'Give who responded, or "Anonymous" if they asked not to be named.',
    });
  if (!input.text.trim())
    issues.push({ field: ['input', 'text'], message: 'Give what the response said.' });
  if (input.receivedOn < context.opensOn)
    issues.push({
      field: ['input', 'receivedOn'],
      message: `The consultation opened on ${longDate(context.opensOn)}: a response cannot come before it.`,
    });
  else if (input.receivedOn > context.today)
    issues.push({
      field: ['input', 'receivedOn'],
      message: 'The date the response came cannot be in the future.',
    });
  return issues;
}

export function assertClosable(input: {
  status: ConsultationStatus;
  closesOn: Date;
  today: Date;
  outcome: string;
}): void {
  if (input.status === 'CLOSED') throw new InvalidStateError('The consultation is already closed.');
  if (input.today < input.closesOn)
    throw new InvalidStateError(
      `The consultation runs until ${longDate(input.closesOn)}: it cannot close before then.`,
    );
  if (input.outcome.trim().length < 20)
    throw new InvalidInputError(
      ['input', 'outcome'],
      'Say what you heard and what you changed (at least 20 characters): it is published with the agreed programme.',
    );
}

export interface ProposedInspection {
  inspectionId: string;
  topic: string;
  theme: string;
  summary: string;
  leadShortName: string;
  kindsInScope: string[];
}

export interface AgreedInspection {
  id: string;
  title: string;
  theme: string;
  scopeStatement: string;
  leadShortName: string;
  kindsInScope: string[];
  cancelled: boolean;
}

type ChangeKind = 'ADDED' | 'DROPPED' | 'RESCOPED' | 'RELED';

export interface ProgrammeChange {
  kind: ChangeKind;
  topic: string;
  /** In words the public can read. */
  detail: string;
}

const sameSet = (a: string[], b: string[]) =>
  a.length === b.length && a.every((item) => b.includes(item));

/**
 * What changed from the proposal to the programme: inspections added, dropped (removed or
 * cancelled), re-scoped (title, theme, scope or agency kinds changed) and re-led.
 */
export function programmeChanges(
  proposals: ProposedInspection[],
  inspections: AgreedInspection[],
  kindNames: Record<string, string> = {},
): ProgrammeChange[] {
  const changes: ProgrammeChange[] = [];
  const byId = new Map(inspections.map((inspection) => [inspection.id, inspection]));
  const proposed = new Set(proposals.map((proposal) => proposal.inspectionId));
  const kinds = (codes: string[]) => listOf(codes.map((code) => kindNames[code] ?? code));
  for (const proposal of proposals) {
    const now = byId.get(proposal.inspectionId);
    if (!now || now.cancelled) {
      changes.push({
        kind: 'DROPPED',
        topic: proposal.topic,
        detail: `"${proposal.topic}" was proposed and is not in the agreed programme.`,
      });
      continue;
    }
    const rescoped: string[] = [];
    if (now.title !== proposal.topic) rescoped.push(`now titled "${now.title}"`);
    if (now.theme !== proposal.theme) rescoped.push(`its theme is now "${now.theme}"`);
    if (now.scopeStatement !== proposal.summary)
      rescoped.push(`it will now look at: ${now.scopeStatement}`);
    if (!sameSet(now.kindsInScope, proposal.kindsInScope))
      rescoped.push(
        `it now covers ${kinds(now.kindsInScope)} (proposed: ${kinds(proposal.kindsInScope)})`,
      );
    if (rescoped.length)
      changes.push({
        kind: 'RESCOPED',
        topic: proposal.topic,
        detail: `"${proposal.topic}" was re-scoped: ${rescoped.join('; ')}.`,
      });
    if (now.leadShortName !== proposal.leadShortName)
      changes.push({
        kind: 'RELED',
        topic: proposal.topic,
        detail: `"${proposal.topic}" is now led by ${now.leadShortName} (proposed: ${proposal.leadShortName}).`,
      });
  }
  for (const inspection of inspections) {
    if (proposed.has(inspection.id) || inspection.cancelled) continue;
    changes.push({
      kind: 'ADDED',
      topic: inspection.title,
      detail: `"${inspection.title}", led by ${inspection.leadShortName}, was not in the proposal.`,
    });
  }
  return changes;
}
