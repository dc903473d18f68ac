import { describe, expect, it } from 'vitest';
import { InvalidStateError } from '../../errors.ts';
import {
  assertStillStands,
  correctionMarks,
  reasonIssues,
  unchangedIssues,
} from './correction.rules.ts';

describe('a correction’s reason', () => {
  it('is required, in words that say which it is', () => {
    expect(reasonIssues('', false)).toEqual([
      {
        field: ['input', 'reason'],
        message: 'Say why it is corrected: the reason is kept with the record.',
      },
    ]);
    expect(reasonIssues('   ok ', true)[0]?.message).toBe(
      'Say why it is withdrawn: the reason is kept with the record.',
    );
    expect(reasonIssues(null, false)).toHaveLength(1);
  });

  it('of a few words is enough', () => {
    expect(reasonIssues('The grade was mistyped.', false)).toEqual([]);
  });
});

describe('a correction that changes nothing', () => {
  const before = { gradeId: 'g1', ratedOn: new Date('2026-03-01'), rationale: 'Because.' };

  it('is refused', () => {
    expect(
      unchangedIssues(before, { gradeId: 'g1', ratedOn: new Date('2026-03-01') }),
    ).toHaveLength(1);
  });

  it('is accepted once one value differs, dates compared as days', () => {
    expect(unchangedIssues(before, { ratedOn: new Date('2026-03-02') })).toEqual([]);
    expect(unchangedIssues(before, { gradeId: 'g2' })).toEqual([]);
  });

  it('ignores the values not sent', () => {
    expect(unchangedIssues(before, { gradeId: undefined })).toHaveLength(1);
  });
});

describe('a withdrawn fact', () => {
  it('cannot be corrected or withdrawn again', () => {
    expect(() =>
      assertStillStands({ withdrawnAt: new Date('2026-11-02T10:00:00Z') }, 'rating'),
    ).toThrow(
      new InvalidStateError(
        'This rating was withdrawn on 2 November 2026: it can no longer be corrected.',
      ),
    );
    expect(() => assertStillStands({ withdrawnAt: null }, 'rating')).not.toThrow();
  });
});

describe('what a correction marks on the record', () => {
  const at = new Date('2026-12-02T14:00:00Z');
  it('is when and why it was corrected, or withdrawn', () => {
    expect(correctionMarks(false, ' Mistyped. ', at)).toEqual({
      correctedAt: at,
      correctionReason: 'Mistyped.',
    });
    expect(correctionMarks(true, 'Made in error.', at)).toEqual({
      withdrawnAt: at,
      withdrawalReason: 'Made in error.',
    });
  });
});
