import { describe, expect, it } from 'vitest';
import { checkDate, lastDayAfterYears, londonToday } from '../../web/src/lib/dates.ts';
import { fieldOf } from '../../web/src/lib/field-ids.ts';
import { formProblems } from '../../web/src/lib/forms.ts';

const question = {
  subject: 'Date laid',
  enter: 'Enter the date the plan was laid',
  today: '2026-12-01',
};
const parts = (day: string, month: string, year: string) => ({ day, month, year });

describe('reading a GOV.UK date input', () => {
  it('reads day, month and year, with month names, into an ISO date', () => {
    expect(checkDate(parts('1', '4', '2026'), question).iso).toBe('2026-04-01');
    expect(checkDate(parts('01', 'Apr', '2026'), question).iso).toBe('2026-04-01');
    expect(checkDate(parts('30', 'november', '2026'), question).iso).toBe('2026-11-30');
  });

  it('says what is missing in the Design System’s words', () => {
    expect(checkDate(parts('', '', ''), question).problem?.message).toBe(
      'Enter the date the plan was laid',
    );
    expect(checkDate(parts('3', '', '2026'), question).problem).toEqual({
      message: 'Date laid must include a month',
      parts: ['month'],
    });
    expect(checkDate(parts('', '', '2026'), question).problem?.message).toBe(
      'Date laid must include a day and month',
    );
    expect(checkDate(parts('', '', ''), { subject: 'Date laid' })).toEqual({
      parts: parts('', '', ''),
      iso: null,
    });
  });

  it('refuses dates that do not exist and years not of four numbers', () => {
    expect(checkDate(parts('30', '2', '2026'), question).problem?.message).toBe(
      'Date laid must be a real date',
    );
    expect(checkDate(parts('10', '13', '2026'), question).problem?.parts).toEqual(['month']);
    expect(checkDate(parts('10', '3', '32028'), question).problem?.message).toBe(
      'Year must include 4 numbers',
    );
  });

  it('refuses a fact dated after today in the UK', () => {
    expect(
      checkDate(parts('1', '6', '2027'), { ...question, notFuture: true }).problem?.message,
    ).toBe('Date laid must be today or in the past');
    expect(checkDate(parts('1', '12', '2026'), { ...question, notFuture: true }).iso).toBe(
      '2026-12-01',
    );
  });

  it('takes the UK day, not UTC: 00:30 on 1 July in London is still 30 June in UTC', () => {
    expect(londonToday(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
    expect(londonToday(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31');
  });

  it('ends a two-year programme the day before the same date two years on', () => {
    expect(lastDayAfterYears('2026-04-01', 2)).toBe('2028-03-31');
    expect(lastDayAfterYears('2028-03-01', 2)).toBe('2030-02-28');
  });
});

describe('the field an API issue is about', () => {
  it('names a field of a list item by its index or its kind, as the page’s ids do', () => {
    expect(fieldOf(['input', 'laidOn'], 'status')).toBe('laidOn');
    expect(fieldOf(['input', 'actions', '2', 'targetDate'], 'status')).toBe('targetDate-2');
    expect(fieldOf(['input', 'phases', 'FIELDWORK', 'plannedEnd'], 'x')).toBe(
      'plannedEnd-FIELDWORK',
    );
    expect(fieldOf(['input'], 'title')).toBe('title');
  });
});

describe('the problems a form shows', () => {
  it('links each to its field, and a stale edit to the page as it is now', () => {
    const problems = formProblems(
      [
        { field: ['input', 'title'], message: 'Enter a title' },
        { field: ['input', 'expectedVersion'], message: 'Ana changed this plan…' },
      ],
      'status',
    );
    expect(problems.summary).toEqual([
      { message: 'Enter a title', href: '#title' },
      { message: 'Ana changed this plan…', href: '?' },
    ]);
    expect(problems.byField).toEqual({ title: 'Enter a title' });
  });
});
