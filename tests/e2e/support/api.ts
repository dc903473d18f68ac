/**
 * The GraphQL API as a test's setup uses it: signed in like any other client, with a session
 * token from the signIn mutation sent as a bearer token.
 */
import { expect, type APIRequestContext } from '@playwright/test';
import { signInMutation } from '@cjji/contract/access';
import type { MutationOutcome, TadaDocumentNode } from '@cjji/contract/graphql';
import { Kind, print, type DocumentNode } from 'graphql';
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
      // The sign-in page's own document.
      query: print(signInMutation),
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

/**
 * Runs an operation as the given account (the administrator by default) and expects no GraphQL
 * errors. A contract document (one the web sends) types the answer and checks the variables; a
 * string is a test's own question.
 */
export async function graphql<Data = any, Variables = Record<string, unknown>>(
  request: APIRequestContext,
  query: string | TadaDocumentNode<Data, Variables>,
  variables: NoInfer<Variables> = {} as NoInfer<Variables>,
  account?: { email: string; password: string },
): Promise<Data> {
  const token = await sessionToken(request, account);
  const response = await request.post(apiUrl, {
    data: {
      query: typeof query === 'string' ? query : print(query as unknown as DocumentNode),
      variables,
    },
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
  });
  const body = await response.json();
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data;
}

const errors = `__typename ... on Error { message } ... on InputError { issues { field message } }`;

/** The field a mutation document answers in: the first (and only) field it selects. */
function fieldOf(mutation: DocumentNode): string {
  const operation = mutation.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION)!;
  const first = operation.selectionSet.selections[0]!;
  if (first.kind !== Kind.FIELD) throw new Error('A mutation document selects its field first');
  return first.name.value;
}

/**
 * Runs a mutation with `input` as the administrator, expects it to succeed, and returns its
 * data: how journeys set up what they start from. Given the contract's document (the one the
 * page sends), the input is checked against the schema and the answer typed from it; given a
 * mutation's name, the `fields` asked of its data (for mutations no page sends this way).
 */
export async function mutate<Data extends Record<string, unknown>, Input>(
  request: APIRequestContext,
  mutation: TadaDocumentNode<Data, { input: Input }>,
  input: NoInfer<Input>,
): Promise<MutationOutcome<Data[keyof Data]>>;
export async function mutate(
  request: APIRequestContext,
  name: string,
  input: Record<string, unknown>,
  fields?: string,
): Promise<any>;
export async function mutate(
  request: APIRequestContext,
  mutation: string | TadaDocumentNode<Record<string, unknown>, { input: unknown }>,
  input: unknown,
  fields = 'id',
) {
  if (typeof mutation !== 'string') {
    const document = mutation as unknown as DocumentNode;
    const name = fieldOf(document);
    const data = await graphql(request, print(document), { input });
    expect(data[name].__typename, JSON.stringify(data[name])).toMatch(/Success$/);
    return data[name].data;
  }
  const name = mutation;
  const type = `${name[0]!.toUpperCase()}${name.slice(1)}`;
  const data = await graphql(
    request,
    `mutation($input: ${type}Input!) { ${name}(input: $input) { ${errors} ... on Mutation${type}Success { data { ${fields} } } } }`,
    { input },
  );
  expect(data[name].__typename, JSON.stringify(data[name])).toBe(`Mutation${type}Success`);
  return data[name].data;
}
