// Mutation testing of @cjsnsa/core with StrykerJS and its vitest runner.
// Run with `pnpm mutation` (not part of `pnpm test`: a full run takes a long time).
// Narrow it with --mutate, e.g.
//   pnpm mutation --mutate 'packages/core/src/trend/**/*.ts'
// Results and how to read them: docs/methods.md, "Mutation testing".

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  // Runs only core's tests: the root vitest config (with more time per test) and its test search limited to packages/core.
  vitest: { configFile: 'vitest.mutation.config.ts', dir: 'packages/core', related: true },
  mutate: ['packages/core/src/**/*.ts', '!packages/core/src/**/index.ts'],
  coverageAnalysis: 'perTest',
  // The sandbox needs core and the root config only; skip the large folders of other packages and data.
  ignorePatterns: [
    '/datasets', '/snsa-output', '/.stryker-tmp*', '/notebooks', '/bench', '/docs', '/test', '/out', '/reports',
    '/packages/charts/*', '/packages/framework/*', '/packages/report/*', '/packages/*/dist',
    // the root tsconfig.json references every package, and esbuild reads it
    '!/packages/*/tsconfig.json',
  ],
  concurrency: 2,
  timeoutMS: 10_000,
  // the first run, with coverage per test, takes longer than Stryker's default 5 minutes when io's property tests are in it
  dryRunTimeoutMinutes: 60,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
  thresholds: { high: 90, low: 75, break: null },
};
