import { describe, expect, it } from 'vitest';
import type { RoleGrant } from '../access/viewer.ts';
import { day } from '../shared/calendar.ts';
import {
  actsFor,
  draftWorkFor,
  inspectoratesActingOnPhase,
  inWorkOrder,
  organisationsActedFor,
  workPath,
} from './work.rules.ts';

const editor: RoleGrant = { role: 'AGENCY_EDITOR', agencyId: 'kent' };
const approver: RoleGrant = { role: 'AGENCY_APPROVER', agencyId: 'kent' };
const office: RoleGrant = { role: 'MINISTER_OFFICE', ministerId: 'lord-chancellor' };
const planner: RoleGrant = { role: 'INSPECTORATE_PLANNER', inspectorateId: 'hmicfrs' };
const pcc: RoleGrant = { role: 'POLICING_BODY_OFFICE', localPolicingBodyId: 'kent-pcc' };

describe('whose work an item is', () => {
  it('belongs to the people holding a role in the organisation that must act', () => {
    expect(actsFor([office], { kind: 'MINISTER', id: 'lord-chancellor' })).toBe(true);
    expect(actsFor([office], { kind: 'MINISTER', id: 'home-secretary' })).toBe(false);
    expect(actsFor([editor], { kind: 'AGENCY', id: 'kent' })).toBe(true);
    expect(actsFor([planner], { kind: 'INSPECTORATE', id: 'hmicfrs' })).toBe(true);
    expect(actsFor([pcc], { kind: 'LOCAL_POLICING_BODY', id: 'kent-pcc' })).toBe(true);
  });

  it('lists each organisation a person acts for once, and none a role acts for no one in', () => {
    const administrator: RoleGrant = { role: 'ADMINISTRATOR' };
    expect(organisationsActedFor([editor, approver, office, planner, pcc, administrator])).toEqual([
      { kind: 'AGENCY', id: 'kent' },
      { kind: 'MINISTER', id: 'lord-chancellor' },
      { kind: 'INSPECTORATE', id: 'hmicfrs' },
      { kind: 'LOCAL_POLICING_BODY', id: 'kent-pcc' },
    ]);
    expect(organisationsActedFor([administrator])).toEqual([]);
  });

  it('does not follow an id held in another kind of organisation, nor an item with no owner on record', () => {
    expect(
      actsFor([{ role: 'AGENCY_EDITOR', agencyId: 'same-id' }], {
        kind: 'MINISTER',
        id: 'same-id',
      }),
    ).toBe(false);
    expect(actsFor([{ role: 'ADMINISTRATOR' }], { kind: 'AGENCY', id: 'kent' })).toBe(false);
    expect(actsFor([pcc], null)).toBe(false);
  });

  it('gives a draft to the agency’s approvers to submit and its editors to finish', () => {
    expect(draftWorkFor([approver], 'kent')).toBe('ACTION_PLAN_TO_SUBMIT');
    expect(draftWorkFor([editor, approver], 'kent')).toBe('ACTION_PLAN_TO_SUBMIT');
    expect(draftWorkFor([editor], 'kent')).toBe('ACTION_PLAN_TO_DRAFT');
    expect(draftWorkFor([editor], 'essex')).toBeNull();
    expect(draftWorkFor([office], 'kent')).toBeNull();
  });
});

describe('the order of work', () => {
  it('puts dated items first, soonest (so the overdue) first, then the rest longest waiting first', () => {
    const items = [
      { name: 'undated, recent', dueOn: null, since: day('2026-11-20') },
      { name: 'due later', dueOn: day('2027-01-20'), since: day('2026-11-25') },
      { name: 'overdue', dueOn: day('2026-11-01'), since: day('2026-10-01') },
      { name: 'undated, old', dueOn: null, since: day('2026-06-01') },
    ];
    expect(items.sort(inWorkOrder).map((item) => item.name)).toEqual([
      'overdue',
      'due later',
      'undated, old',
      'undated, recent',
    ]);
  });

  it('links each item to the page where it is dealt with', () => {
    expect(workPath('Escalation', 'RXNjYWxhdGlvbjox')).toBe(
      '/track/escalations#escalation-RXNjYWxhdGlvbjox',
    );
    expect(workPath('Agency', 'QWdlbmN5OjE=')).toBe('/act/plans/new?agency=QWdlbmN5OjE%3D');
    expect(workPath('Inspection', 'abc')).toBe('/plan/inspections/abc');
  });
});

describe('whose work a phase starting is', () => {
  const phase = {
    kind: 'FIELDWORK' as const,
    programmeStatus: 'AGREED' as const,
    leadInspectorateId: 'hmicfrs',
    partnerIds: ['hmcpsi'],
  };
  it('is the lead’s and the partners’ in an agreed programme, and no one else’s', () => {
    expect(inspectoratesActingOnPhase(['hmicfrs', 'hmcpsi', 'probation'], phase)).toEqual([
      'hmicfrs',
      'hmcpsi',
    ]);
    expect(inspectoratesActingOnPhase(['probation'], phase)).toEqual([]);
  });
  it('leaves publication to the lead, who publishes the one report', () => {
    expect(inspectoratesActingOnPhase(['hmcpsi'], { ...phase, kind: 'PUBLICATION' })).toEqual([]);
    expect(inspectoratesActingOnPhase(['hmicfrs'], { ...phase, kind: 'PUBLICATION' })).toEqual([
      'hmicfrs',
    ]);
  });
  it('shows a draft programme’s phases to its lead only, and a superseded one’s to no one', () => {
    const draft = { ...phase, programmeStatus: 'DRAFT' as const };
    expect(inspectoratesActingOnPhase(['hmcpsi'], draft)).toEqual([]);
    expect(inspectoratesActingOnPhase(['hmicfrs'], draft)).toEqual(['hmicfrs']);
    const old = { ...phase, programmeStatus: 'SUPERSEDED' as const };
    expect(inspectoratesActingOnPhase(['hmicfrs'], old)).toEqual([]);
  });
});
