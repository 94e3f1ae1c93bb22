// Internal: the label of a significant difference, by polarity (not part of the public API).
import type { Comparison } from './compareWithBenchmark.js';
import type { Polarity } from './Polarity.js';

/**
 * 'Better'/'Worse' (or 'Best'/'Worst' when `extreme`) by polarity, or
 * 'Higher'/'Lower' with no judgement, for an area significantly above
 * (`areaAbove`) or below its benchmark (Fingertips' `AdjustForPolarity`).
 */
export function comparisonLabel(polarity: Polarity, areaAbove: boolean, extreme = false): Comparison {
  if (polarity === 'no-judgement') return areaAbove ? 'Higher' : 'Lower';
  const good = polarity === 'high-is-good' ? areaAbove : !areaAbove;
  if (extreme) return good ? 'Best' : 'Worst';
  return good ? 'Better' : 'Worse';
}
