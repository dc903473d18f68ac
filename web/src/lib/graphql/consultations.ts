/**
 * Names the consultation pages show; the documents and their result types are the contract's
 * (typed from the schema by gql.tada).
 */
import type { ChangeKind, ConsulteeOutcome } from '@cjji/contract/consultations';

export * from '@cjji/contract/consultations';

export const consulteeOutcomeNames: Record<ConsulteeOutcome, string> = {
  RECEIVED: 'Response received',
  WAIVED: 'Waived by both',
  NONE_RECEIVED: 'None received',
};

export const changeKindNames: Record<ChangeKind, string> = {
  ADDED: 'Added',
  DROPPED: 'Dropped',
  RESCOPED: 'Re-scoped',
  RELED: 'Re-led',
};
