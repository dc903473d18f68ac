/** Names and colours the ratings pages show; the documents and their types are the contract's. */
import type { Trend } from '@cjji/contract/ratings';

export * from '@cjji/contract/ratings';

/** Colours for the common scale, each at least 3:1 against white; the grade is always written too. */
export const gradeColours: Record<string, string> = {
  OUTSTANDING: '#00703c',
  GOOD: '#1d70b8',
  ADEQUATE: '#505a5f',
  REQUIRES_IMPROVEMENT: '#912b88',
  INADEQUATE: '#d4351c',
};

export const trendWords: Record<Trend, string> = {
  FIRST: 'First rating',
  IMPROVED: 'Improved',
  UNCHANGED: 'No change',
  FELL: 'Fell',
};
