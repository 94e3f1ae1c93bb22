import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

// The configuration of mutation runs (stryker.config.mjs): the project's own, with more time per test. Stryker
// instruments every mutant into the code at once and records which test covers which, so the property tests of
// reading (many random files of several chunks each) take several times their usual time there. Those tests try a
// tenth of their cases (test/property-runs.ts): every mutant of the readers runs them again, so a full share made
// the io folder's run take most of a day on two cores. A mutant they would kill only with more cases counts as
// surviving: the io score is a lower bound.
export default mergeConfig(base, defineConfig({ test: { testTimeout: 600_000, env: { CJSNSA_PROPERTY_RUNS: '0.1' } } }));
