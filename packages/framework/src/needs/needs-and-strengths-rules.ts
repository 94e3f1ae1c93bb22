/** How an area compares with its benchmark, collapsed for classification. */
export type ComparisonClass = 'better' | 'similar' | 'worse' | 'none';
/** How an area's trend reads, collapsed for classification. */
export type TrendClass = 'improving' | 'no change' | 'worsening' | 'none';
/** The classification of one indicator in one area. */
export type NeedsClassification = 'Need' | 'Strength' | 'Mixed' | 'Stable' | 'Insufficient data';

/** One row of the classification rule table. */
export interface NeedsAndStrengthsRule {
  comparison: ComparisonClass;
  trend: TrendClass;
  classification: NeedsClassification;
  /** The rule in plain English; `{benchmark}` is replaced by "Scotland" or the group name. */
  rule: string;
}

/**
 * The needs-and-strengths rule table: **this toolkit's own rule**, not a
 * Community Justice Scotland rule (no CJS rule was found; domain.md §2.2). It
 * crosses the latest comparison with the benchmark (Better/Best → better,
 * Worse/Worst → worse, Similar, or none when not compared) with the recent
 * trend (getting better → improving, getting worse → worsening, No
 * significant change, or none when it cannot be calculated). Being worse than
 * the benchmark or getting worse points to a need; being better or improving
 * to a strength; one of each is mixed.
 *
 * @example
 * ```ts
 * NEEDS_AND_STRENGTHS_RULES.find((r) => r.comparison === 'worse' && r.trend === 'worsening')?.classification; // 'Need'
 * ```
 */
export const NEEDS_AND_STRENGTHS_RULES: readonly NeedsAndStrengthsRule[] = Object.freeze([
  { comparison: 'worse', trend: 'worsening', classification: 'Need', rule: 'Worse than {benchmark} and getting worse.' },
  { comparison: 'worse', trend: 'no change', classification: 'Need', rule: 'Worse than {benchmark}, with no significant change.' },
  { comparison: 'worse', trend: 'none', classification: 'Need', rule: 'Worse than {benchmark}; the trend cannot be calculated.' },
  { comparison: 'worse', trend: 'improving', classification: 'Mixed', rule: 'Worse than {benchmark} but getting better.' },
  { comparison: 'similar', trend: 'worsening', classification: 'Need', rule: 'Similar to {benchmark} but getting worse.' },
  { comparison: 'similar', trend: 'no change', classification: 'Stable', rule: 'Similar to {benchmark}, with no significant change.' },
  { comparison: 'similar', trend: 'none', classification: 'Stable', rule: 'Similar to {benchmark}; the trend cannot be calculated.' },
  { comparison: 'similar', trend: 'improving', classification: 'Strength', rule: 'Similar to {benchmark} and getting better.' },
  { comparison: 'better', trend: 'worsening', classification: 'Mixed', rule: 'Better than {benchmark} but getting worse.' },
  { comparison: 'better', trend: 'no change', classification: 'Strength', rule: 'Better than {benchmark}, with no significant change.' },
  { comparison: 'better', trend: 'none', classification: 'Strength', rule: 'Better than {benchmark}; the trend cannot be calculated.' },
  { comparison: 'better', trend: 'improving', classification: 'Strength', rule: 'Better than {benchmark} and getting better.' },
  { comparison: 'none', trend: 'worsening', classification: 'Need', rule: 'Getting worse (not compared with {benchmark}).' },
  { comparison: 'none', trend: 'no change', classification: 'Stable', rule: 'No significant change (not compared with {benchmark}).' },
  { comparison: 'none', trend: 'improving', classification: 'Strength', rule: 'Getting better (not compared with {benchmark}).' },
  { comparison: 'none', trend: 'none', classification: 'Insufficient data', rule: 'Neither a comparison with {benchmark} nor a trend can be made.' },
] as NeedsAndStrengthsRule[]);
