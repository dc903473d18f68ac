/** The web app's UK days: form defaults and the audit trail's date filters. */
import { describe, expect, it } from 'vitest';
import { londonToday } from '../../web/src/lib/dates.ts';
import { ukDayStartsAt } from '../../web/src/lib/uk-calendar.ts';
import { auditFilterFrom } from '../../web/src/routes/admin/audit/audit-filter.ts';

describe('UK days in the web app', () => {
  it('offers the UK date as today at 00:30 BST and in GMT', () => {
    expect(londonToday(new Date('2027-06-30T23:30:00Z'))).toBe('2027-07-01');
    expect(londonToday(new Date('2027-01-15T00:30:00Z'))).toBe('2027-01-15');
  });

  it('filters the audit trail by UK days: "1 July" starts at 23:00 UTC on 30 June', () => {
    const { filter } = auditFilterFrom(
      new URL('http://x/admin/audit?from=2027-07-01&until=2027-07-01'),
    );
    expect(filter).toEqual({
      from: '2027-06-30T23:00:00.000Z',
      until: '2027-07-01T23:00:00.000Z',
    });
    const winter = auditFilterFrom(
      new URL('http://x/admin/audit?from=2027-01-15&until=2027-01-15'),
    );
    expect(winter.filter).toEqual({
      from: '2027-01-15T00:00:00.000Z',
      until: '2027-01-16T00:00:00.000Z',
    });
  });

  it('ignores a date that does not exist', () => {
    expect(ukDayStartsAt('2027-02-30')).toBeUndefined();
    expect(ukDayStartsAt('not a date')).toBeUndefined();
  });
});
