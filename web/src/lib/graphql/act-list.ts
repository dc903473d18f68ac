/** The action plans list; the documents are the contract's. */
import type { ActionPlanParty, ActionPlanSort } from '@cjji/contract/act-list';

export * from '@cjji/contract/act-list';

export const partyNames: Record<ActionPlanParty, string> = {
  AGENCY: 'The agency',
  REVIEWING_INSPECTORATE: 'The reviewing inspectorate',
  RESPONSIBLE_MINISTER: 'The responsible minister',
  POLICING_BODY: 'The local policing body',
};

export const sortNames: Record<ActionPlanSort, string> = {
  UPDATED: 'Most recently changed',
  AGENCY: 'Agency',
  TITLE: 'Title',
  STATUS: 'Stage',
};
