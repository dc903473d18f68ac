import { buildSchema } from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { actionWords } from '../../web/src/routes/admin/audit/audit-words.ts';

/** Mutations that write nothing to the audit trail under their own name. */
const auditedOtherwise = new Set([
  // Starting an OpenID Connect sign-in writes nothing; completing it is audited as a sign-in.
  'startOpenIdSignIn',
  'completeOpenIdSignIn',
]);

describe('the audit trail in words', () => {
  it('words every mutation, since each is audited under its own name', () => {
    const schema = buildSchema(
      readFileSync(join(import.meta.dirname, '../../schema/schema.graphql'), 'utf8'),
    );
    const mutations = Object.keys(schema.getMutationType()!.getFields());
    expect(mutations.filter((name) => !auditedOtherwise.has(name) && !actionWords[name])).toEqual(
      [],
    );
  });
});
