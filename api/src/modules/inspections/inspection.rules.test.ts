import { describe, expect, it } from 'vitest';
import type { InvalidInputError } from '../../errors.ts';
import { day } from '../shared/calendar.ts';
import {
  assertInspectionMove,
  assertInspectionShape,
  assertPhaseDates,
  judicialScopeIssues,
  judicialScopeMentions,
  judicialScopeProblem,
  scopeFunctionIssues,
} from './inspection.rules.ts';

describe('the judicial exclusion', () => {
  const at = (text: string) => [{ field: ['input', 'scopeStatement'], text }];
  it.each([
    'How judges exercise discretion when sentencing',
    'Judicial decisions on bail',
    "Magistrates' sentencing decisions in domestic abuse cases",
    'Decisions made by the court on special measures',
    'The conduct of the judiciary towards victims',
  ])('refuses flagged scope without an administration-only statement: %s', (text) => {
    expect(judicialScopeProblem(text)).toBeDefined();
    expect(judicialScopeIssues(at(text), '')).toEqual([
      {
        field: ['input', 'administrationOnlyStatement'],
        message: expect.stringMatching(
          /^Inspections may never look at judicial decisions or the exercise of judicial discretion/,
        ),
      },
    ]);
  });

  it.each([
    'How HMCTS lists trials and keeps victims informed of hearing dates',
    'Victims’ experience of police investigation, CPS charging decisions and court waiting areas',
    'Witness care units and the Victims’ Code',
  ])('accepts court administration and the agencies’ own decisions: %s', (text) => {
    expect(judicialScopeProblem(text)).toBeUndefined();
    expect(judicialScopeIssues(at(text), undefined)).toEqual([]);
  });

  it('accepts flagged scope with a statement of how it concerns administration only', () => {
    const text = 'Decisions made by the court on special measures';
    const statement = 'Only how HMCTS staff arrange the measures once granted, never the ruling.';
    expect(judicialScopeIssues(at(text), statement)).toEqual([]);
  });

  it('refuses a statement too short to say anything, naming the words it read', () => {
    const fields = [
      { field: ['input', 'title'], text: 'Judicial discretion' },
      { field: ['input', 'theme'], text: 'Listing' },
    ];
    expect(judicialScopeMentions(fields)).toEqual([
      { field: ['input', 'title'], found: 'Judicial discretion' },
    ]);
    expect(judicialScopeIssues(fields, 'admin only')[0]!.message).toMatch(/at least 20/);
    expect(judicialScopeIssues(fields, undefined)[0]!.message).toContain('"Judicial discretion"');
  });
});

describe('the functions in scope', () => {
  const listing = { name: 'Listing', agencyKindCode: 'HMCTS', kindName: 'HMCTS', retired: false };
  it('accepts current functions of kinds in scope', () => {
    expect(scopeFunctionIssues(['HMCTS'], [listing])).toEqual([]);
  });
  it('refuses a function of a kind not in scope, and a retired one', () => {
    const retired = { ...listing, name: 'Ushering', retired: true };
    expect(scopeFunctionIssues(['POLICE_FORCE'], [listing]).map((i) => i.message)).toEqual([
      'Listing is a function of HMCTS, which is not in scope: add the kind or remove the function.',
    ]);
    expect(scopeFunctionIssues(['HMCTS'], [retired])[0]!.message).toMatch(/no longer on the list/);
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
