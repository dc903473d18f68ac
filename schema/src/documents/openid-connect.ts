/** Operations for signing in through the organisation's identity provider (OpenID Connect). */
import { graphql, mutationErrors, type MutationOutcome, type ResultOf } from '../graphql.ts';

export const openIdConnectQuery = graphql(`
  query OpenIdConnect {
    openIdConnect {
      displayName
    }
  }
`);

export type OpenIdConnectProvider = NonNullable<
  ResultOf<typeof openIdConnectQuery>['openIdConnect']
>;

export const startOpenIdSignInMutation = graphql(
  `
    mutation StartOpenIdSignIn($redirectUri: String!) {
      startOpenIdSignIn(redirectUri: $redirectUri) {
        __typename
        ...MutationErrors
        ... on MutationStartOpenIdSignInSuccess {
          data {
            authorizationUrl
            state
            nonce
            codeVerifier
          }
        }
      }
    }
  `,
  [mutationErrors],
);

export type OpenIdSignInStart = MutationOutcome<
  ResultOf<typeof startOpenIdSignInMutation>['startOpenIdSignIn']
>;

export const completeOpenIdSignInMutation = graphql(
  `
    mutation CompleteOpenIdSignIn($input: CompleteOpenIdSignInInput!) {
      completeOpenIdSignIn(input: $input) {
        __typename
        ...MutationErrors
        ... on MutationCompleteOpenIdSignInSuccess {
          data {
            token
            expiresAt
          }
        }
      }
    }
  `,
  [mutationErrors],
);
