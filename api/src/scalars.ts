import { builder } from './builder.ts';
import { InvalidInputError } from './errors.ts';

/**
 * The years a date in this service can fall in: inspections, ratings and deadlines are in living
 * memory or planned within a lifetime. Outside them (year 0000, say, or JavaScript's last year,
 * 275760) a date is a typing slip, and PostgreSQL could not store some of them anyway.
 */
const earliestYear = 1900;
const latestYear = 2200;

function assertSaneYear(date: Date, written: string): void {
  const year = date.getUTCFullYear();
  if (year < earliestYear || year > latestYear)
    throw new InvalidInputError(
      [],
      `"${written}" is not a date this service can use: give a year from ${earliestYear} to ${latestYear}.`,
    );
}

/** A calendar date, written YYYY-MM-DD: the form statutory deadlines and terms are stated in. */
builder.scalarType('Date', {
  description: 'A calendar date in the form YYYY-MM-DD.',
  serialize: (value) => value.toISOString().slice(0, 10),
  parseValue: (value) => {
    const date =
      typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
        ? new Date(`${value}T00:00:00Z`)
        : undefined;
    // Date.parse rolls 30 February over into March; a date must read back as it was written.
    if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
      throw new InvalidInputError([], `"${String(value)}" is not a date in the form YYYY-MM-DD.`);
    }
    assertSaneYear(date, String(value));
    return date;
  },
});

builder.scalarType('DateTime', {
  description: 'An instant, as an ISO 8601 string in UTC.',
  serialize: (value) => value.toISOString(),
  parseValue: (value) => {
    if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) {
      throw new InvalidInputError([], `"${String(value)}" is not an ISO 8601 date and time.`);
    }
    const instant = new Date(value);
    assertSaneYear(instant, value);
    return instant;
  },
});
