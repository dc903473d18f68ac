import { describe, expect, it } from 'vitest';
import { day } from '../shared/calendar.ts';
import {
  assertProgrammeMove,
  assertScheduleEditable,
  assertStructureEditable,
  assertTwoYearPeriod,
  programmeEndFor,
} from './programme.rules.ts';

describe('programme status', () => {
  it('moves draft → agreed → published, and agreed back to draft', () => {
    expect(() => assertProgrammeMove('DRAFT', 'AGREED')).not.toThrow();
    expect(() => assertProgrammeMove('AGREED', 'PUBLISHED')).not.toThrow();
    expect(() => assertProgrammeMove('AGREED', 'DRAFT')).not.toThrow();
  });

  it('refuses skipping agreement, unpublishing, and superseding by hand, saying what to do instead', () => {
    expect(() => assertProgrammeMove('DRAFT', 'PUBLISHED')).toThrow(
      'A draft programme cannot be made published. The inspectorates must agree it first.',
    );
    expect(() => assertProgrammeMove('PUBLISHED', 'DRAFT')).toThrow(/start a revision/);
    expect(() => assertProgrammeMove('PUBLISHED', 'SUPERSEDED')).toThrow(
      /cannot be made superseded/,
    );
  });

  it('lets only a draft change its inspections, and anything but a superseded programme change its schedule', () => {
    expect(() => assertStructureEditable('DRAFT')).not.toThrow();
    expect(() => assertStructureEditable('AGREED')).toThrow(/Return it to draft first/);
    expect(() => assertStructureEditable('PUBLISHED')).toThrow(/Start a revision/);
    expect(() => assertScheduleEditable('PUBLISHED')).not.toThrow();
    expect(() => assertScheduleEditable('SUPERSEDED')).toThrow(/superseded/);
  });
});

describe('programme period', () => {
  it('runs two years, to the day before the same date two years on', () => {
    expect(programmeEndFor(day('2026-04-01'))).toEqual(day('2028-03-31'));
    expect(() => assertTwoYearPeriod(day('2026-04-01'), day('2028-03-31'))).not.toThrow();
    expect(() => assertTwoYearPeriod(day('2026-04-01'), day('2027-03-31'))).toThrow(
      'A programme runs for two years: one starting on 1 April 2026 ends on 31 March 2028.',
    );
  });
});
