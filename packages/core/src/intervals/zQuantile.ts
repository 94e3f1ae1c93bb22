import quantile from '@stdlib/stats-base-dists-normal-quantile';
import { normaliseConfidence } from './normaliseConfidence.js';

/**
 * The two-sided standard normal quantile z for a confidence level, from the
 * exact normal quantile function (never the rounded 1.96).
 *
 * Definition: z = Φ⁻¹(c + (1 − c)/2), as R's `qnorm(conf + (1-conf)/2)` in
 * PHEindicatormethods (methods.md "Shared conventions"). 1.959963985 at 95%,
 * 3.090232306 at 99.8%; `Infinity` at 100%.
 *
 * @param confidence - confidence level, fraction (0.95) or percentage (95).
 * @returns z, dimensionless.
 * @throws {@link StatisticsError} `messages.invalidConfidence` for a level below
 *   0.9, between 1 and 90, or above 100.
 * @example
 * ```ts
 * zQuantile(0.95); // 1.959963984540054
 * zQuantile(99.8); // 3.090232306167813
 * ```
 */
export function zQuantile(confidence: number): number {
  const c = normaliseConfidence(confidence);
  let z = known.get(c);
  if (z === undefined) {
    z = quantile(c + (1 - c) / 2, 0, 1);
    if (known.size < 64) known.set(c, z);
  }
  return z;
}

// A handful of confidence levels are asked for thousands of times.
const known = new Map<number, number>();
