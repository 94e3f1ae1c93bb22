import type { DataItemReference, IndicatorDefinition } from '../definitions/indicator-definition.js';

/** Internal: a numerator and denominator that must satisfy numerator ≤ denominator. */
export interface ProportionPair {
  numerator: DataItemReference;
  denominator: DataItemReference;
  /** the indicators that are this proportion */
  indicators: string[];
}

/**
 * Internal: the strict proportions among definitions: percentages of two
 * counts where the numerator counts a subset of the denominator, so a
 * numerator above its denominator is an error in the data. A percentage
 * that "can exceed 100%" (a ratio of two flows in the same
 * year, `strictProportion: false` in its definition) is not one. `ids`
 * replaces the choice by a list of indicator ids.
 */
export function proportionPairs(definitions: IndicatorDefinition[], ids?: readonly string[]): ProportionPair[] {
  const pairs = new Map<string, ProportionPair>();
  for (const d of definitions) {
    if (!d.denominator || !('item' in d.denominator)) continue;
    const strict = ids ? ids.includes(d.id) : d.measure === 'percentage' && d.strictProportion;
    if (!strict) continue;
    const key = `${d.numerator.item}.${d.numerator.field}|${d.denominator.item}.${d.denominator.field}`;
    const pair = pairs.get(key) ?? { numerator: d.numerator, denominator: d.denominator, indicators: [] };
    pair.indicators.push(d.id);
    pairs.set(key, pair);
  }
  return [...pairs.values()];
}
