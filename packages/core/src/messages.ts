/**
 * Every error and warning message of `@cjsnsa/core`, in one catalogue.
 * Code throws and warns with these entries; tests assert on them.
 *
 * @example
 * ```ts
 * messages.invalidConfidence(0.5); // 'Confidence level 0.5 is not allowed: ...'
 * ```
 */
export const messages = {
  // ── statistics: intervals, measures, trend, comparison, funnels ──────────

  // ── data: periods, aggregation, disclosure control, reading files ───────
} as const;
