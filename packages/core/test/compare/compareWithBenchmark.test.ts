import { describe, expect, it } from 'vitest';
// Imported from the source folders (not '@cjsnsa/core') so these tests run while other core folders are in progress.
import { compareWithBenchmark } from '../../src/compare/index.js';
import { messages } from '../../src/messages.js';

// Source: [FT] fingertips-open PholioVisualisationWS/AnalysisTest/SingleOverlappingCIsForTwoCILevelsComparerTest.cs
// @678089724a — area LowerCI99_8 2.3, LowerCI95 2.5, Value 2.6, UpperCI95 2.7, UpperCI99_8 2.9; expected
// Significance for benchmark values 3.0, 2.8, 2.6, 2.4, 2.2. One-level rules: methods.md §8 method 1.
const area = { value: 2.6, lower: 2.5, upper: 2.7, lower998: 2.3, upper998: 2.9 };

describe('compareWithBenchmark(area, benchmark, {polarity, method})', () => {
  it("two-level: reproduces Fingertips' SingleOverlappingCIsForTwoCILevelsComparer test", () => {
    const two = (b: number, polarity: 'high-is-good' | 'low-is-good') => compareWithBenchmark(area, b, { polarity, method: 'two-level' });
    expect(two(3.0, 'low-is-good')).toBe('Best');
    expect(two(3.0, 'high-is-good')).toBe('Worst');
    expect(two(2.8, 'low-is-good')).toBe('Better');
    expect(two(2.8, 'high-is-good')).toBe('Worse');
    expect(two(2.6, 'low-is-good')).toBe('Similar');
    expect(two(2.6, 'high-is-good')).toBe('Similar');
    expect(two(2.4, 'low-is-good')).toBe('Worse');
    expect(two(2.4, 'high-is-good')).toBe('Better');
    expect(two(2.2, 'low-is-good')).toBe('Worst');
    expect(two(2.2, 'high-is-good')).toBe('Best');
  });

  it('ci95: benchmark inside the 95% CI is Similar, including the boundary', () => {
    expect(compareWithBenchmark(area, 2.5, { polarity: 'high-is-good' })).toBe('Similar');
    expect(compareWithBenchmark(area, 2.7, { polarity: 'high-is-good' })).toBe('Similar');
    expect(compareWithBenchmark(area, 2.8, { polarity: 'high-is-good' })).toBe('Worse');
    expect(compareWithBenchmark(area, 2.4, { polarity: 'high-is-good' })).toBe('Better');
    expect(compareWithBenchmark(area, 2.8, { polarity: 'low-is-good' })).toBe('Better');
    expect(compareWithBenchmark(area, 3.0, { polarity: 'low-is-good' })).toBe('Better'); // one level never gives Best
  });

  it('ci998: uses the 99.8% limits only', () => {
    expect(compareWithBenchmark(area, 2.8, { polarity: 'high-is-good', method: 'ci998' })).toBe('Similar');
    expect(compareWithBenchmark(area, 3.0, { polarity: 'high-is-good', method: 'ci998' })).toBe('Worse');
  });

  it('no-judgement polarity gives Higher / Lower', () => {
    expect(compareWithBenchmark(area, 2.4, { polarity: 'no-judgement' })).toBe('Higher');
    expect(compareWithBenchmark(area, 2.8, { polarity: 'no-judgement' })).toBe('Lower');
    expect(compareWithBenchmark(area, 3.0, { polarity: 'no-judgement', method: 'two-level' })).toBe('Lower');
    expect(compareWithBenchmark(area, 2.6, { polarity: 'no-judgement' })).toBe('Similar');
  });

  it("is 'Not compared' when anything needed is missing", () => {
    expect(compareWithBenchmark(area, null, { polarity: 'high-is-good' })).toBe('Not compared');
    expect(compareWithBenchmark({ ...area, value: null }, 2.6, { polarity: 'high-is-good' })).toBe('Not compared');
    expect(compareWithBenchmark({ ...area, lower: null }, 2.6, { polarity: 'high-is-good' })).toBe('Not compared');
    expect(compareWithBenchmark({ value: 2.6, lower: 2.5, upper: 2.7 }, 3, { polarity: 'high-is-good', method: 'ci998' })).toBe('Not compared');
    expect(compareWithBenchmark({ value: 2.6, lower: 2.5, upper: 2.7 }, 3, { polarity: 'high-is-good', method: 'two-level' })).toBe('Not compared');
  });

  it('rejects an unknown polarity or method', () => {
    // @ts-expect-error polarity is a closed union
    expect(() => compareWithBenchmark(area, 2, { polarity: 'up' })).toThrow(messages.unknownOption('polarity', 'up', ['high-is-good', 'low-is-good', 'no-judgement']));
    // @ts-expect-error method is a closed union
    expect(() => compareWithBenchmark(area, 2, { polarity: 'high-is-good', method: 'spc' })).toThrow(messages.unknownOption('method', 'spc', ['ci95', 'ci998', 'two-level']));
  });
});
