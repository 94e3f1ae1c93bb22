import { messages } from '../messages.js';
import { normaliseConfidence } from './normaliseConfidence.js';
import { StatisticsError } from './StatisticsError.js';

/**
 * The confidence levels a measure computes, as fractions, from its
 * `confidence` option: one level, or exactly the pair 95% and 99.8%.
 *
 * Definition: PHEindicatormethods accepts one level, or the pair (0.95, 0.998)
 * only (methods.md "Shared conventions"; user request #36).
 *
 * @param confidence - one level (fraction or percentage; default 0.95) or the
 *   pair `[0.95, 0.998]` (also `[95, 99.8]`).
 * @returns the levels as fractions, in the order given.
 * @throws {@link StatisticsError} `messages.invalidConfidence` or
 *   `messages.invalidConfidencePair`.
 * @example
 * ```ts
 * confidenceLevels(undefined);     // [0.95]
 * confidenceLevels(99.8);          // [0.998]
 * confidenceLevels([0.95, 0.998]); // [0.95, 0.998]
 * ```
 */
export function confidenceLevels(confidence: number | readonly number[] | undefined): number[] {
  if (confidence === undefined) return [0.95];
  if (typeof confidence === 'number') return [normaliseConfidence(confidence)];
  if (!Array.isArray(confidence) || confidence.length !== 2) {
    throw new StatisticsError(messages.invalidConfidencePair(confidence));
  }
  let levels: number[];
  try {
    levels = confidence.map((c) => normaliseConfidence(c));
  } catch {
    throw new StatisticsError(messages.invalidConfidencePair(confidence));
  }
  if (levels[0] !== 0.95 || levels[1] !== 0.998) {
    throw new StatisticsError(messages.invalidConfidencePair(confidence));
  }
  return levels;
}
