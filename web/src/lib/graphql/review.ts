/** Names the baseline and annual review pages show; the documents and their types are the contract's. */
import type { BaselineChangeKind, ReviewOutcome } from '@cjji/contract/review';

export * from '@cjji/contract/review';

export const changeKindNames: Record<BaselineChangeKind, string> = {
  SLIPPED: 'Slipped',
  MOVED: 'Moved',
  ADDED: 'Added',
  CANCELLED: 'Cancelled',
};

export const outcomeNames: Record<ReviewOutcome, string> = {
  ON_TIME: 'On time',
  LATE: 'Late',
  OVERDUE: 'Overdue',
  NOT_YET_DUE: 'Not yet due',
  CANCELLED: 'Cancelled',
};
