import { describe, expect, it } from 'vitest';
import { day, shiftDays } from '../shared/calendar.ts';
import { reminderDueOn, reminderMessage, whenDue } from './reminder.rules.ts';

const dueOn = day('2026-12-23');
const before = (days: number) => shiftDays(dueOn, -days);

describe('which reminder is due on a day', () => {
  it('is none more than 30 days ahead', () => {
    expect(reminderDueOn(dueOn, before(31))).toBeNull();
    expect(reminderDueOn(dueOn, before(90))).toBeNull();
  });

  it('is each offset on its own day: 30, 7 and 1 days before, and the first overdue day', () => {
    expect(reminderDueOn(dueOn, before(30))).toBe('THIRTY_DAYS_BEFORE');
    expect(reminderDueOn(dueOn, before(7))).toBe('SEVEN_DAYS_BEFORE');
    expect(reminderDueOn(dueOn, before(1))).toBe('ONE_DAY_BEFORE');
    expect(reminderDueOn(dueOn, before(-1))).toBe('FIRST_OVERDUE_DAY');
  });

  it('stays due after its day until the next offset’s day, so a missed day is caught up but never two at once', () => {
    expect(reminderDueOn(dueOn, before(29))).toBe('THIRTY_DAYS_BEFORE');
    expect(reminderDueOn(dueOn, before(8))).toBe('THIRTY_DAYS_BEFORE');
    expect(reminderDueOn(dueOn, before(6))).toBe('SEVEN_DAYS_BEFORE');
    expect(reminderDueOn(dueOn, before(2))).toBe('SEVEN_DAYS_BEFORE');
    // On the due date itself the 1-day reminder still stands; overdue starts the day after.
    expect(reminderDueOn(dueOn, dueOn)).toBe('ONE_DAY_BEFORE');
    expect(reminderDueOn(dueOn, shiftDays(dueOn, 40))).toBe('FIRST_OVERDUE_DAY');
  });

  it('sends the 30-day reminder at once for a 28-day Urgent Notification response, and the 7-day one on its day', () => {
    const issuedOn = day('2026-11-25');
    const due = shiftDays(issuedOn, 28);
    expect(reminderDueOn(due, issuedOn)).toBe('THIRTY_DAYS_BEFORE');
    expect(reminderDueOn(due, shiftDays(due, -7))).toBe('SEVEN_DAYS_BEFORE');
  });
});

describe('what a reminder says', () => {
  const links = {
    item: 'https://example.test/track/escalations#escalation-1',
    myWork: 'https://example.test/my-work',
    account: 'https://example.test/account',
  };
  const input = {
    personName: 'Sam Office',
    title: 'Respond publicly to the Urgent Notification on HMP Example',
    organisationName: 'Lord Chancellor',
    dueOn,
    links,
  };

  it('says when it is due in days, with the date, the organisation and links to the item and to the person’s choices', () => {
    const message = reminderMessage({ ...input, remindedOn: before(7) });
    expect(message.subject).toBe(
      'Due in 7 days: Respond publicly to the Urgent Notification on HMP Example',
    );
    expect(message.body).toContain(
      'This is due on 23 December 2026 (in 7 days). Lord Chancellor must do it.',
    );
    expect(message.body).toContain(`Open it: ${links.item}`);
    expect(message.body).toContain(links.myWork);
    expect(message.body).toContain(links.account);
    expect(message.body.startsWith('Dear Sam Office,')).toBe(true);
  });

  it('says tomorrow, today, and overdue in words', () => {
    expect(reminderMessage({ ...input, remindedOn: before(1) }).subject).toMatch(/^Due tomorrow: /);
    expect(reminderMessage({ ...input, remindedOn: dueOn }).subject).toMatch(/^Due today: /);
    const overdue = reminderMessage({ ...input, remindedOn: before(-1) });
    expect(overdue.subject).toBe(
      'Overdue: Respond publicly to the Urgent Notification on HMP Example',
    );
    expect(overdue.body).toContain(
      'This was due on 23 December 2026 (yesterday) and is now overdue.',
    );
    expect(whenDue(-3)).toBe('3 days ago');
  });
});
