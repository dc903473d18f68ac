import { describe, expect, it } from 'vitest';
import { day } from '../shared/calendar.ts';
import { proposalCountsInBurden } from '../programmes/burden.rules.ts';
import { decisionIssues, proposalIssues, type ProposalFacts } from './gatekeeping.rules.ts';

const field = (name: string) => ['input', name];
const today = day('2026-12-02');
const kent = { id: 'kent', name: 'Kent Police', closedOn: null, inspectedBy: ['hmicfrs'] };
const proposal = (over: Partial<ProposalFacts> = {}): ProposalFacts => ({
  proposedOn: day('2026-11-20'),
  fieldworkStart: day('2027-02-01'),
  fieldworkEnd: day('2027-02-12'),
  agencies: [kent],
  agenciesAsked: 1,
  gatekeeperId: 'hmicfrs',
  gatekeeperName: 'HMICFRS',
  ...over,
});

describe('a proposed inspection by another body', () => {
  it('has no problems when its agencies are in the gatekeeper’s remit', () => {
    expect(proposalIssues(proposal(), today, field)).toEqual([]);
  });

  it('names every problem at once: a future proposal, fieldwork ending first, agencies out of remit', () => {
    expect(
      proposalIssues(
        proposal({
          proposedOn: day('2026-12-03'),
          fieldworkEnd: day('2027-01-29'),
          agencies: [
            kent,
            { id: 'cps', name: 'CPS Wessex', closedOn: null, inspectedBy: ['hmcpsi'] },
          ],
          agenciesAsked: 2,
        }),
        today,
        field,
      ),
    ).toEqual([
      {
        field: ['input', 'proposedOn'],
        message: 'The date the proposal came must be today or in the past',
      },
      {
        field: ['input', 'fieldworkEnd'],
        message:
          'The end of fieldwork must be the same as or after 1 February 2027, the start of fieldwork',
      },
      { field: ['input', 'agencyIds'], message: 'CPS Wessex is not in HMICFRS’s remit' },
    ]);
  });

  it('needs at least one agency, each one that exists', () => {
    expect(proposalIssues(proposal({ agencies: [], agenciesAsked: 0 }), today, field)).toEqual([
      { field: ['input', 'agencyIds'], message: 'Select the agencies it would inspect' },
    ]);
    expect(proposalIssues(proposal({ agenciesAsked: 2 }), today, field)).toEqual([
      { field: ['input', 'agencyIds'], message: 'An agency selected does not exist' },
    ]);
  });
});

describe('the gatekeeper’s decision', () => {
  const undecided = { proposedOn: day('2026-11-20'), decision: null };
  const input = {
    decision: 'NO_OBJECTION' as const,
    decidedOn: day('2026-12-01'),
    reasons: 'No other fieldwork at Kent Police in February.',
    manner: null,
    correctionReason: null,
  };

  it('needs reasons, a day neither in the future nor before the proposal', () => {
    expect(decisionIssues(input, undecided, today, field)).toEqual([]);
    expect(
      decisionIssues(
        { ...input, decidedOn: day('2026-12-03'), reasons: ' ' },
        undecided,
        today,
        field,
      ),
    ).toEqual([
      {
        field: ['input', 'decidedOn'],
        message: 'The date of the decision must be today or in the past',
      },
      { field: ['input', 'reasons'], message: 'Give the reasons for the decision' },
    ]);
    expect(
      decisionIssues({ ...input, decidedOn: day('2026-11-19') }, undecided, today, field),
    ).toEqual([
      {
        field: ['input', 'decidedOn'],
        message:
          'The date of the decision must be the same as or after 20 November 2026, the day the proposal came',
      },
    ]);
  });

  it('names the manner of a notice against the manner', () => {
    expect(
      decisionIssues({ ...input, decision: 'NOT_IN_THAT_MANNER' }, undecided, today, field),
    ).toEqual([
      {
        field: ['input', 'manner'],
        message: 'Say the manner the inspection must not be carried out in',
      },
    ]);
  });

  it('changes a decision already given only with a reason', () => {
    expect(
      decisionIssues(input, { ...undecided, decision: 'NOT_TO_CARRY_OUT' }, today, field),
    ).toEqual([
      {
        field: ['input', 'correctionReason'],
        message: 'A decision was given (notice not to carry it out): say why it is changed',
      },
    ]);
  });
});

describe('other bodies’ visits in the burden', () => {
  it('count unless refused', () => {
    expect(proposalCountsInBurden(null)).toBe(true);
    expect(proposalCountsInBurden('NO_OBJECTION')).toBe(true);
    expect(proposalCountsInBurden('NOT_IN_THAT_MANNER')).toBe(true);
    expect(proposalCountsInBurden('NOT_TO_CARRY_OUT')).toBe(false);
  });
});
