import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The committed reference values (test/fixtures/references.json) must be what
// scripts/references/core_references.py computes, with whichever `python3` is first on PATH (the script is
// written so that Debian's scipy 1.10.1 and scipy 1.17.1 give the same values to 1e-14: exact rationals and
// mpmath where scipy's releases or the machine's summation order differ). Needs python3 with scipy and mpmath (Debian: python3-scipy, python3-mpmath);
// without it the check is skipped with a message saying so.
const script = fileURLToPath(new URL('../../../scripts/references/core_references.py', import.meta.url));
const committed = fileURLToPath(new URL('./fixtures/references.json', import.meta.url));
const probe = spawnSync('python3', ['-c', 'import scipy, numpy, mpmath'], { encoding: 'utf8' });
const hasScipy = probe.status === 0;
if (!hasScipy) {
  console.warn('references.test.ts: skipped, python3 with scipy and mpmath is not installed (apt-get install python3-scipy python3-mpmath); ' +
    'the committed reference values were not re-derived in this run.');
}

/** Numbers equal to 1e-12 relative (scipy releases may differ in the last bits); everything else exactly. */
function expectSame(actual: unknown, expected: unknown, path: string): void {
  if (typeof expected === 'number' && typeof actual === 'number') {
    const scale = Math.max(Math.abs(expected), 1e-300);
    if (Math.abs(actual - expected) / scale > 1e-12) expect.fail(`${path}: script ${actual}, committed ${expected}`);
    return;
  }
  if (Array.isArray(expected)) {
    expect(Array.isArray(actual), path).toBe(true);
    expect((actual as unknown[]).length, path).toBe(expected.length);
    expected.forEach((e, i) => expectSame((actual as unknown[])[i], e, `${path}[${i}]`));
    return;
  }
  if (expected && typeof expected === 'object') {
    expect(Object.keys(actual as object).sort(), path).toEqual(Object.keys(expected).sort());
    for (const k of Object.keys(expected)) expectSame((actual as Record<string, unknown>)[k], (expected as Record<string, unknown>)[k], `${path}.${k}`);
    return;
  }
  expect(actual, path).toEqual(expected);
}

describe('reference values (scripts/references/core_references.py)', () => {
  it.skipIf(!hasScipy)('the committed JSON is what the script computes now', () => {
    const out = execFileSync('python3', [script, '--stdout'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const fresh = JSON.parse(out);
    const saved = JSON.parse(readFileSync(committed, 'utf8'));
    // the scipy version that wrote it may differ from the one installed here
    delete fresh._about.scipy;
    delete saved._about.scipy;
    // the sections the tests read, so that a script or a JSON without one of them fails here too
    for (const section of ['chiSquareTrend', 'gammaFunctions', 'slopeIndexSimulation', 'recentTrendLeaveOneOut', 'poissonUpperAtZero',
      'slopeIndexReliability', 'funnelAxisRounding', 'funnelPlotAxis', 'spcControlLimits', 'funnelLimitsExact', 'funnelSizes',
      'recentTrendExtraBoundaries', 'handWorkedMeasures', 'recentTrendChange', 'scotphoSiiExact']) {
      expect(Object.keys(fresh), section).toContain(section);
    }
    expect(Object.keys(fresh.gammaFunctions)).toContain('smallQuantiles');
    expectSame(fresh, saved, 'references');
  }, 120_000);
});
