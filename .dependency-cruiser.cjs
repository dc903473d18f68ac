/**
 * Import rules the code keeps (docs/architecture.md explains them). `pnpm lint` runs this;
 * tests/lint/ shows each rule refusing a fixture that breaks it.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment:
        'Files form layers; a cycle means two of them are one, or a rule is misplaced. ' +
        'A cycle closed only by `import type` is erased at run time and allowed.',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'no-module-cycles',
      severity: 'error',
      comment: 'A domain module (a folder under api/src/modules) never reaches back to itself.',
      scope: 'folder',
      from: { path: '(^|/)api/src/modules/' },
      to: { circular: true },
    },
    {
      name: 'shared-imports-no-module',
      severity: 'error',
      comment: 'api/src/modules/shared holds scalars, dates and helpers every module uses.',
      from: { path: '(^|/)api/src/modules/shared/' },
      to: { path: '(^|/)api/src/(modules/(?!shared/)|builder\\.ts|schema\\.ts)' },
    },
    {
      name: 'reminder-job-loads-no-schema',
      severity: 'error',
      comment:
        'The reminder pass runs as a job: it reads the deadlines list and the rules, never the ' +
        'GraphQL schema and the authorisation chain the builder brings with it.',
      from: { path: '(^|/)api/src/modules/reminders/reminder\\.(pass|queue)\\.ts$' },
      to: { path: '(^|/)api/src/(builder|schema)\\.ts$', reachable: true },
    },
    {
      name: 'web-reaches-api-only-through-the-contract',
      severity: 'error',
      comment: 'The web talks to the API over GraphQL; it may share the schema, never the code.',
      from: { path: '(^|/)web/' },
      to: { path: '(^|/)(api|prisma)/' },
    },
    {
      name: 'no-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true, pathNot: '^\\$(app|lib|env)|^\\./\\$types$|^\\$types$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(node_modules|/\\.svelte-kit/|/generated/|tests/unit/fixtures/)' },
    tsPreCompilationDeps: true,
    combinedDependencies: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: {
      extensions: ['.ts', '.js', '.svelte', '.d.ts'],
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types'],
    },
  },
};
