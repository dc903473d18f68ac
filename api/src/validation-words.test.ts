import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { inWords } from './validation-words.ts';

const messageOf = (schema: z.ZodType, value: unknown) =>
  schema.safeParse(value).error?.issues[0]?.message ?? '';

describe('a field’s own check in words', () => {
  it('says a limit in words, and names the field', () => {
    expect(inWords(messageOf(z.string().max(100), 'x'.repeat(101)), ['input', 'shortName'])).toBe(
      'Short name must be 100 characters or fewer',
    );
    expect(inWords(messageOf(z.string().max(2000), 'x'.repeat(2001)), ['input', 'notes'])).toBe(
      'Notes must be 2,000 characters or fewer',
    );
    expect(inWords(messageOf(z.string().url(), 'not a url'), ['input', 'publishedUrl'])).toBe(
      'Published web address must be a web address, like https://www.gov.uk',
    );
    expect(
      inWords(messageOf(z.array(z.string()).max(4), ['a', 'b', 'c', 'd', 'e']), ['days']),
    ).toBe('Days must have 4 items or fewer');
    expect(inWords(messageOf(z.number().int().min(1), 0), ['input', 'phases', '2', 'weeks'])).toBe(
      'Weeks must be 1 or more',
    );
  });

  it('leaves a field’s own message as it was written', () => {
    const schema = z.string().trim().min(3, 'Give the plan a title.');
    expect(inWords(messageOf(schema, 'x'), ['input', 'title'])).toBe('Give the plan a title.');
  });
});
