/**
 * The GraphQL API as a test's setup uses it: signed in like any other client, with a session
 * token from the signIn mutation sent as a bearer token.
 */
import { expect, type APIRequestContext } from '@playwright/test';
import { administrator } from './accounts.ts';

export const apiUrl = `http://localhost:${process.env.E2E_API_PORT ?? 4100}/graphql`;

const tokens = new Map<string, string>();

export async function sessionToken(
  request: APIRequestContext,
  account: { email: string; password: string } = administrator,
): Promise<string> {
  const known = tokens.get(account.email);
  if (known) return known;
  const response = await request.post(apiUrl, {
    data: {
      query: `mutation($input: SignInInput!) { signIn(input: $input) { __typename ... on Error { message } ... on MutationSignInSuccess { data { token } } } }`,
      variables: { input: { email: account.email, password: account.password } },
    },
    headers: { 'content-type': 'application/json' },
  });
  const body = await response.json();
  const token = body.data?.signIn?.data?.token;
  expect(token, JSON.stringify(body)).toBeTruthy();
  tokens.set(account.email, token);
  return token;
}

/** Runs an operation as the given account (the administrator by default) and expects no GraphQL errors. */
export async function graphql(
  request: APIRequestContext,
  query: string,
  variables: Record<string, unknown> = {},
  account?: { email: string; password: string },
) {
  const token = await sessionToken(request, account);
  const response = await request.post(apiUrl, {
    data: { query, variables },
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
  });
  const body = await response.json();
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data;
}

const errors = `__typename ... on Error { message } ... on InputError { issues { field message } }`;

/**
 * Runs mutation `name` with `input` as the administrator, expects it to succeed, and returns
 * the `fields` asked of its data: how journeys set up what they start from.
 */
export async function mutate(
  request: APIRequestContext,
  name: string,
  input: Record<string, unknown>,
  fields = 'id',
) {
  const type = `${name[0]!.toUpperCase()}${name.slice(1)}`;
  const data = await graphql(
    request,
    `mutation($input: ${type}Input!) { ${name}(input: $input) { ${errors} ... on Mutation${type}Success { data { ${fields} } } } }`,
    { input },
  );
  expect(data[name].__typename, JSON.stringify(data[name])).toBe(`Mutation${type}Success`);
  return data[name].data;
}
