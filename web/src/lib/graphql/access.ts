/** Who holds which role; the documents and their result types are the contract's. */
import type { Role, SignedInViewer } from '@cjji/contract/access';

export * from '@cjji/contract/access';

export const hasRole = (viewer: SignedInViewer | null, ...roles: Role[]) =>
  !!viewer?.roles.some((grant) => roles.includes(grant.role));
