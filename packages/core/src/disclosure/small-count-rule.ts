import { messages } from '../messages.js';

/**
 * The small-count rule a whole output is controlled with: counts from `min`
 * to `max` (inclusive) are withheld, and further cells are withheld so that
 * no withheld count can be worked out from the published totals (secondary
 * suppression, see {@link applyDisclosureControl}). It is one object, passed
 * from the `snsa` command or a notebook's first cell to every step that
 * publishes a count, and stated in every output ({@link describeSmallCountRule}).
 *
 * __Default value:__ {@link DEFAULT_SMALL_COUNT_RULE}, 1 to 4.
 *
 * @example
 * ```ts
 * const rule: SmallCountRule = smallCountRule({ minCount: 5 }); // { min: 1, max: 4 }
 * computeIndicators({ observations, disclosure: { min: rule.min, max: rule.max } });
 * ```
 */
export interface SmallCountRule {
  readonly min: number;
  readonly max: number;
}

/**
 * Counts of 1 to 4 withheld: the common convention of UK health and justice statistics.
 *
 * @example
 * ```ts
 * DEFAULT_SMALL_COUNT_RULE; // { min: 1, max: 4 }
 * describeSmallCountRule(DEFAULT_SMALL_COUNT_RULE).startsWith('Counts of 1 to 4 are withheld'); // true
 * ```
 */
export const DEFAULT_SMALL_COUNT_RULE: SmallCountRule = Object.freeze({ min: 1, max: 4 });

/**
 * Check and complete a small-count rule. `minCount` is the smallest count
 * that may be published (so `{ minCount: 10 }` withholds 1 to 9); `min` and
 * `max` give the withheld range directly. Zero is published unless `min` is 0.
 *
 * @throws `RangeError` (catalogued message) for anything but whole numbers with 0 ≤ min ≤ max
 * @example
 * ```ts
 * smallCountRule({ minCount: 10 }); // { min: 1, max: 9 }
 * smallCountRule(); // { min: 1, max: 4 }
 * ```
 */
export function smallCountRule(input: { min?: number; max?: number; minCount?: number } = {}): SmallCountRule {
  const min = input.min ?? DEFAULT_SMALL_COUNT_RULE.min;
  const max = input.minCount !== undefined ? input.minCount - 1 : (input.max ?? DEFAULT_SMALL_COUNT_RULE.max);
  if (input.minCount !== undefined && (!Number.isInteger(input.minCount) || input.minCount < 2)) {
    throw new RangeError(messages.invalidMinCount(input.minCount));
  }
  if (!Number.isInteger(min) || !Number.isInteger(max) || min < 0 || max < min) {
    throw new RangeError(messages.invalidDisclosureRange(min, max));
  }
  return Object.freeze({ min, max });
}

/**
 * The sentence every output carries to say how it was controlled.
 *
 * @example
 * ```ts
 * describeSmallCountRule({ min: 1, max: 4 });
 * // 'Counts of 1 to 4 are withheld, and other counts are withheld where a withheld count could otherwise be worked out from published totals (secondary suppression).'
 * ```
 */
export function describeSmallCountRule(rule: SmallCountRule): string {
  const range = rule.min === rule.max ? `of ${rule.min}` : `of ${rule.min} to ${rule.max}`;
  return `Counts ${range} are withheld, and other counts are withheld where a withheld count could otherwise be worked out from published totals (secondary suppression).`;
}
