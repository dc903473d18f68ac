/** Names the agency pages show; the documents and their result types are the contract's. */
export * from '@cjji/contract/agencies';

export const localPolicingBodyKindNames: Record<string, string> = {
  PCC: 'Police and Crime Commissioner',
  PFCC: 'Police, Fire and Crime Commissioner',
  MAYOR: 'Mayor',
  COMMON_COUNCIL: 'Common Council of the City of London',
};

export const countryNames: Record<string, string> = {
  ENGLAND: 'England',
  WALES: 'Wales',
  ENGLAND_AND_WALES: 'England and Wales',
};
