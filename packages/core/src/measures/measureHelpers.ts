// Internal helpers shared by the measures (not part of the public API).
import { addStatus } from '../status.js';
import { messages } from '../messages.js';
import { StatisticsError } from '../intervals/StatisticsError.js';
import { byarInterval } from '../intervals/byarInterval.js';
import type { Measure, MeasureInterval } from './Measure.js';

/** Whether a value is missing (null, undefined or NaN). */
export function isMissing(v: number | null | undefined): v is null | undefined {
  return v === null || v === undefined || Number.isNaN(v);
}

/** Validate a multiplier (positive finite number). */
export function checkMultiplier(multiplier: number): number {
  if (typeof multiplier !== 'number' || !Number.isFinite(multiplier) || multiplier <= 0) {
    throw new StatisticsError(messages.invalidMultiplier(multiplier));
  }
  return multiplier;
}

/** Throw for a non-finite or negative count. */
export function checkCount(what: string, v: number): void {
  if (!Number.isFinite(v)) throw new StatisticsError(messages.notANumber(what, v));
  if (v < 0) throw new StatisticsError(messages.negativeCount(what, v));
}

/** Throw for a non-finite or negative denominator (zero is allowed here; callers give it a status). */
export function checkDenominator(what: string, v: number): void {
  if (!Number.isFinite(v)) throw new StatisticsError(messages.notANumber(what, v));
  if (v < 0) throw new StatisticsError(messages.negativeDenominator(what, v));
}

/** Assemble a Measure from its parts. */
export function buildMeasure(parts: Omit<Measure, 'lower' | 'upper' | 'confidence'>): Measure {
  const first = parts.intervals[0];
  return {
    value: parts.value,
    lower: first.lower,
    upper: first.upper,
    confidence: first.confidence,
    intervals: parts.intervals,
    method: parts.method,
    statistic: parts.statistic,
    multiplier: parts.multiplier,
    numerator: parts.numerator,
    denominator: parts.denominator,
    status: parts.status,
  };
}

/** Intervals with null limits at each level. */
export function nullIntervals(levels: number[]): MeasureInterval[] {
  return levels.map((confidence) => ({ confidence, lower: null, upper: null }));
}

/** Status of a computed result: the input status (default 'published'). */
export function okStatus(status: string | undefined): string {
  return status && status.length > 0 ? status : 'published';
}

/** Status of a result that could not be computed. */
export function failStatus(status: string | undefined, code: string): string {
  return addStatus(status ?? null, code);
}

/** Format a multiplier in a statistic label as PHE does ('rate per 100000'). */
export function multiplierLabel(multiplier: number): string {
  return String(multiplier);
}

/**
 * Dobson's limits of a directly standardised rate: the limits of the total
 * count O (Byar's) mapped onto the rate, `dsr + sqrt(v / O) * (limit - O)`,
 * scaled by the multiplier. `v` is the variance of the DSR: the sum of
 * squared weights times counts over squared populations for independent
 * events, or the same with each person's frequency for repeat events.
 */
export function dobsonIntervals(O: number, dsr: number, v: number, levels: number[], multiplier: number): MeasureInterval[] {
  const k = Math.sqrt(v / O);
  return levels.map((confidence) => {
    const ci = byarInterval(O, confidence);
    return {
      confidence,
      lower: ci.lower === null ? null : (dsr + k * (ci.lower - O)) * multiplier,
      upper: (dsr + k * (ci.upper - O)) * multiplier,
    };
  });
}
