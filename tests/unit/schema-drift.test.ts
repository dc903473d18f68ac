import { schema } from '@cjji/api/schema';
import { printSchema } from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('the committed GraphQL schema', () => {
  it('matches the schema the code builds (run `pnpm schema:print` after changing the API)', () => {
    const committed = readFileSync(
      join(import.meta.dirname, '../../schema/schema.graphql'),
      'utf8',
    );
    expect(committed).toBe(`${printSchema(schema)}\n`);
  });
});
