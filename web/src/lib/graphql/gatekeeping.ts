/**
 * Names the gatekeeping pages show; the documents and their result types are the contract's
 * (typed from the schema by gql.tada).
 */
import type { GatekeepingDecision } from '@cjji/contract/gatekeeping';

export * from '@cjji/contract/gatekeeping';

export const decisionNames: Record<GatekeepingDecision, string> = {
  NO_OBJECTION: 'No objection',
  NOT_TO_CARRY_OUT: 'Notice not to carry it out',
  NOT_IN_THAT_MANNER: 'Notice not to carry it out in that manner',
};
