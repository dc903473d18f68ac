/** Checks on what the tracking forms send, made before the API sees them. */
import { londonToday } from '#lib/dates.ts';

/** Today's date in the UK, as the API reckons it too, for defaults that it will accept. */
export const today = () => londonToday();

/**
 * Several small forms on one page share field names, so an issue is keyed by its field and the
 * response it is about ("reasons-<id>"): the error appears beside the right form, and the error
 * summary links to the right control. Issues about fields the form does not show go to `fallback`.
 */
export function issuesFor(
  issues: Array<{ field: string[]; message: string }>,
  id: string,
  shown: readonly string[],
  fallback: string,
) {
  return issues.map((issue) => {
    const field = [...issue.field].reverse().find((part) => Number.isNaN(Number(part)));
    return {
      message: issue.message,
      field: [`${field && shown.includes(field) ? field : fallback}-${id}`],
    };
  });
}
