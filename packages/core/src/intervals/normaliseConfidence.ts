import { messages } from '../messages.js';
import { StatisticsError } from './StatisticsError.js';

/**
 * Turn a confidence level given as a fraction (0.95) or a percentage (95) into a
 * fraction, rejecting levels the reference tools reject.
 *
 * Definition (PHEindicatormethods `R/utils.R`, methods.md "Shared conventions"):
 * a level is accepted when it lies in [0.9, 1] (fraction) or [90, 100]
 * (percentage). Anything below 0.9, between 1 and 90, or above 100 is rejected.
 * 1 (100%) is accepted and gives the trivial interval.
 *
 * @param confidence - confidence level, fraction (0.9–1) or percentage (90–100).
 * @returns the level as a fraction.
 * @throws {@link StatisticsError} `messages.invalidConfidence` for any other value.
 * @example
 * ```ts
 * normaliseConfidence(95);   // 0.95
 * normaliseConfidence(99.8); // 0.998
 * normaliseConfidence(0.95); // 0.95
 * ```
 */
export function normaliseConfidence(confidence: number): number {
  if (typeof confidence !== 'number' || !Number.isFinite(confidence)) {
    throw new StatisticsError(messages.invalidConfidence(confidence));
  }
  if (confidence >= 0.9 && confidence <= 1) return confidence;
  if (confidence >= 90 && confidence <= 100) return Math.round(confidence * 1e10) / 1e12;
  throw new StatisticsError(messages.invalidConfidence(confidence));
}
