/**
 * The UK calendar day: what "today" is for a fact people record (a plan laid, a report
 * published, an answer given). A date is a day in the UK (Europe/London), so just after
 * midnight in summer it is already tomorrow here while UTC still says today.
 */
import { InvalidInputError, type FieldIssue } from '../../errors.ts';
import { longDate } from './calendar.ts';

/** Today in the UK as a Date at midnight UTC, the form Date columns take. */
export function ukToday(instant: Date): Date {
  // en-CA formats dates as YYYY-MM-DD.
  const iso = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
  return new Date(`${iso}T00:00:00Z`);
}

/**
 * The issue, if any, with a date of something that has happened: it cannot be after today.
 * `subject` in the Design System's words, e.g. "Date laid".
 */
export function futureDateIssue(
  field: string[],
  subject: string,
  date: Date | null | undefined,
  today: Date,
): FieldIssue[] {
  if (!date || date.getTime() <= today.getTime()) return [];
  return [{ field, message: `${subject} must be today or in the past` }];
}

/** The issue, if any, with a date that must be on or after another (a target, say). */
export function beforeIssue(
  field: string[],
  subject: string,
  date: Date | null | undefined,
  earliest: Date,
  earliestWords: string,
): FieldIssue[] {
  if (!date || date.getTime() >= earliest.getTime()) return [];
  return [
    {
      field,
      message: `${subject} must be the same as or after ${longDate(earliest)}, ${earliestWords}`,
    },
  ];
}

/** Runs every check and gathers their issues, so a form shows every problem at once. */
export function issuesOf(...checks: Array<FieldIssue[] | (() => void)>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const check of checks) {
    if (Array.isArray(check)) {
      issues.push(...check);
      continue;
    }
    try {
      check();
    } catch (error) {
      if (!(error instanceof InvalidInputError)) throw error;
      issues.push(...error.issues);
    }
  }
  return issues;
}

/** Runs every check and throws all their issues together. */
export function assertNoIssues(...checks: Array<FieldIssue[] | (() => void)>): void {
  const issues = issuesOf(...checks);
  if (issues.length) throw new InvalidInputError(issues);
}
