import type { NeedsBasis, NeedsClassification } from './needs-classification.js';

/**
 * How an area compares with its benchmark, collapsed for classification: `none` when not compared.
 *
 * @example
 * ```ts
 * NEEDS_AND_STRENGTHS_RULES.filter((r) => r.comparison === ('worse' satisfies ComparisonClass)); // the rules for a worse-than-benchmark result
 * ```
 */
export type ComparisonClass = 'better' | 'similar' | 'worse' | 'none';
/**
 * How an area's recent trend reads, collapsed for classification: `none` when no trend could be measured.
 *
 * @example
 * ```ts
 * NEEDS_AND_STRENGTHS_RULES.filter((r) => r.trend === ('improving' satisfies TrendClass)); // the rules for an improving trend
 * ```
 */
export type TrendClass = 'improving' | 'no change' | 'worsening' | 'none';

/**
 * One row of the classification table for indicators with a better/worse direction.
 *
 * @example
 * ```ts
 * const rule: NeedsAndStrengthsRule | undefined = NEEDS_AND_STRENGTHS_RULES.find((r) => r.comparison === 'worse' && r.trend === 'worsening');
 * rule?.basis; // 'comparison and trend'
 * ```
 */
export interface NeedsAndStrengthsRule {
  comparison: ComparisonClass;
  trend: TrendClass;
  classification: NeedsClassification;
  /** The significant results the call rests on; `null` when no call is made. */
  basis: NeedsBasis | null;
}

/**
 * The needs-and-strengths table for indicators with a better/worse direction
 * (polarity `high-is-good` or `low-is-good`): **this toolkit's own rule**, not
 * a Community Justice Scotland rule (no CJS rule was found; domain.md §2.2).
 *
 * It crosses the latest comparison with the benchmark (Better/Best → better,
 * Worse/Worst → worse, Similar, or none when not compared; the single
 * overlapping-interval rule of Fingertips and ScotPHO, methods.md §8) with
 * the recent trend (Fingertips recent-trend test, methods.md §9: getting
 * better → improving, getting worse → worsening, No significant change, or
 * none when it cannot be calculated). A need or strength is called only on a
 * statistically significant result: significantly worse, or getting worse, is
 * a need; significantly better, or getting better, a strength; one of each
 * is mixed. With nothing significant the call is 'No significant
 * difference', and with no trend measured either 'No trend'. Volume measures
 * and measures with no direction never reach this table (see
 * {@link classifyNeedsAndStrengths}).
 *
 * @example
 * ```ts
 * NEEDS_AND_STRENGTHS_RULES.find((r) => r.comparison === 'similar' && r.trend === 'worsening');
 * // { comparison: 'similar', trend: 'worsening', classification: 'Need', basis: 'trend' }
 * ```
 */
export const NEEDS_AND_STRENGTHS_RULES: readonly NeedsAndStrengthsRule[] = Object.freeze([
  { comparison: 'worse', trend: 'worsening', classification: 'Need', basis: 'comparison and trend' },
  { comparison: 'worse', trend: 'no change', classification: 'Need', basis: 'comparison' },
  { comparison: 'worse', trend: 'none', classification: 'Need', basis: 'comparison' },
  { comparison: 'worse', trend: 'improving', classification: 'Mixed', basis: 'comparison and trend' },
  { comparison: 'similar', trend: 'worsening', classification: 'Need', basis: 'trend' },
  { comparison: 'similar', trend: 'no change', classification: 'No significant difference', basis: null },
  { comparison: 'similar', trend: 'none', classification: 'No trend', basis: null },
  { comparison: 'similar', trend: 'improving', classification: 'Strength', basis: 'trend' },
  { comparison: 'better', trend: 'worsening', classification: 'Mixed', basis: 'comparison and trend' },
  { comparison: 'better', trend: 'no change', classification: 'Strength', basis: 'comparison' },
  { comparison: 'better', trend: 'none', classification: 'Strength', basis: 'comparison' },
  { comparison: 'better', trend: 'improving', classification: 'Strength', basis: 'comparison and trend' },
  { comparison: 'none', trend: 'worsening', classification: 'Need', basis: 'trend' },
  { comparison: 'none', trend: 'no change', classification: 'No significant difference', basis: null },
  { comparison: 'none', trend: 'improving', classification: 'Strength', basis: 'trend' },
  { comparison: 'none', trend: 'none', classification: 'No trend', basis: null },
] as NeedsAndStrengthsRule[]);
