import { describe, expect, it } from 'vitest';
import { compareWithBenchmark } from '../../src/compare/index.js';

// Benchmarks exactly on a limit, and missing limits, for the two-level comparison (docs/methods.md,
// "Benchmark comparison": a benchmark on a limit is inside it). The area is Fingertips'
// SingleOverlappingCIsForTwoCILevelsComparerTest.cs area (see compareWithBenchmark.test.ts); no number is
// worked: each benchmark is one of the area's own limits. Added for survivors of the mutation run.
const area = { value: 2.6, lower: 2.5, upper: 2.7, lower998: 2.3, upper998: 2.9 };
const two = (b: number, a: typeof area = area) => compareWithBenchmark(a, b, { polarity: 'high-is-good', method: 'two-level' });

describe('compareWithBenchmark two-level, benchmark on a limit', () => {
  it('on the 95% limits is Similar', () => {
    expect(two(2.5)).toBe('Similar');
    expect(two(2.7)).toBe('Similar');
  });

  it('on the 99.8% limits is outside the 95% interval but not extreme', () => {
    expect(two(2.3)).toBe('Better');
    expect(two(2.9)).toBe('Worse');
    expect(two(2.29)).toBe('Best');
    expect(two(2.91)).toBe('Worst');
  });

  it('on the 99.8% limits with ci998 alone is Similar', () => {
    expect(compareWithBenchmark(area, 2.3, { polarity: 'high-is-good', method: 'ci998' })).toBe('Similar');
    expect(compareWithBenchmark(area, 2.9, { polarity: 'high-is-good', method: 'ci998' })).toBe('Similar');
  });
});

describe('compareWithBenchmark with missing or non-finite figures', () => {
  it.each(['lower', 'upper', 'lower998', 'upper998'] as const)('two-level without %s is Not compared', (key) => {
    expect(two(2.8, { ...area, [key]: null } as unknown as typeof area)).toBe('Not compared');
  });

  it('a value or benchmark that is NaN or infinite is Not compared', () => {
    expect(two(2.8, { ...area, value: NaN })).toBe('Not compared');
    expect(two(NaN)).toBe('Not compared');
    expect(two(Infinity)).toBe('Not compared');
  });
});
