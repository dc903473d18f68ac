import { describe, expect, it } from 'vitest';
import type { InvalidInputError } from '../../errors.ts';
import { day } from '../shared/calendar.ts';
import {
  assertInspectionMove,
  assertInspectionShape,
  assertNoJudicialScope,
  assertPhaseDates,
  judicialScopeProblem,
} from './inspection.rules.ts';

describe('the judicial exclusion', () => {
  it.each([
    'How judges exercise discretion when sentencing',
    'Judicial decisions on bail',
    "Magistrates' sentencing decisions in domestic abuse cases",
    'Decisions made by the court on special measures',
    'The conduct of the judiciary towards victims',
  ])('refuses scope that reaches judicial decisions or discretion: %s', (text) => {
    expect(judicialScopeProblem(text)).toBeDefined();
    expect(() => assertNoJudicialScope([{ field: ['input', 'scopeStatement'], text }])).toThrow(
      /may never look at judicial decisions or the exercise of judicial discretion/,
    );
  });

  it.each([
    'How HMCTS lists trials and keeps victims informed of hearing dates',
    'Victims’ experience of police investigation, CPS charging decisions and court waiting areas',
    'Witness care units and the Victims’ Code',
  ])('accepts court administration and the agencies’ own decisions: %s', (text) => {
    expect(judicialScopeProblem(text)).toBeUndefined();
  });

  it('names the field it refuses', () => {
    try {
      assertNoJudicialScope([{ field: ['input', 'theme'], text: 'Judicial discretion' }]);
      expect.unreachable();
    } catch (error) {
      expect((error as InvalidInputError).issues.map((issue) => issue.field)).toEqual([
        ['input', 'theme'],
      ]);
    }
  });
});

describe('an inspection’s shape', () => {
  const base = {
    kind: 'JOINT_THEMATIC' as const,
    victimsThematic: true,
    leadInspectorateId: 'hmicfrs',
    partnerInspectorateIds: ['hmcpsi'],
    kindsInScope: ['POLICE_FORCE', 'CPS_AREA'],
    localities: [{ id: 'kent', kind: 'POLICE_FORCE', name: 'Kent Police' }],
  };

  it('accepts a joint thematic with partners and localities of kinds in scope', () => {
    expect(() => assertInspectionShape(base)).not.toThrow();
  });

  it('refuses a core inspection with partners, several agencies or a victims’ thematic flag, all at once', () => {
    try {
      assertInspectionShape({
        ...base,
        kind: 'CORE',
        localities: [
          ...base.localities,
          { id: 'essex', kind: 'POLICE_FORCE', name: 'Essex Police' },
        ],
      });
      expect.unreachable();
    } catch (error) {
      expect((error as InvalidInputError).issues.map((issue) => issue.field.at(-1))).toEqual([
        'partnerInspectorateIds',
        'localityIds',
        'victimsThematic',
      ]);
    }
  });

  it('refuses a locality whose kind is not in scope, and a lead that is also a partner', () => {
    expect(() => assertInspectionShape({ ...base, kindsInScope: ['CPS_AREA'] })).toThrow(
      'Kent Police is not of a kind in scope',
    );
    expect(() => assertInspectionShape({ ...base, partnerInspectorateIds: ['hmicfrs'] })).toThrow(
      'The lead inspectorate cannot also be a partner.',
    );
  });
});

describe('inspection status', () => {
  it('moves planned → in progress → published', () => {
    expect(() => assertInspectionMove('PLANNED', 'IN_PROGRESS', null)).not.toThrow();
    expect(() => assertInspectionMove('IN_PROGRESS', 'PUBLISHED', null)).not.toThrow();
  });

  it('needs a reason to cancel, and cannot reopen a cancelled or published inspection', () => {
    expect(() => assertInspectionMove('PLANNED', 'CANCELLED', '  ')).toThrow(
      /Say why the inspection is cancelled/,
    );
    expect(() =>
      assertInspectionMove('PLANNED', 'CANCELLED', 'Merged with the 2027 thematic'),
    ).not.toThrow();
    expect(() => assertInspectionMove('CANCELLED', 'PLANNED', null)).toThrow(
      'A cancelled inspection cannot be marked planned.',
    );
    expect(() => assertInspectionMove('PUBLISHED', 'CANCELLED', 'late')).toThrow(
      /cannot be marked cancelled/,
    );
  });
});

describe('phase dates', () => {
  it('refuses an end before its start', () => {
    expect(() =>
      assertPhaseDates({ plannedStart: day('2027-03-10'), plannedEnd: day('2027-03-01') }),
    ).toThrow('The planned end must be on or after the planned start.');
    expect(() =>
      assertPhaseDates({
        plannedStart: day('2027-03-01'),
        plannedEnd: day('2027-03-10'),
        actualEnd: day('2027-03-09'),
      }),
    ).toThrow(/actual start before the actual end/);
  });
});
