/**
 * "Today" is the UK's calendar day: at 00:30 in British Summer Time it is already the new day
 * (UTC still says the old one), and in winter GMT and UTC agree.
 */
import { describe, expect, it } from 'vitest';
import { day, startOfDay, ukDay, ukIsoDay, ukMidnight } from './calendar.ts';

const at00_30Bst = new Date('2027-06-30T23:30:00Z'); // 00:30 BST on 1 July 2027
const at00_30Gmt = new Date('2027-01-15T00:30:00Z'); // 00:30 GMT on 15 January 2027

describe('UK calendar days', () => {
  it('at 00:30 BST it is already the next day', () => {
    expect(ukIsoDay(at00_30Bst)).toBe('2027-07-01');
    expect(startOfDay(at00_30Bst)).toEqual(day('2027-07-01'));
  });

  it('in GMT the UK day and the UTC day agree, up to the last minute before midnight', () => {
    expect(ukDay(at00_30Gmt)).toEqual(day('2027-01-15'));
    expect(ukDay(new Date('2027-01-15T23:59:00Z'))).toEqual(day('2027-01-15'));
  });

  it("today is not in the future at 00:30 BST: 1 July is not after the UK's today", () => {
    expect(day('2027-07-01') > startOfDay(at00_30Bst)).toBe(false);
    expect(day('2027-07-02') > startOfDay(at00_30Bst)).toBe(true);
  });

  it('knows when a UK day begins, including on the days the clocks change', () => {
    expect(ukMidnight(day('2027-07-01')).toISOString()).toBe('2027-06-30T23:00:00.000Z');
    expect(ukMidnight(day('2027-01-15')).toISOString()).toBe('2027-01-15T00:00:00.000Z');
    // Clocks go forward at 01:00 GMT on 28 March 2027 and back at 02:00 BST on 31 October.
    expect(ukMidnight(day('2027-03-28')).toISOString()).toBe('2027-03-28T00:00:00.000Z');
    expect(ukMidnight(day('2027-10-31')).toISOString()).toBe('2027-10-30T23:00:00.000Z');
    expect(ukMidnight(day('2027-11-01')).toISOString()).toBe('2027-11-01T00:00:00.000Z');
  });
});
