import { describe, expect, it } from 'vitest';
import { day } from '../shared/calendar.ts';
import {
  agencyDetailsIssues,
  closedBefore,
  closeIssues,
  parentIssues,
  renameIssues,
  reopenIssues,
} from './agency.rules.ts';

const names = new Map([['hmp leeds', 'HMP Leeds']]);
const taken = (name: string) => names.get(name.toLowerCase());

describe('an agency’s details', () => {
  it('accepts a new prison with a name of its own', () => {
    expect(agencyDetailsIssues({ name: 'HMP Wakefield' }, taken)).toEqual([]);
  });

  it('refuses a name another agency has, in any case, naming that agency', () => {
    expect(agencyDetailsIssues({ name: '  hmp LEEDS ' }, taken)).toEqual([
      {
        field: ['input', 'name'],
        message: 'HMP Leeds already has that name: give the agency a name of its own',
      },
    ]);
  });

  it('gives every problem at once, each on its field', () => {
    const issues = agencyDetailsIssues(
      { name: '', shortName: 'x'.repeat(101), region: 'y'.repeat(101) },
      taken,
    );
    expect(issues.map((issue) => issue.field.at(-1))).toEqual(['name', 'shortName', 'region']);
  });
});

describe('the agency an agency belongs to', () => {
  const hmpps = { id: 'hmpps', name: 'HM Prison and Probation Service', closedOn: null };
  it('may be none, or any open agency but itself', () => {
    expect(parentIssues(undefined, ['parentId'])).toEqual([]);
    expect(parentIssues(hmpps, ['parentId'])).toEqual([]);
    expect(parentIssues(hmpps, ['parentId'], 'hmpps')[0]!.message).toBe(
      'An agency cannot belong to itself',
    );
  });
  it('cannot be a closed one or one not known', () => {
    expect(parentIssues({ ...hmpps, closedOn: day('2026-03-31') }, ['p'])[0]!.message).toBe(
      'HM Prison and Probation Service closed on 31 March 2026: choose an open agency',
    );
    expect(parentIssues(null, ['p'])[0]!.message).toBe('Choose an agency from the list, or none');
  });
});

describe('renaming and closing', () => {
  it('needs a name different from the current one', () => {
    const current = { name: 'HMP Leeds', shortName: null };
    expect(renameIssues(current, { name: 'HMP Leeds ' }, ['name'])).toHaveLength(1);
    expect(renameIssues(current, { name: 'HMP Leeds', shortName: 'Armley' }, ['name'])).toEqual([]);
  });

  it('closes an open agency on a day that has come, once', () => {
    const today = day('2026-11-25');
    const open = { name: 'HMP Leeds', closedOn: null };
    expect(closeIssues(open, day('2026-11-25'), today, ['closedOn'])).toEqual([]);
    expect(closeIssues(open, day('2026-11-26'), today, ['closedOn'])[0]!.message).toBe(
      'Date closed must be today or in the past',
    );
    expect(
      closeIssues({ ...open, closedOn: day('2026-01-31') }, day('2026-11-01'), today, ['c'])[0]!
        .message,
    ).toBe('HMP Leeds already closed on 31 January 2026');
  });

  it('reopens only a closed agency, and only with a reason', () => {
    const closed = { name: 'HMP Leeds', closedOn: day('2026-01-31') };
    expect(reopenIssues(closed, 'Closed in error', ['reason'])).toEqual([]);
    expect(reopenIssues(closed, '   ', ['reason'])).toEqual([
      { field: ['reason'], message: 'Enter why the agency is reopened' },
    ]);
    expect(reopenIssues(closed, 'x'.repeat(2001), ['reason'])[0]!.message).toBe(
      'The reason must be 2000 characters or fewer',
    );
    expect(reopenIssues({ ...closed, closedOn: null }, 'Why not', ['reason'])[0]!.message).toBe(
      'HMP Leeds is open: there is nothing to undo',
    );
  });

  it('takes no new work dated after the day it closed', () => {
    const closed = { closedOn: day('2026-03-31') };
    expect(closedBefore(closed, day('2026-03-31'))).toBe(false);
    expect(closedBefore(closed, day('2026-04-01'))).toBe(true);
    expect(closedBefore({ closedOn: null }, day('2030-01-01'))).toBe(false);
  });
});
