/**
 * `pnpm lint` refuses what the project's habits forbid. Each fixture breaks one rule on purpose,
 * so a rule that stopped working (a bad pattern, a tool upgrade) fails here rather than silently.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ESLint } from 'eslint';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const fixtures = join(import.meta.dirname, 'fixtures/lint');
const bin = (name: string) => join(root, 'node_modules/.bin', name);

function run(command: string, args: string[], cwd = root) {
  try {
    return { status: 0, output: execFileSync(command, args, { cwd, encoding: 'utf8' }) };
  } catch (error) {
    const { status, stdout, stderr } = error as { status: number; stdout: string; stderr: string };
    return { status, output: `${stdout}${stderr}` };
  }
}

describe('import rules (dependency-cruiser)', () => {
  const cruise = () =>
    run(bin('depcruise'), [
      'tests/unit/fixtures/lint/modules',
      '--config',
      '.dependency-cruiser.cjs',
      '--no-cache',
      '--exclude',
      'node_modules',
    ]);

  it('refuses a cycle between two modules, a shared file importing a module or the builder, and the web importing API code', () => {
    const { status, output } = cruise();
    expect(status).not.toBe(0);
    expect(output).toMatch(/no-module-cycles: .*modules\/(plans|ratings)/);
    expect(output).toMatch(/no-cycles: .*plan\.rules\.ts/);
    expect(output).toMatch(/shared-imports-no-module: .*shared\/calendar\.ts/);
    expect(output).toMatch(/shared-imports-no-module: .*shared\/scalars\.ts → .*src\/builder\.ts/);
    expect(output).toMatch(/web-reaches-api-only-through-the-contract: .*web\/src\/page\.ts/);
  });
});

describe('pnpm lint', () => {
  it('runs the formatter, the linter (no warnings allowed), the import rules and knip, and pnpm test runs it', () => {
    const { scripts } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const steps = String(scripts.lint)
      .split('&&')
      .map((step) => step.trim());
    expect(steps).toEqual([
      'prettier --check .',
      'eslint . --max-warnings 0',
      'pnpm lint:imports',
      'pnpm lint:dead',
    ]);
    expect(String(scripts['lint:imports'])).toMatch(
      /^depcruise .*--config \.dependency-cruiser\.cjs/,
    );
    expect(String(scripts['lint:dead'])).toMatch(/^knip\b/);
    expect(
      String(scripts.test)
        .split('&&')
        .map((step) => step.trim()),
    ).toContain('pnpm lint');
  });
});

describe('dead code (knip)', () => {
  it('names an export nothing imports', () => {
    const { status, output } = run(
      bin('knip'),
      ['--directory', join(fixtures, 'unused'), '--include', 'exports', '--no-progress'],
      root,
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/urgentNotificationDays\s+deadlines\.ts/);
    expect(output).not.toMatch(/daysToRespond/);
  });
});

describe('mutations in one shape (ESLint)', () => {
  const code = [
    "import { assertWritten } from '../shared/concurrency.ts';",
    "import { audit } from '../shared/audit.ts';",
    'export const steps = [assertWritten, audit];',
    '',
  ].join('\n');
  const refusals = async (filePath: string) => {
    const [result] = await new ESLint({ cwd: root }).lintText(code, { filePath });
    return result!.messages.map((m) => m.message);
  };

  it('refuses a mutation that audits, or checks a version, by itself', async () => {
    expect(await refusals('api/src/modules/programmes/programme.mutations.ts')).toEqual([
      expect.stringMatching(/through changeVersioned or setVersioned/),
      expect.stringMatching(/Audit through inMutation/),
    ]);
    // Signing in audits itself, but changes a versioned account like any other mutation.
    expect(await refusals('api/src/modules/access/account.mutations.ts')).toEqual([
      expect.stringMatching(/through changeVersioned or setVersioned/),
    ]);
    expect(await refusals('api/src/modules/shared/mutation.ts')).toEqual([]);
  });
});

describe('formatting (Prettier)', () => {
  it('finds an unformatted file unformatted, with the project’s own settings', async () => {
    const file = join(fixtures, 'format/unformatted.ts');
    const options = {
      ...(await prettier.resolveConfig(join(root, 'api/src/x.ts'))),
      filepath: file,
    };
    expect(await prettier.check(readFileSync(file, 'utf8'), options)).toBe(false);
    const formatted = await prettier.format(readFileSync(file, 'utf8'), options);
    expect(formatted).toBe('export const unformatted = { a: 1, b: 2 };\n');
  });
});
