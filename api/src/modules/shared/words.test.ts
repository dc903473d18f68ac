import { describe, expect, it } from 'vitest';
import { actionWords, inSentence } from './words.ts';

describe('inSentence', () => {
  it('lowers common nouns and keeps proper nouns and acronyms', () => {
    expect(
      [
        'Police forces',
        'Youth offending teams',
        'Prisons',
        'CPS areas',
        'Crown Prosecution Service',
        'HM Courts & Tribunals Service',
      ].map(inSentence),
    ).toEqual([
      'police forces',
      'youth offending teams',
      'prisons',
      'CPS areas',
      'Crown Prosecution Service',
      'HM Courts & Tribunals Service',
    ]);
  });
});

describe('a refused action in words', () => {
  it('reads as English, with an article where the thing is one', () => {
    expect(actionWords('recordDirection')).toBe('record a direction');
    expect(actionWords('addInspection')).toBe('add an inspection');
    expect(actionWords('moveActionPlan')).toBe('move an action plan');
    expect(actionWords('respondToRecommendation')).toBe('respond to a recommendation');
    expect(actionWords('signIn')).toBe('sign in');
    expect(actionWords('setPhaseStaffing')).toBe('set phase staffing');
    expect(actionWords('recordEscalationResponse')).toBe('record an escalation response');
  });
});
