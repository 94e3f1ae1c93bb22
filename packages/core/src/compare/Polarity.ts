/**
 * Which direction of an indicator is good: drives Better/Worse in
 * {@link compareWithBenchmark} and 'getting better'/'getting worse' in
 * `recentTrend`.
 *
 * 'no-judgement' is Fingertips' BlueOrangeBlue polarity (results read
 * Higher/Lower).
 *
 * @example
 * ```ts
 * const reconviction: Polarity = 'low-is-good';
 * ```
 */
export type Polarity = 'high-is-good' | 'low-is-good' | 'no-judgement';

/**
 * Every polarity.
 *
 * @example
 * ```ts
 * POLARITIES.includes('low-is-good'); // true
 * ```
 */
export const POLARITIES: readonly Polarity[] = ['high-is-good', 'low-is-good', 'no-judgement'];
