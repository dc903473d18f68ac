import { describe, expect, it } from 'vitest';
import { day } from '../shared/calendar.ts';
import {
  agreementDateProblem,
  checkDirection,
  directionGiven,
  directionInForceDuring,
  jointDirectionProblem,
  timingAnswer,
  unmetFormItems,
  type DirectionRequirement,
  type ThematicCandidate,
} from './direction.rules.ts';

const programme = { start: day('2026-04-01'), end: day('2028-03-31') };
const endToEnd = ['POLICE_FORCE', 'CPS_AREA', 'HMCTS', 'HMPPS'];
const names = {
  POLICE_FORCE: 'police forces',
  CPS_AREA: 'CPS areas',
  HMCTS: 'HMCTS',
  HMPPS: 'HMPPS',
};
const twoPerProgramme: DirectionRequirement = {
  reference: 'D1',
  minimumThematics: 2,
  period: 'PER_PROGRAMME',
  kindsRequired: endToEnd,
  inForceFrom: day('2026-01-01'),
  inForceUntil: null,
};

const thematic = (
  title: string,
  overrides: Partial<ThematicCandidate> = {},
): ThematicCandidate => ({
  title,
  kind: 'JOINT_THEMATIC',
  victimsThematic: true,
  status: 'PLANNED',
  kindsInScope: endToEnd,
  fieldworkStart: day('2026-10-01'),
  ...overrides,
});

describe('checking a direction against a programme', () => {
  it('is unmet with one victims’ thematic of two, and says how many more are needed', () => {
    const check = checkDirection(
      twoPerProgramme,
      programme,
      [thematic('Rape investigation')],
      names,
    );
    expect(check.met).toBe(false);
    expect(check.shortfalls).toEqual([
      "The programme has 1 of the 2 victims' thematics covering police forces, CPS areas, HMCTS, HMPPS required: 1 more needed.",
    ]);
  });

  it('is met once a second thematic is added', () => {
    const check = checkDirection(
      twoPerProgramme,
      programme,
      [thematic('Rape investigation'), thematic('Domestic abuse')],
      names,
    );
    expect(check).toMatchObject({ met: true, shortfalls: [] });
    expect(check.periods[0]!.counted).toEqual(['Rape investigation', 'Domestic abuse']);
  });

  it('does not count cancelled inspections, core inspections, other themes, or thematics missing a required kind', () => {
    const check = checkDirection(
      twoPerProgramme,
      programme,
      [
        thematic('Rape investigation'),
        thematic('Cancelled one', { status: 'CANCELLED' }),
        thematic('PEEL Kent', { kind: 'CORE' }),
        thematic('Custody', { victimsThematic: false }),
        thematic('Police and CPS only', { kindsInScope: ['POLICE_FORCE', 'CPS_AREA'] }),
      ],
      names,
    );
    expect(check.met).toBe(false);
    expect(check.periods[0]!.counted).toEqual(['Rape investigation']);
    expect(check.shortfalls).toContain(
      '"Police and CPS only" does not count: it does not cover HMCTS, HMPPS.',
    );
  });

  it('checks each programme year for a per-year direction, by when fieldwork starts', () => {
    const onePerYear = { ...twoPerProgramme, minimumThematics: 1, period: 'PER_YEAR' as const };
    const check = checkDirection(
      onePerYear,
      programme,
      [
        thematic('Year one', { fieldworkStart: day('2027-03-31') }),
        thematic('Undated', { fieldworkStart: null }),
      ],
      names,
    );
    expect(check.periods.map((p) => [p.label, p.counted])).toEqual([
      ['Year 1 (1 April 2026 to 31 March 2027)', ['Year one']],
      ['Year 2 (1 April 2027 to 31 March 2028)', []],
    ]);
    expect(check.met).toBe(false);
    expect(check.shortfalls).toContain(
      '"Undated" does not count yet: it has no fieldwork dates to place it in a year.',
    );
  });

  it('knows whether a direction is in force during a programme', () => {
    expect(
      directionInForceDuring({ inForceFrom: day('2028-04-01'), inForceUntil: null }, programme),
    ).toBe(false);
    expect(
      directionInForceDuring(
        { inForceFrom: day('2020-01-01'), inForceUntil: day('2026-03-31') },
        programme,
      ),
    ).toBe(false);
    expect(
      directionInForceDuring(
        { inForceFrom: day('2020-01-01'), inForceUntil: day('2026-04-01') },
        programme,
      ),
    ).toBe(true);
  });
});

describe('a direction is joint', () => {
  const ministers = [
    { id: 'ag', title: 'Attorney General' },
    { id: 'hs', title: 'Home Secretary' },
    { id: 'lc', title: 'Lord Chancellor and Secretary of State for Justice' },
  ];
  it('is refused from one minister alone, naming in the Act’s order who must still agree', () => {
    expect(jointDirectionProblem(['hs'], ministers)).toBe(
      'A direction needs the agreement of the Home Secretary, the Lord Chancellor and the Attorney General; the Lord Chancellor and the Attorney General have not agreed yet',
    );
    expect(jointDirectionProblem(['hs', 'lc'], ministers)).toMatch(
      /; the Attorney General has not agreed yet$/,
    );
  });
  it('is accepted from all three', () => {
    expect(jointDirectionProblem(['lc', 'ag', 'hs'], ministers)).toBeUndefined();
  });
  it('is given on the day the last of the three agreed, and awaits agreement until then', () => {
    const agreements = [
      { ministerId: 'hs', agreedOn: day('2026-11-02') },
      { ministerId: 'lc', agreedOn: day('2026-11-09') },
    ];
    expect(directionGiven(agreements, ministers)).toEqual({
      status: 'AWAITING_AGREEMENT',
      givenOn: null,
    });
    expect(
      directionGiven([...agreements, { ministerId: 'ag', agreedOn: day('2026-11-05') }], ministers),
    ).toEqual({ status: 'GIVEN', givenOn: day('2026-11-09') });
  });
  it('takes agreement dates that are not in the future nor before the draft', () => {
    const drafted = day('2026-11-01');
    const today = day('2026-11-20');
    expect(agreementDateProblem(day('2026-11-20'), drafted, today)).toBeUndefined();
    expect(agreementDateProblem(day('2026-11-01'), drafted, today)).toBeUndefined();
    expect(agreementDateProblem(day('2026-11-21'), drafted, today)).toBe(
      'The date agreed must be today or in the past',
    );
    expect(agreementDateProblem(day('2026-10-31'), drafted, today)).toBe(
      'The date agreed must be the same as or after 1 November 2026, when the direction was drafted',
    );
  });
});

describe('a direction of timing', () => {
  const direction = {
    draftedOn: day('2026-10-01'),
    programmeBy: day('2027-04-01'),
    inForceFrom: day('2027-04-01'),
    inForceUntil: null,
  };
  const next = { startsOn: day('2027-04-01'), endsOn: day('2029-03-31') };
  it('is unanswered until a programme covering it is agreed', () => {
    expect(timingAnswer(direction, [{ ...next, agreedOn: null }])).toEqual({
      answeredOn: null,
      met: false,
    });
  });
  it('is met by a programme agreed by the day directed, and late after it', () => {
    expect(timingAnswer(direction, [{ ...next, agreedOn: day('2027-04-01') }])).toEqual({
      answeredOn: day('2027-04-01'),
      met: true,
    });
    expect(timingAnswer(direction, [{ ...next, agreedOn: day('2027-04-02') }]).met).toBe(false);
  });
  it('is not answered by a programme agreed before it was drafted, or for another time', () => {
    expect(
      timingAnswer(direction, [
        { ...next, agreedOn: day('2026-09-30') },
        { startsOn: day('2025-04-01'), endsOn: day('2027-03-31'), agreedOn: day('2026-12-01') },
      ]).answeredOn,
    ).toBeNull();
  });
});

describe('a direction of form', () => {
  it('names each item no planner has marked met', () => {
    const items = [
      { id: 'a', text: 'Say how victims were consulted', directionReference: 'F1' },
      { id: 'b', text: 'List each inspection’s lead', directionReference: 'F1' },
      { id: 'c', text: 'Publish in Welsh too', directionReference: 'F1' },
    ];
    expect(
      unmetFormItems(items, [
        { itemId: 'a', met: true },
        { itemId: 'b', met: false },
      ]),
    ).toEqual(['F1: List each inspection’s lead', 'F1: Publish in Welsh too']);
  });
});
