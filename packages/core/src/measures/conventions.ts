/**
 * Whose conventions a measure follows: 'phe' (the default: PHEindicatormethods
 * and Fingertips — exact z, exact Poisson below 10 events, DSR withheld below 10
 * events, pooled multi-year counts) or 'scotpho' (ScotPHO's indicator production
 * code: z = 1.96 at 95%, Byar's limits at every count, percentages rounded to
 * 2 dp and limits clamped, no minimum count for a DSR, rolling means over years).
 * docs/methods.md "ScotPHO conventions" sets them side by side.
 *
 * @example
 * ```ts
 * const c: Conventions = 'scotpho';
 * crudeRate(5, 12000, { multiplier: 10000, conventions: c }); // Byar's limits with z = 1.96
 * ```
 */
export type Conventions = 'phe' | 'scotpho';

/**
 * Every value of {@link Conventions}.
 *
 * @example
 * ```ts
 * CONVENTIONS.includes('scotpho'); // true
 * ```
 */
export const CONVENTIONS: readonly Conventions[] = ['phe', 'scotpho'];

/**
 * ScotPHO's z for a 95% interval: 1.96, hard-coded in its production functions
 * (`calculate_percent`, `calculate_crude_rate`, `calculate_easr`).
 *
 * @example
 * ```ts
 * SCOTPHO_Z95; // 1.96 (the exact quantile is 1.959963985)
 * ```
 */
export const SCOTPHO_Z95 = 1.96;
