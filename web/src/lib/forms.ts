/** Turns the API's field issues into what GOV.UK forms show: a summary and a message per field. */
import { fieldOf, type UserInputProblem } from './field-ids.ts';

export interface FormProblems {
  summary: Array<{ message: string; href: string }>;
  byField: Record<string, string>;
}

export function formProblems(
  issues: UserInputProblem[] | undefined,
  fallbackField: string,
): FormProblems {
  const summary: FormProblems['summary'] = [];
  const byField: Record<string, string> = {};
  for (const issue of issues ?? []) {
    const name = fieldOf(issue.field, fallbackField);
    // Someone else saved first: the link opens the page afresh (a GET of this address without
    // the form's action), where their changes are, since reloading would send the form again.
    if (name === 'expectedVersion') {
      summary.push({ message: issue.message, href: '?' });
      continue;
    }
    summary.push({ message: issue.message, href: `#${name}` });
    byField[name] ??= issue.message;
  }
  return { summary, byField };
}

export function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value.trim() : '';
}

/**
 * A radio or select answer sent as one of the schema's enum values. The API refuses a value it
 * does not know (a tampered form) as a problem beside the field, so the page need not list them.
 */
export function choice<Value extends string>(form: FormData, name: string): Value {
  return text(form, name) as Value;
}
