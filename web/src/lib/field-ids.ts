/** Which box on a page an API issue is about. Pure, so that unit tests can import it. */
import type { MutationError } from '@cjji/contract/graphql';

/**
 * A problem the API found with what was sent (an InputError's issue), tied to the argument path
 * it is about, e.g. ["filter", "region"].
 */
export type UserInputProblem = Extract<
  MutationError,
  { __typename: 'InputError' }
>['issues'][number];

/**
 * The form field an issue is about, which is the id of its box on the page: the last part of
 * its path ("input.endsOn" → "endsOn"); a field of one item of a list is named with the item's
 * index or kind ("input.actions.2.targetDate" → "targetDate-2",
 * "input.phases.FIELDWORK.plannedEnd" → "plannedEnd-FIELDWORK").
 */
export function fieldOf(path: readonly (string | number)[], fallbackField: string): string {
  const parts = path.map(String).filter((part) => part !== 'input');
  const last = parts.at(-1);
  if (last === undefined) return fallbackField;
  const key = parts.at(-2);
  if (key !== undefined && parts.length >= 3 && /^(\d+|[A-Z][A-Z_]*)$/.test(key))
    return /^\d+$/.test(last) ? `${parts.at(-3)}-${key}` : `${last}-${key}`;
  if (/^\d+$/.test(last)) return parts.at(-2) ?? fallbackField;
  return last;
}
