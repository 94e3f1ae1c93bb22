import type { IndicatorDefinition } from '../definitions/indicator-definition.js';
import type { ProportionPair } from './proportion-pairs.js';

/**
 * Internal: the ratios of two flows among definitions: percentages of two
 * counted items that "can exceed 100%" (`strictProportion: false`), such as
 * diversion cases completed over cases commenced in the same year, where a
 * case completed may have commenced in an earlier year. Their numerator may
 * pass the denominator (a warning), but not by far (a problem): see
 * `validateObservations`.
 */
export function flowRatioPairs(definitions: readonly IndicatorDefinition[]): ProportionPair[] {
  const pairs = new Map<string, ProportionPair>();
  for (const d of definitions) {
    if (d.measure !== 'percentage' || d.strictProportion || !d.denominator || !('item' in d.denominator)) continue;
    if (d.numerator.item === d.denominator.item) continue;
    const key = `${d.numerator.item}.${d.numerator.field}|${d.denominator.item}.${d.denominator.field}`;
    const pair = pairs.get(key) ?? { numerator: d.numerator, denominator: d.denominator, indicators: [] };
    pair.indicators.push(d.id);
    pairs.set(key, pair);
  }
  return [...pairs.values()];
}
