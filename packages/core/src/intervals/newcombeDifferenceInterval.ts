import { wilsonInterval } from './wilsonInterval.js';

/**
 * A difference of two proportions with its confidence interval, from
 * {@link newcombeDifferenceInterval}, on the 0–1 scale.
 *
 * @example
 * ```ts
 * const d: ProportionDifference = { difference: 0.2, lower: 0.0524, upper: 0.3339, method: 'Newcombe hybrid score (Wilson)' };
 * ```
 */
export interface ProportionDifference {
  /** p1 − p2. */
  difference: number;
  /** Lower confidence limit of p1 − p2 (may be negative). */
  lower: number;
  /** Upper confidence limit of p1 − p2. */
  upper: number;
  /** Method label. */
  method: 'Newcombe hybrid score (Wilson)';
}

/**
 * Confidence interval for the difference between two independent
 * proportions, p1 − p2 = x1/n1 − x2/n2, by Newcombe's hybrid score method
 * (method 10 of Newcombe 1998, "square-and-add" of the two Wilson intervals).
 *
 * Definition (Newcombe RG (1998) "Interval estimation for the difference
 * between independent proportions: comparison of eleven methods", Stat Med
 * 17:873–890, method 10; Newcombe & Altman (2000) in *Statistics with
 * Confidence*, ch. 6): with (l1, u1) and (l2, u2) the Wilson limits of each
 * proportion ({@link wilsonInterval}),
 * `lower = d − √((p1 − l1)² + (u2 − p2)²)` and
 * `upper = d + √((u1 − p1)² + (p2 − l2)²)`, where d = p1 − p2.
 * The limits stay within [−1, 1], are never degenerate at 0 or n, and need
 * no continuity correction. A difference is called significant at the level
 * when the interval excludes 0 (docs/methods.md, "Difference of two
 * proportions").
 *
 * @param x1 - events in the first group (e.g. the later wave), 0 ≤ x1 ≤ n1.
 * @param n1 - size of the first group, > 0.
 * @param x2 - events in the second group (e.g. the earlier wave), 0 ≤ x2 ≤ n2.
 * @param n2 - size of the second group, > 0.
 * @param confidence - fraction or percentage. __Default value:__ `0.95`.
 * @returns the difference p1 − p2 and its limits (see {@link ProportionDifference}).
 * @throws {@link StatisticsError} as {@link wilsonInterval} for invalid counts or confidence.
 * @example
 * ```ts
 * // Newcombe (1998) Table II, example (a): 56/70 − 48/80
 * newcombeDifferenceInterval(56, 70, 48, 80);
 * // { difference: 0.2, lower: 0.05243..., upper: 0.33386..., method: 'Newcombe hybrid score (Wilson)' }
 * ```
 */
export function newcombeDifferenceInterval(x1: number, n1: number, x2: number, n2: number, confidence = 0.95): ProportionDifference {
  const a = wilsonInterval(x1, n1, confidence);
  const b = wilsonInterval(x2, n2, confidence);
  const p1 = x1 / n1;
  const p2 = x2 / n2;
  const difference = p1 - p2;
  return {
    difference,
    lower: difference - Math.hypot(p1 - a.lower, b.upper - p2),
    upper: difference + Math.hypot(a.upper - p1, p2 - b.lower),
    method: 'Newcombe hybrid score (Wilson)',
  };
}
