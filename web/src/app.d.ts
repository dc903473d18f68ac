import type { SignedInViewer } from '#lib/graphql/access.ts';

declare global {
  namespace App {
    interface Error {
      message: string;
    }
    interface Locals {
      /** The session token from the cookie, sent to the API as a bearer token. */
      sessionToken: string | null;
      viewer: SignedInViewer | null;
    }
  }
}
export {};
