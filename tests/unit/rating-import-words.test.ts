import { describe, expect, it } from 'vitest';
import { changeInWords } from '../../web/src/routes/rate/import/[id]/change-words.ts';

const change = (over: Partial<Parameters<typeof changeInWords>[0]>) => ({
  line: 2,
  agency: 'Gwent Police',
  grade: 'Inadequate',
  previousGrade: 'Good' as string | null,
  movement: 'FELL' as const,
  planDuty: null,
  ...over,
});

describe('what a ratings file will change, in words', () => {
  it('names the move and the plan duty it brings', () => {
    expect(changeInWords(change({ planDuty: 'STARTS' }))).toBe(
      'Gwent Police: Good → Inadequate; will owe an action plan',
    );
    expect(
      changeInWords(change({ grade: 'Good', previousGrade: 'Inadequate', planDuty: 'ENDS' })),
    ).toBe('Gwent Police: Inadequate → Good; will no longer owe an action plan');
  });

  it('says a first rating, and a row older than the latest, for what they are', () => {
    expect(changeInWords(change({ movement: 'FIRST', previousGrade: null }))).toBe(
      'Gwent Police: first rating, Inadequate',
    );
    expect(changeInWords(change({ movement: 'EARLIER' }))).toBe(
      'Gwent Police: adds an earlier Inadequate to its history; its latest stays Good',
    );
  });
});
