/** How the public ratings pages word things; the documents and their types are the contract's. */
export * from '@cjji/contract/agency-ratings';

/**
 * How a sentence names agencies of a kind: "police forces", "CPS areas"; a kind with one
 * agency (the CPS, HMCTS, HMPPS) has a proper name, so its agencies are just "agencies".
 */
export function kindNoun(kind: { name: string; pluralName: string }): string {
  if (kind.pluralName === kind.name) return 'agencies';
  return /^[A-Z][a-z]/.test(kind.pluralName)
    ? `${kind.pluralName[0]!.toLowerCase()}${kind.pluralName.slice(1)}`
    : kind.pluralName;
}
