import { describe, expect, it } from 'vitest';
import { day } from '../shared/calendar.ts';
import { ownerMissing, stillWrongBefore } from './action-plan.checks.rules.ts';

const today = day('2026-12-02');
const openedOn = day('2026-06-01');
const action = (over: Partial<Parameters<typeof stillWrongBefore>[1]['actions'][0]> = {}) => ({
  owner: 'Head of public protection',
  targetDate: day('2027-03-31'),
  status: 'NOT_STARTED' as const,
  progressCount: 0,
  ...over,
});

describe('what is still wrong before a step that cannot be undone', () => {
  it('finds nothing wrong with a plan whose actions have owners and targets ahead', () => {
    expect(stillWrongBefore('SUBMITTED', { actions: [action()], openedOn }, today)).toEqual([]);
  });

  it('names an action without an owner, a placeholder owner, and a target before the plan opened', () => {
    expect(
      stillWrongBefore(
        'LAID',
        {
          actions: [
            action({ owner: ' ' }),
            action({ owner: 'TBC', targetDate: day('2026-05-31') }),
          ],
          openedOn,
        },
        today,
      ),
    ).toEqual([
      'Action 1 has no owner.',
      'Action 2 has no owner.',
      'Action 2’s target date, 31 May 2026, is before the plan was opened on 1 June 2026.',
    ]);
  });

  it('names a missing target date and a target passed before publication', () => {
    expect(
      stillWrongBefore(
        'PUBLISHED',
        {
          actions: [
            action({ targetDate: null }),
            action({ targetDate: day('2026-11-30') }),
            action({ targetDate: day('2026-11-30'), status: 'DONE' }),
          ],
          openedOn,
        },
        today,
      ),
    ).toEqual([
      'Action 1 has no target date.',
      'Action 2’s target date, 30 November 2026, has passed and it is not done.',
    ]);
  });

  it('before closing, names actions still open and actions done with nothing to show it', () => {
    expect(
      stillWrongBefore(
        'CLOSED',
        {
          actions: [
            action({ status: 'IN_PROGRESS', progressCount: 2 }),
            action({ status: 'DONE' }),
            action({ status: 'DONE', progressCount: 1 }),
            action({ status: 'DROPPED' }),
          ],
          openedOn,
        },
        today,
      ),
    ).toEqual([
      'Action 1 is not done or dropped: closing the plan ends its follow-up.',
      'Action 2 is marked done with no progress recorded to show it.',
    ]);
  });

  it('says a plan with no actions has none, and checks nothing for moves that can be undone', () => {
    expect(stillWrongBefore('CLOSED', { actions: [], openedOn }, today)).toEqual([
      'The plan has no actions.',
    ]);
    expect(stillWrongBefore('RETURNED', { actions: [], openedOn }, today)).toEqual([]);
  });

  it('takes a real name as an owner and placeholders as none', () => {
    expect(ownerMissing('Chief superintendent, victim care')).toBe(false);
    expect(ownerMissing('Tony Nash')).toBe(false);
    for (const placeholder of ['', 'tbc', 'To be confirmed', 'N/A', '?', '--'])
      expect(ownerMissing(placeholder), placeholder).toBe(true);
  });
});
