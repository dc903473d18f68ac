/**
 * Gatekeeping: each chief inspector acts as gatekeeper for inspections of the bodies in its
 * remit. Where another inspecting body (Ofsted, CQC, Estyn, the Welsh inspectorates) proposes
 * an inspection that would impose an unreasonable burden, the chief inspector may give notice
 * not to carry it out, or not in that manner (Police Act 1996 Schedule 4A paragraph 3 for
 * HMICFRS). The proposal and the decision are recorded facts: their days are never in the
 * future, and a decision once given is changed only with a reason.
 */
import type { FieldIssue } from '../../errors.ts';
import { longDate } from '../shared/calendar.ts';
import { beforeIssue, futureDateIssue } from '../shared/uk-day.ts';

export type GatekeepingDecisionKind = 'NO_OBJECTION' | 'NOT_TO_CARRY_OUT' | 'NOT_IN_THAT_MANNER';

const decisionWords: Record<GatekeepingDecisionKind, string> = {
  NO_OBJECTION: 'No objection',
  NOT_TO_CARRY_OUT: 'Notice not to carry it out',
  NOT_IN_THAT_MANNER: 'Notice not to carry it out in that manner',
};

export interface ProposalFacts {
  proposedOn: Date;
  fieldworkStart: Date;
  fieldworkEnd: Date;
  /** The agencies named, as found (a missing id is left out by the caller and named here). */
  agencies: Array<{ id: string; name: string; closedOn: Date | null; inspectedBy: string[] }>;
  /** How many agencies the caller asked for. */
  agenciesAsked: number;
  gatekeeperId: string;
  gatekeeperName: string;
}

/** Every problem with a proposal at once, each at its field. */
export function proposalIssues(
  proposal: ProposalFacts,
  today: Date,
  field: (name: string) => string[],
): FieldIssue[] {
  const issues: FieldIssue[] = [
    ...futureDateIssue(
      field('proposedOn'),
      'The date the proposal came',
      proposal.proposedOn,
      today,
    ),
    ...beforeIssue(
      field('fieldworkEnd'),
      'The end of fieldwork',
      proposal.fieldworkEnd,
      proposal.fieldworkStart,
      'the start of fieldwork',
    ),
  ];
  if (proposal.agenciesAsked === 0)
    issues.push({ field: field('agencyIds'), message: 'Select the agencies it would inspect' });
  else if (proposal.agencies.length < proposal.agenciesAsked)
    issues.push({ field: field('agencyIds'), message: 'An agency selected does not exist' });
  for (const agency of proposal.agencies) {
    if (!agency.inspectedBy.includes(proposal.gatekeeperId))
      issues.push({
        field: field('agencyIds'),
        message: `${agency.name} is not in ${proposal.gatekeeperName}’s remit`,
      });
    else if (agency.closedOn && agency.closedOn.getTime() < proposal.fieldworkStart.getTime())
      issues.push({
        field: field('agencyIds'),
        message: `${agency.name} closed on ${longDate(agency.closedOn)}, before the fieldwork`,
      });
  }
  return issues;
}

export interface DecisionInput {
  decision: GatekeepingDecisionKind;
  decidedOn: Date;
  reasons: string;
  manner: string | null;
  correctionReason: string | null;
}

/** Every problem with a decision at once: its day, its reasons, the manner, a change's reason. */
export function decisionIssues(
  input: DecisionInput,
  proposal: { proposedOn: Date; decision: GatekeepingDecisionKind | null },
  today: Date,
  field: (name: string) => string[],
): FieldIssue[] {
  const issues: FieldIssue[] = [
    ...futureDateIssue(field('decidedOn'), 'The date of the decision', input.decidedOn, today),
    ...beforeIssue(
      field('decidedOn'),
      'The date of the decision',
      input.decidedOn,
      proposal.proposedOn,
      'the day the proposal came',
    ),
  ];
  if (!input.reasons.trim())
    issues.push({ field: field('reasons'), message: 'Give the reasons for the decision' });
  if (input.decision === 'NOT_IN_THAT_MANNER' && !input.manner?.trim())
    issues.push({
      field: field('manner'),
      message: 'Say the manner the inspection must not be carried out in',
    });
  if (proposal.decision && !input.correctionReason?.trim())
    issues.push({
      field: field('correctionReason'),
      message: `A decision was given (${decisionWords[proposal.decision].toLowerCase()}): say why it is changed`,
    });
  return issues;
}
