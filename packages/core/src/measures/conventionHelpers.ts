// Internal helpers of the ScotPHO conventions (not part of the public API).
import { messages } from '../messages.js';
import { StatisticsError } from '../intervals/StatisticsError.js';
import { byarLimits, wilsonLimits } from '../intervals/limitsWithZ.js';
import { zQuantile } from '../intervals/zQuantile.js';
import { CONVENTIONS, SCOTPHO_Z95, type Conventions } from './conventions.js';

/** Validated conventions, 'phe' by default. */
export function checkConventions(conventions: Conventions | undefined): Conventions {
  const c = conventions ?? 'phe';
  if (!CONVENTIONS.includes(c)) throw new StatisticsError(messages.unknownOption('conventions', c, CONVENTIONS));
  return c;
}

/** z of a normalised confidence level under ScotPHO's conventions: 1.96 at 95%, else the exact quantile. */
export function scotphoZ(confidence: number): number {
  return confidence === 0.95 ? SCOTPHO_Z95 : zQuantile(confidence);
}

/**
 * ScotPHO's limits on a count (`calculate_crude_rate`): Byar at every count; a
 * negative lower limit becomes 0; at 0 events the lower limit is R's NaN
 * (0 × (−∞)³), here `null`.
 */
export function scotphoCountLimits(x: number, confidence: number): { lower: number | null; upper: number } {
  if (confidence === 1) return { lower: 0, upper: Infinity };
  const b = byarLimits(x, scotphoZ(confidence), true);
  return { lower: x === 0 ? null : Math.max(0, b.lower as number), upper: b.upper };
}

/** ScotPHO's percentage (`calculate_percent`), as a percentage: Wilson with z 1.96, clamped to [0, 100], each figure rounded to 2 dp. */
export function scotphoPercent(x: number, n: number, confidence: number): { value: number; lower: number; upper: number } {
  const ci = confidence === 1 ? { lower: 0, upper: 1 } : wilsonLimits(x, n, scotphoZ(confidence));
  const pct = (p: number) => Math.round(p * 100 * 100) / 100;
  return { value: pct(x / n), lower: ci.lower < 0 ? 0 : pct(ci.lower), upper: ci.upper > 1 ? 100 : pct(ci.upper) };
}
