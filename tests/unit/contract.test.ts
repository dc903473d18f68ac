/**
 * The contract package (schema/): the introspection types gql.tada reads must be the ones the
 * printed SDL gives, and a document that disagrees with the schema must fail the contract's
 * typecheck (`pnpm typecheck` runs it), naming the field, while the same document spelt right
 * passes.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const contract = join(import.meta.dirname, '../../schema');
const gqlTada = (...args: string[]) =>
  spawnSync(join(contract, 'node_modules/.bin/gql.tada'), args, {
    cwd: contract,
    encoding: 'utf8',
  });

describe('the GraphQL contract', () => {
  it('holds the introspection types of the committed SDL (run `pnpm schema:print` after changing the API)', () => {
    const folder = mkdtempSync(join(tmpdir(), 'contract-'));
    try {
      const fresh = join(folder, 'graphql-env.d.ts');
      const run = gqlTada('generate', 'output', '--output', fresh);
      expect(run.status, run.stderr + run.stdout).toBe(0);
      expect(readFileSync(join(contract, 'graphql-env.d.ts'), 'utf8')).toBe(
        readFileSync(fresh, 'utf8'),
      );
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 180_000);

  it('refuses a document that asks for a field the schema does not have, naming it', () => {
    const run = gqlTada('check', '--tsconfig', 'fixtures/misspelt-field/tsconfig.json');
    const output = run.stdout + run.stderr;
    expect(run.status, output).not.toBe(0);
    expect(output).toContain('Cannot query field "titel" on type "Programme"');
    expect(output).toContain('fixtures/misspelt-field/document.ts');
  }, 180_000);

  it('passes the same document spelt as the schema has it', () => {
    const run = gqlTada('check', '--tsconfig', 'fixtures/good-field/tsconfig.json');
    expect(run.status, run.stdout + run.stderr).toBe(0);
  }, 180_000);
});
