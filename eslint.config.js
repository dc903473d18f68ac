// One lint configuration for the workspace. Formatting is Prettier's job (eslint-config-prettier
// turns off the rules that would argue with it); this file keeps the rules that find mistakes.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

const auditedByName = {
  group: ['**/shared/audit.ts'],
  importNames: ['audit'],
  message: 'Audit through inMutation (shared/mutation.ts), under the mutation’s name.',
};
// A versioned record is changed through changeVersioned or setVersioned, so that every mutation
// reads, checks its input, checks the version, applies its rules, writes and audits in that order.
const versionedInOneShape = {
  group: ['**/shared/concurrency.ts'],
  importNames: ['assertCurrentVersion', 'assertWritten'],
  message:
    'Change a versioned record through changeVersioned or setVersioned (shared/mutation.ts).',
};

export default ts.config(
  {
    ignores: [
      '**/node_modules/',
      'prisma/generated/',
      'web/.svelte-kit/',
      'web/build/',
      'tests/test-results/',
      'tests/playwright-report/',
      'tests/bench/results/',
      'tests/unit/fixtures/',
      'data/',
      '.tmp/',
    ],
  },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs['flat/recommended'],
  prettier,
  ...svelte.configs['flat/prettier'],
  {
    languageOptions: { globals: { ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      // A handler set after the closure that reads it is created is still one assignment.
      'prefer-const': ['error', { destructuring: 'all', ignoreReadBeforeAssign: true }],
      eqeqeq: ['error', 'smart'],
      'no-console': 'off',
    },
  },
  {
    // The web app is served from the root with plain links, so that pages work without
    // JavaScript; there is no base path for resolve() to add.
    files: ['web/src/**'],
    rules: { 'svelte/no-navigation-without-resolve': 'off' },
  },
  {
    // Tests and the bench read GraphQL answers whose shape the documents give; until they are
    // typed from the contract (issue 14) an `any` there is the honest type.
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // A mutation audits through shared/mutation.ts, under its own name, so that the trail's
    // action cannot drift from the mutation's. Signing in audits a sign-in whichever way it came.
    files: ['api/src/**/*.ts'],
    ignores: [
      'api/src/modules/shared/mutation.ts',
      'api/src/modules/access/account.mutations.ts',
      'api/src/modules/access/openid-connect.ts',
    ],
    rules: {
      'no-restricted-imports': ['error', { patterns: [auditedByName, versionedInOneShape] }],
    },
  },
  {
    files: [
      'api/src/modules/access/account.mutations.ts',
      'api/src/modules/access/openid-connect.ts',
    ],
    rules: { 'no-restricted-imports': ['error', { patterns: [versionedInOneShape] }] },
  },
  {
    files: ['web/static/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['web/src/**/*.svelte', 'web/src/**/*.svelte.ts'],
    languageOptions: {
      globals: { ...globals.browser },
      parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] },
    },
    // `let { … } = $props()` is how Svelte 5 takes props: svelte/prefer-const knows that.
    rules: { 'prefer-const': 'off', 'svelte/prefer-const': 'error' },
  },
);
