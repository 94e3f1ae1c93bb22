import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

// The configuration of mutation runs (stryker.config.mjs): the project's own, with more time per test. Stryker
// instruments every mutant into the code at once and records which test covers which, so the property tests of
// reading (many random files of several chunks each) take several times their usual time there.
export default mergeConfig(base, defineConfig({ test: { testTimeout: 600_000 } }));
