/**
 * Dates as people type them into the GOV.UK date input (day, month, year) and as the API takes
 * them (YYYY-MM-DD), with the Design System's error messages. Pure: used by pages' server
 * actions to read a form, and by the component to show what was typed.
 */

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

interface DateProblem {
  message: string;
  /** The boxes to highlight. */
  parts: Array<keyof DateParts>;
}

export type DateAnswer =
  | { parts: DateParts; iso: string; problem?: undefined }
  | { parts: DateParts; iso: null; problem?: DateProblem };

const empty: DateParts = { day: '', month: '', year: '' };

/** The parts to show in the three boxes: from an ISO date, or from what was typed. */
export function dateParts(value: string | DateParts | null | undefined): DateParts {
  if (!value) return empty;
  if (typeof value === 'object') return value;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return empty;
  return { day: String(Number(match[3])), month: String(Number(match[2])), year: match[1]! };
}

const months = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** "3", "03", "Mar" or "March" → 3; anything else → NaN. The Design System asks for names too. */
function monthNumber(typed: string): number {
  if (/^\d{1,2}$/.test(typed)) return Number(typed);
  const lower = typed.toLowerCase();
  const index = months.findIndex(
    (name) => name === lower || (lower.length >= 3 && name.startsWith(lower)),
  );
  return index >= 0 ? index + 1 : Number.NaN;
}

const partWords: Record<keyof DateParts, string> = { day: 'day', month: 'month', year: 'year' };

export interface DateQuestion {
  /** The subject of the messages, e.g. "Date laid" → "Date laid must include a month". */
  subject: string;
  /** The message when nothing is typed; leave out for an optional date. */
  enter?: string;
  /** Refuse dates after `today` (a fact that has happened). */
  notFuture?: boolean;
  /** The UK calendar day, YYYY-MM-DD; `londonToday()` unless a test says otherwise. */
  today?: string;
}

/**
 * Reads `${name}-day`, `${name}-month` and `${name}-year` from a form into an ISO date, or the
 * GOV.UK message for what is wrong. Nothing typed and no `enter` message: no date, no problem.
 */
export function readDate(
  form: { get(name: string): unknown },
  name: string,
  question: DateQuestion,
): DateAnswer {
  const typed = (part: keyof DateParts) => {
    const value = form.get(`${name}-${part}`);
    return typeof value === 'string' ? value.trim() : '';
  };
  const parts: DateParts = { day: typed('day'), month: typed('month'), year: typed('year') };
  return checkDate(parts, question);
}

export function checkDate(parts: DateParts, question: DateQuestion): DateAnswer {
  const fail = (message: string, wrong: Array<keyof DateParts>): DateAnswer => ({
    parts,
    iso: null,
    problem: { message, parts: wrong },
  });
  const missing = (Object.keys(partWords) as Array<keyof DateParts>).filter((p) => !parts[p]);
  if (missing.length === 3)
    return question.enter ? fail(question.enter, ['day', 'month', 'year']) : { parts, iso: null };
  if (missing.length) {
    const words = missing.map((p) => partWords[p]);
    return fail(`${question.subject} must include a ${words.join(' and ')}`, missing);
  }
  if (!/^\d+$/.test(parts.year)) return fail(`${question.subject} must be a real date`, ['year']);
  if (parts.year.length !== 4) return fail('Year must include 4 numbers', ['year']);
  const day = /^\d{1,2}$/.test(parts.day) ? Number(parts.day) : Number.NaN;
  const month = monthNumber(parts.month);
  const year = Number(parts.year);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    Number.isNaN(date.getTime()) ||
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  ) {
    const wrong: Array<keyof DateParts> = [];
    if (!(day >= 1 && day <= 31)) wrong.push('day');
    if (!(month >= 1 && month <= 12)) wrong.push('month');
    return fail(`${question.subject} must be a real date`, wrong.length ? wrong : ['day']);
  }
  const iso = date.toISOString().slice(0, 10);
  if (question.notFuture && iso > (question.today ?? londonToday()))
    return fail(`${question.subject} must be today or in the past`, ['day', 'month', 'year']);
  return { parts, iso };
}

/** Today's date in the UK (Europe/London), YYYY-MM-DD: the calendar day a person sees. */
export function londonToday(now: Date = new Date()): string {
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** The day before the same date `years` on: the last day of a period that starts on `iso`. */
export function lastDayAfterYears(iso: string, years: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y + years, m - 1, d - 1));
  return date.toISOString().slice(0, 10);
}

/** A form's date problems as the API's issues, so one summary shows them with the API's. */
export function dateIssues(
  answers: Record<string, DateAnswer>,
): Array<{ field: string[]; message: string }> {
  return Object.entries(answers).flatMap(([name, answer]) =>
    answer.problem ? [{ field: [name], message: answer.problem.message }] : [],
  );
}
