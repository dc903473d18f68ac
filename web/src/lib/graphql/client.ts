/**
 * The urql client pages use from their server load functions, so that every page renders
 * on the server and works without JavaScript. Errors from the API come back as `CombinedError`.
 */
import { API_URL } from '$app/env/private';
import { Client, fetchExchange, type AnyVariables, type TypedDocumentNode } from '@urql/core';
import type { MutationError, MutationOutcome } from '@cjji/contract/graphql';
import { error, redirect } from '@sveltejs/kit';

export function apiUrl(): string {
  return API_URL;
}

export function graphqlClient(fetch: typeof globalThis.fetch): Client {
  return new Client({
    url: apiUrl(),
    fetch,
    exchanges: [fetchExchange],
    // POST with a JSON body: the API's CSRF protection refuses simple GET requests.
    preferGetMethod: false,
    requestPolicy: 'network-only',
  });
}

/**
 * The API refused for want of sign-in (the session ended: sign in again) or of a role (say so).
 * Pages are shown only to people who may use them, so this is rare: a session that expired
 * mid-task, or a role ended by an administrator.
 */
function refuseIfDenied(
  errors: readonly { message: string; extensions?: Record<string, unknown> }[],
): void {
  if (errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED'))
    redirect(303, '/sign-in?expired=1');
  const forbidden = errors.find((e) => e.extensions?.code === 'FORBIDDEN');
  if (forbidden) error(403, forbidden.message);
}

/**
 * A problem with one input: its message, and the argument path the API named, e.g.
 * ["filter", "region"].
 */
export type UserInputProblem = Extract<
  MutationError,
  { __typename: 'InputError' }
>['issues'][number];

/**
 * Runs a query. Problems with what the person asked for are returned for the page to show;
 * anything else (API down, internal error) becomes the error page.
 */
export async function runQuery<Data, Variables extends AnyVariables>(
  fetch: typeof globalThis.fetch,
  query: TypedDocumentNode<Data, Variables>,
  variables: Variables,
): Promise<{ data: Data | undefined; problems: UserInputProblem[] }> {
  const result = await graphqlClient(fetch).query(query, variables).toPromise();
  if (!result.error) return { data: result.data, problems: [] };
  const problems = result.error.graphQLErrors
    .filter(
      (e) =>
        e.extensions?.code === 'BAD_USER_INPUT' ||
        e.extensions?.code === 'GRAPHQL_VALIDATION_FAILED',
    )
    .map((e) => ({
      message: e.message,
      field: Array.isArray(e.extensions?.field) ? (e.extensions.field as string[]) : [],
    }));
  if (result.error.graphQLErrors.some((e) => e.extensions?.code === 'NOT_FOUND'))
    error(404, 'Page not found');
  refuseIfDenied(result.error.graphQLErrors);
  if (problems.length && problems.length === result.error.graphQLErrors.length)
    return { data: result.data ?? undefined, problems };
  console.error('The API could not answer:', result.error.message);
  error(503, 'Sorry, the service is unavailable. Try again in a few minutes.');
}

export interface MutationProblem {
  kind: Exclude<MutationError['__typename'], 'RateLimitedError'>;
  message: string;
  issues: UserInputProblem[];
}

type MutationResult<Data> =
  { data: Data; problem?: undefined } | { data?: undefined; problem: MutationProblem };

/**
 * Runs a mutation whose result is a union of a success and the API's expected errors.
 * Returns the success's data, or the problem for the form to show beside its fields; both are
 * typed from the document, as the field the mutation answers in is.
 */
export async function runMutation<
  Data extends Record<string, unknown>,
  Variables extends AnyVariables,
  Field extends keyof Data & string,
>(
  fetch: typeof globalThis.fetch,
  mutation: TypedDocumentNode<Data, Variables>,
  field: Field,
  variables: Variables,
): Promise<MutationResult<MutationOutcome<Data[Field]>>> {
  const result = await graphqlClient(fetch).mutation(mutation, variables).toPromise();
  const refused = result.error?.graphQLErrors ?? [];
  if (refused.length && refused.every((e) => e.extensions?.code === 'BAD_USER_INPUT')) {
    // A value the API could not read at all (a date that does not exist, say): show it beside its field.
    const issues = refused.map((e) => ({
      field: e.message.match(/at "([^"]+)"/)?.[1]?.split('.') ?? [],
      message: e.message.replace(/^Variable "\$\w+" got invalid value .*?; /, ''),
    }));
    return { problem: { kind: 'InputError', message: issues[0]!.message, issues } };
  }
  refuseIfDenied(refused);
  if (result.error || !result.data) {
    console.error('The API refused a change:', result.error?.message ?? 'no answer');
    error(
      503,
      'Sorry, the service is unavailable. Your change was not saved. Try again in a few minutes.',
    );
  }
  // Every mutation's answer is its success or one of the errors the MutationErrors fragment reads.
  const answer = (result.data as Record<string, unknown>)[field] as {
    __typename: string;
    data?: unknown;
    message?: string;
    issues?: UserInputProblem[];
  };
  if (answer.__typename.endsWith('Success'))
    return { data: answer.data as MutationOutcome<Data[Field]> };
  return {
    problem: {
      kind: answer.__typename as MutationProblem['kind'],
      message: answer.message ?? 'The change could not be made.',
      issues: answer.issues ?? [
        { message: answer.message ?? 'The change could not be made.', field: [] },
      ],
    },
  };
}
