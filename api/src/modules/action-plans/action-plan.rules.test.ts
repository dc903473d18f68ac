import { describe, expect, it } from 'vitest';
import { day } from '../shared/calendar.ts';
import {
  actionTargetIssues,
  allowedMoves,
  assertMoveDetails,
  assertPlanEditable,
  assertPlanMove,
} from './action-plan.rules.ts';

describe('action plan moves', () => {
  it('runs draft → submitted → returned → submitted → accepted → laid → published → follow-up → closed for a force', () => {
    const path = [
      'DRAFT',
      'SUBMITTED',
      'RETURNED',
      'SUBMITTED',
      'ACCEPTED',
      'LAID',
      'PUBLISHED',
      'IN_FOLLOW_UP',
      'CLOSED',
    ] as const;
    for (let i = 1; i < path.length; i++)
      expect(() => assertPlanMove(path[i - 1]!, path[i]!, true)).not.toThrow();
  });

  it('sends a laid plan of an agency other than a police force straight to follow-up', () => {
    expect(allowedMoves('LAID', false)).toEqual(['IN_FOLLOW_UP']);
    expect(() => assertPlanMove('LAID', 'PUBLISHED', false)).toThrow(
      /Only a police force’s plan is published by a local policing body/,
    );
  });

  it('refuses to lay a plan that was never accepted', () => {
    expect(() => assertPlanMove('SUBMITTED', 'LAID', true)).toThrow(
      'The plan is submitted, so it cannot be laid before Parliament. Only a plan the inspectorate has accepted can be laid before Parliament.',
    );
    expect(() => assertPlanMove('DRAFT', 'PUBLISHED', true)).toThrow(
      /A plan is published once it has been laid before Parliament/,
    );
  });

  it('lets only a draft or returned plan be edited', () => {
    expect(() => assertPlanEditable('RETURNED')).not.toThrow();
    expect(() => assertPlanEditable('LAID')).toThrow(
      'The plan is laid before Parliament, so it cannot be changed. Record progress against its actions instead.',
    );
  });

  it('needs comments to return a plan, a date and paper to lay it, and a date and link to publish it', () => {
    expect(() => assertMoveDetails('RETURNED', { comment: ' ' })).toThrow(
      /Say what the agency must change/,
    );
    expect(() => assertMoveDetails('LAID', { laidOn: day('2027-01-10') })).toThrow(
      /reference of the paper/,
    );
    expect(() =>
      assertMoveDetails('PUBLISHED', {
        publishedOn: day('2027-02-01'),
        publishedUrl: 'http://insecure',
      }),
    ).toThrow(/starting https/);
    expect(() => assertMoveDetails('SUBMITTED', { actions: 0 })).toThrow(/at least one action/);
  });
});

describe('plausible laying and publication dates', () => {
  const today = day('2026-12-01');
  it('refuses a laying or publication date after today', () => {
    expect(() =>
      assertMoveDetails('LAID', { laidOn: day('2027-06-01'), paperReference: 'CP 1', today }),
    ).toThrow('Date laid must be today or in the past');
    expect(() =>
      assertMoveDetails('LAID', { laidOn: today, paperReference: 'CP 1', today }),
    ).not.toThrow();
    expect(() =>
      assertMoveDetails('PUBLISHED', {
        publishedOn: day('2026-12-02'),
        publishedUrl: 'https://example.org/plan',
        today,
      }),
    ).toThrow('Date published must be today or in the past');
  });

  it('refuses a publication before the laying, with every other problem at once', () => {
    try {
      assertMoveDetails('PUBLISHED', {
        publishedOn: day('2026-11-01'),
        publishedUrl: 'http://insecure',
        wasLaidOn: day('2026-11-20'),
        today,
      });
      expect.unreachable();
    } catch (error) {
      expect((error as { issues: unknown[] }).issues).toEqual([
        {
          field: ['input', 'publishedOn'],
          message:
            'Date published must be the same as or after 20 November 2026, the day the plan was laid before Parliament',
        },
        {
          field: ['input', 'publishedUrl'],
          message: 'Give the public web address of the plan, starting https://.',
        },
      ]);
    }
  });

  it('refuses target dates before the day the plan was opened, naming each action', () => {
    expect(
      actionTargetIssues(
        [{ targetDate: day('2026-11-30') }, { targetDate: day('2027-01-01') }],
        today,
      ),
    ).toEqual([
      {
        field: ['input', 'actions', '0', 'targetDate'],
        message:
          'The target date of action 1 must be the same as or after 1 December 2026, the day the plan was opened',
      },
    ]);
  });
});
