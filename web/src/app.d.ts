import type { SignedInViewer } from '#lib/graphql/access.ts';
import type { WorkCounts } from '#lib/graphql/my-work.ts';

declare global {
  namespace App {
    interface Error {
      message: string;
    }
    interface Locals {
      /** The session token from the cookie, sent to the API as a bearer token. */
      sessionToken: string | null;
      viewer: SignedInViewer | null;
      /** How much the signed-in person's organisations must do, for the header's "My work (3)". */
      work: WorkCounts | null;
    }
  }
}
export {};
