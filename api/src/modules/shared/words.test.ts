import { describe, expect, it } from 'vitest';
import { inSentence } from './words.ts';

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
