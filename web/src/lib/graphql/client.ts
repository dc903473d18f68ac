/**
 * The urql client pages use from their server load functions, so that every page renders
 * on the server and works without JavaScript. Errors from the API come back as `CombinedError`.
 */
import { API_URL } from '$app/env/private';
import { Client, fetchExchange, type AnyVariables, type TypedDocumentNode } from '@urql/core';
import type { MutationError, MutationOutcome } from '@cjji/contract/graphql';
import { error, redirect } from '@sveltejs/kit';
import type { UserInputProblem } from '../field-ids.ts';

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

export type { UserInputProblem };

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
    .map(
      (e) =>
        coercionProblem(e.message) ?? {
          message: e.message,
          field: Array.isArray(e.extensions?.field) ? (e.extensions.field as string[]) : [],
        },
    );
  if (result.error.graphQLErrors.some((e) => e.extensions?.code === 'NOT_FOUND'))
    error(404, 'Page not found');
  refuseIfDenied(result.error.graphQLErrors);
  if (problems.length && problems.length === result.error.graphQLErrors.length)
    return { data: result.data ?? undefined, problems };
  console.error('The API could not answer:', result.error.message);
  error(503, 'Sorry, the service is unavailable. Try again in a few minutes.');
}

/**
 * A value graphql-js could not read into its type ("Variable "$input" got invalid value … at
 * "input.laidOn"; Expected type "Date"…"), said as a GOV.UK error on its field. Pages read dates
 * themselves first, so this is a safety net: its text never reaches a person.
 */
function coercionProblem(message: string): UserInputProblem | undefined {
  const coercion = /^Variable "\$\w+" got invalid value/.exec(message);
  if (!coercion) return undefined;
  const at = /at "([^"]+)"/.exec(message)?.[1];
  const field = at ? at.split('.') : [];
  const type = /Expected type "(\w+)"/.exec(message)?.[1];
  const words: Record<string, string> = {
    Date: 'Enter a real date, for example 27 3 2027',
    DateTime: 'Enter a real date and time',
    Int: 'Enter a whole number',
    Float: 'Enter a number',
    Boolean: 'Choose yes or no',
  };
  return {
    field,
    message: (type && words[type]) ?? 'Check what you entered: it could not be read',
  };
}

interface MutationProblem {
  /** The error the API answered with (as the MutationErrors fragment reads it), or a refusal. */
  kind: Exclude<MutationError['__typename'], 'RateLimitedError'> | 'Forbidden';
  message: string;
  issues: UserInputProblem[];
}

type MutationResult<Data> =
  { data: Data; problem?: undefined } | { data?: undefined; problem: MutationProblem };

/**
 * Runs a mutation whose result is a union of a success and the API's expected errors.
 * Returns the success's data, or the problem for the form to show beside its fields; both are
 * typed from the document, as are its variables and the field the mutation answers in.
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
    const issues = refused.map(
      (e) =>
        coercionProblem(e.message) ?? {
          field: Array.isArray(e.extensions?.field) ? (e.extensions.field as string[]) : [],
          message: e.message,
        },
    );
    return { problem: { kind: 'InputError', message: issues[0]!.message, issues } };
  }
  const forbidden = refused.find((e) => e.extensions?.code === 'FORBIDDEN');
  if (forbidden && !refused.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) {
    // Pages offer only what the API's viewerCan allows, so this is a race: a role ended, or the
    // record moved on, since the page was drawn. Back to the same form, with what was typed.
    const message = `${forbidden.message} Nothing was saved: ask your administrator if you need to do this.`;
    return { problem: { kind: 'Forbidden', message, issues: [{ message, field: [] }] } };
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
    field?: string[] | null;
  };
  if (answer.__typename.endsWith('Success'))
    return { data: answer.data as MutationOutcome<Data[Field]> };
  const message = answer.message ?? 'The change could not be made.';
  return {
    problem: {
      kind: answer.__typename as MutationProblem['kind'],
      message,
      // An error about one field (a conflict names the version or the duplicated value) is
      // shown beside it; any other stands for the whole form.
      issues: answer.issues ?? [{ message, field: answer.field ?? [] }],
    },
  };
}
