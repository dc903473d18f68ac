/** Operations for signing in through the organisation's identity provider (OpenID Connect). */
import { mutationErrors } from './mutation-errors.ts';

export interface OpenIdConnectProvider {
  displayName: string;
}

export const openIdConnectQuery = `query OpenIdConnect { openIdConnect { displayName } }`;

export interface OpenIdSignInStart {
  authorizationUrl: string;
  state: string;
  nonce: string;
  codeVerifier: string;
}

export const startOpenIdSignInMutation = `
  mutation StartOpenIdSignIn($redirectUri: String!) {
    startOpenIdSignIn(redirectUri: $redirectUri) {
      ${mutationErrors}
      ... on MutationStartOpenIdSignInSuccess { data { authorizationUrl state nonce codeVerifier } }
    }
  }`;

export const completeOpenIdSignInMutation = `
  mutation CompleteOpenIdSignIn($input: CompleteOpenIdSignInInput!) {
    completeOpenIdSignIn(input: $input) {
      ${mutationErrors}
      ... on MutationCompleteOpenIdSignInSuccess { data { token expiresAt } }
    }
  }`;
