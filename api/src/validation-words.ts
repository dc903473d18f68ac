/**
 * What a field's own check says when its `validate` gives no message of its own: a limit in
 * words ("must be 100 characters or fewer"), never Zod's "Too big: expected string to have
 * <=100 characters". `inWords` then names the field the issue is on, as GOV.UK error messages
 * do: "Short name must be 100 characters or fewer".
 */
import { z } from 'zod';

const count = (n: number | bigint) => Number(n).toLocaleString('en-GB');

/** A limit's words, without the field's name; undefined leaves Zod's own message. */
function limitInWords(issue: z.core.$ZodRawIssue): string | undefined {
  const { code } = issue;
  if (code === 'too_big' || code === 'too_small') {
    const limit = code === 'too_big' ? issue.maximum : issue.minimum;
    const side = code === 'too_big' ? 'fewer' : 'more';
    if (issue.origin === 'string') {
      if (code === 'too_small' && Number(limit) === 1) return 'must not be empty';
      return `must be ${count(limit)} characters or ${side}`;
    }
    if (issue.origin === 'array' || issue.origin === 'set')
      return `must have ${count(limit)} items or ${side}`;
    if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint')
      return `must be ${count(limit)} or ${code === 'too_big' ? 'less' : 'more'}`;
  }
  if (code === 'invalid_format') {
    if (issue.format === 'url') return 'must be a web address, like https://www.gov.uk';
    if (issue.format === 'email') return 'must be an email address, like name@example.com';
  }
  return undefined;
}

z.config({ customError: limitInWords });

/** "shortName" → "Short name", "publishedUrl" → "Published web address". */
function fieldInWords(field: string): string {
  const words = field
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/\burl\b/g, 'web address');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The message as a person reads it: a limit in words gets the field's name in front. */
export function inWords(message: string, path: string[]): string {
  if (!/^must /.test(message)) return message;
  const field = [...path].reverse().find((segment) => !/^\d+$/.test(segment));
  return `${field ? fieldInWords(field) : 'This'} ${message}`;
}
