import { describe, expect, it } from 'vitest';
import { InvalidInputError, InvalidStateError } from '../../errors.ts';
import { day } from '../shared/calendar.ts';
import {
  assertClosable,
  assertOpenable,
  consulteeResponseIssues,
  programmeChanges,
  publicResponseIssues,
  type AgreedInspection,
  type ProposedInspection,
} from './consultation.rules.ts';

const window = { opensOn: day('2027-01-04'), closesOn: day('2027-02-15') };

describe('opening a consultation', () => {
  const openable = {
    programmeStatus: 'DRAFT',
    hasConsultation: false,
    inspections: 3,
    ...window,
    today: day('2027-01-04'),
  };
  it('opens a draft with inspections and a closing date to come', () => {
    expect(() => assertOpenable(openable)).not.toThrow();
  });
  it('refuses a programme already consulted on, an agreed one, or one with nothing to propose', () => {
    expect(() => assertOpenable({ ...openable, hasConsultation: true })).toThrow(
      /consulted on once/,
    );
    expect(() => assertOpenable({ ...openable, programmeStatus: 'AGREED' })).toThrow(
      InvalidStateError,
    );
    expect(() => assertOpenable({ ...openable, inspections: 0 })).toThrow(/nothing to consult on/);
  });
  it('refuses a closing date before the opening or already past, on the closing date field', () => {
    expect(() => assertOpenable({ ...openable, closesOn: day('2027-01-03') })).toThrow(
      /on or after the day it opens/,
    );
    try {
      assertOpenable({ ...openable, today: day('2027-03-01') });
      expect.unreachable();
    } catch (error) {
      expect((error as InvalidInputError).issues).toEqual([
        {
          field: ['input', 'closesOn'],
          message: 'The closing date has passed: choose 1 March 2027 or later.',
        },
      ]);
    }
  });
});

describe('a statutory consultee’s response', () => {
  const context = { ...window, today: day('2027-01-20'), alreadyRecorded: false };
  it('needs the date and what was said when received', () => {
    expect(consulteeResponseIssues({ outcome: 'RECEIVED' }, context)).toEqual([
      { field: ['input', 'receivedOn'], message: 'Give the date the response came.' },
      { field: ['input', 'text'], message: 'Give what the consultee said.' },
    ]);
    expect(
      consulteeResponseIssues(
        { outcome: 'RECEIVED', receivedOn: day('2027-01-19'), text: 'We support it.' },
        context,
      ),
    ).toEqual([]);
  });
  it('is waived only when both the chief inspector and the consultee agreed', () => {
    expect(
      consulteeResponseIssues(
        { outcome: 'WAIVED', inspectorateAgreedOn: day('2027-01-10') },
        context,
      ).map((i) => i.message),
    ).toEqual(['Give the date the consultee agreed to waive it: a waiver needs both.']);
    expect(
      consulteeResponseIssues(
        {
          outcome: 'WAIVED',
          inspectorateAgreedOn: day('2027-01-10'),
          consulteeAgreedOn: day('2027-01-12'),
        },
        context,
      ),
    ).toEqual([]);
  });
  it('is recorded as none received only after the closing date', () => {
    expect(consulteeResponseIssues({ outcome: 'NONE_RECEIVED' }, context)[0]!.message).toBe(
      'The consultation runs until 15 February 2027: a response may still come.',
    );
    expect(
      consulteeResponseIssues(
        { outcome: 'NONE_RECEIVED' },
        { ...context, today: day('2027-02-16') },
      ),
    ).toEqual([]);
  });
  it('is corrected only with a reason', () => {
    const received = { outcome: 'RECEIVED' as const, receivedOn: day('2027-01-19'), text: 'Yes.' };
    expect(
      consulteeResponseIssues(received, { ...context, alreadyRecorded: true })[0]!.field,
    ).toEqual(['input', 'correctionReason']);
    expect(
      consulteeResponseIssues(
        { ...received, correctionReason: 'Wrong date typed' },
        { ...context, alreadyRecorded: true },
      ),
    ).toEqual([]);
  });
});

describe('a public response', () => {
  it('names who responded, says what, and came while the consultation was open', () => {
    expect(
      publicResponseIssues(
        { respondent: ' ', text: '', receivedOn: day('2027-01-01') },
        { opensOn: window.opensOn, today: day('2027-01-20') },
      ).map((i) => i.field[1]),
    ).toEqual(['respondent', 'text', 'receivedOn']);
  });
});

describe('closing a consultation', () => {
  const closable = { status: 'OPEN' as const, closesOn: window.closesOn, today: window.closesOn };
  const outcome = 'We heard support for the thematic on rape, and moved it to year one.';
  it('closes on the closing date with an outcome', () => {
    expect(() => assertClosable({ ...closable, outcome })).not.toThrow();
  });
  it('refuses before the closing date, twice, or without saying what was heard', () => {
    expect(() => assertClosable({ ...closable, today: day('2027-02-14'), outcome })).toThrow(
      'The consultation runs until 15 February 2027: it cannot close before then.',
    );
    expect(() => assertClosable({ ...closable, status: 'CLOSED', outcome })).toThrow(
      /already closed/,
    );
    expect(() => assertClosable({ ...closable, outcome: 'Fine.' })).toThrow(InvalidInputError);
  });
});

describe('what changed from the proposal', () => {
  const proposal = (
    id: string,
    overrides: Partial<ProposedInspection> = {},
  ): ProposedInspection => ({
    inspectionId: id,
    topic: `Topic ${id}`,
    theme: 'Victims',
    summary: `Scope ${id}`,
    leadShortName: 'HMICFRS',
    kindsInScope: ['POLICE_FORCE', 'CPS_AREA'],
    ...overrides,
  });
  const agreed = (id: string, overrides: Partial<AgreedInspection> = {}): AgreedInspection => ({
    id,
    title: `Topic ${id}`,
    theme: 'Victims',
    scopeStatement: `Scope ${id}`,
    leadShortName: 'HMICFRS',
    kindsInScope: ['CPS_AREA', 'POLICE_FORCE'],
    cancelled: false,
    ...overrides,
  });

  it('finds nothing when the programme is as proposed (order of kinds aside)', () => {
    expect(programmeChanges([proposal('a')], [agreed('a')])).toEqual([]);
  });

  it('finds what was added, dropped, re-scoped and re-led', () => {
    const changes = programmeChanges(
      [proposal('a'), proposal('b'), proposal('c'), proposal('d')],
      [
        agreed('a', { scopeStatement: 'A narrower scope', kindsInScope: ['POLICE_FORCE'] }),
        agreed('b', { leadShortName: 'HMCPSI' }),
        agreed('c', { cancelled: true }),
        agreed('e', { title: 'Youth justice' }),
      ],
      { POLICE_FORCE: 'police forces', CPS_AREA: 'CPS areas' },
    );
    expect(changes.map((c) => [c.kind, c.topic])).toEqual([
      ['RESCOPED', 'Topic a'],
      ['RELED', 'Topic b'],
      ['DROPPED', 'Topic c'],
      ['DROPPED', 'Topic d'],
      ['ADDED', 'Youth justice'],
    ]);
    expect(changes[0]!.detail).toBe(
      '"Topic a" was re-scoped: it will now look at: A narrower scope; it now covers police forces (proposed: police forces and CPS areas).',
    );
    expect(changes[1]!.detail).toBe('"Topic b" is now led by HMCPSI (proposed: HMICFRS).');
  });
});
