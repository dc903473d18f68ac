/** Turns the API's field issues into what GOV.UK forms show: a summary and a message per field. */
import type { UserInputProblem } from './graphql/client.ts';

export interface FormProblems {
  summary: Array<{ message: string; href: string }>;
  byField: Record<string, string>;
}

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

export function formProblems(
  issues: UserInputProblem[] | undefined,
  fallbackField: string,
): FormProblems {
  const summary: FormProblems['summary'] = [];
  const byField: Record<string, string> = {};
  for (const issue of issues ?? []) {
    const name = fieldOf(issue.field, fallbackField);
    summary.push({ message: issue.message, href: `#${name}` });
    byField[name] ??= issue.message;
  }
  return { summary, byField };
}

export function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value.trim() : '';
}
