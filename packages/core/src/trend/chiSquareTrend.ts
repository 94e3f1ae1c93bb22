import { messages } from '../messages.js';
import { StatisticsError } from '../intervals/StatisticsError.js';
import { regularisedGamma } from '../intervals/regularisedGamma.js';
import { addStatus } from '../status.js';

/**
 * One group (e.g. a year, or an ordered category) of {@link chiSquareTrend}.
 *
 * @example
 * ```ts
 * const g: TrendGroup = { numerator: 994, denominator: 40299 };
 * ```
 */
export interface TrendGroup {
  /** Events (people with the attribute), 0 ≤ numerator ≤ denominator. */
  numerator: number | null | undefined;
  /** Group size, > 0. */
  denominator: number | null | undefined;
  /** Score of the group on the ordered scale. __Default value:__ its position, 1, 2, 3, … */
  score?: number;
}

/**
 * Result of {@link chiSquareTrend}.
 *
 * @example
 * ```ts
 * // { chiSquare: 47.8967, df: 1, pValue: 4.49e-12, slope: 0.00174, direction: 'Increasing',
 * //   departure: { chiSquare: 4.72, df: 3, pValue: 0.193 }, n: 213402, events: 5915, status: 'published' }
 * ```
 */
export interface ChiSquareTrendResult {
  /** Cochran–Armitage χ² for linear trend (1 degree of freedom); `null` when it cannot be computed. */
  chiSquare: number | null;
  /** Degrees of freedom of the trend test: 1. */
  df: 1;
  /** Upper-tail probability of `chiSquare` on 1 df. */
  pValue: number | null;
  /** Least-squares slope of the proportion on the score (change in proportion per unit of score, 0–1 scale). */
  slope: number | null;
  /** Sign of the slope: 'Increasing', 'Decreasing' or 'No trend' (slope 0); `null` when not computed. Says nothing of significance. */
  direction: 'Increasing' | 'Decreasing' | 'No trend' | null;
  /** Departure from linear trend: the Pearson χ² of the 2×k table minus the trend χ², on k − 2 df (`null` for 2 groups). */
  departure: { chiSquare: number; df: number; pValue: number } | null;
  /** Total of the denominators (N). */
  n: number | null;
  /** Total of the numerators (X). */
  events: number | null;
  /** 'published' (or the input status); 'not-available' with a missing count; 'not-applicable' when every or no member has the attribute. */
  status: string;
}

const missing = (v: number | null | undefined): v is null | undefined => v === null || v === undefined || Number.isNaN(v);

/** Upper tail of χ² with `df` degrees of freedom. */
function chiSquareUpperTail(x: number, df: number): number {
  if (x <= 0) return 1;
  return regularisedGamma(df / 2, x / 2).q;
}

/**
 * The chi-square test for trend in proportions (Cochran 1954; Armitage 1955),
 * as in Altman, *Practical Statistics for Medical Research* (1991, §10.7.4)
 * and Fingertips' old "SPC for proportions" trend branch.
 *
 * Definition (methods.md "Chi-square test for trend"): with groups i of xᵢ
 * events out of nᵢ at scores tᵢ, N = Σnᵢ and X = Σxᵢ,
 *
 *   χ² = N (N Σxᵢtᵢ − X Σnᵢtᵢ)² / ( X (N − X) (N Σnᵢtᵢ² − (Σnᵢtᵢ)²) ),
 *
 * on 1 degree of freedom (equal to N·r², r the correlation between score and
 * outcome over the N individuals). The slope is
 * (N Σxᵢtᵢ − X Σnᵢtᵢ) / (N Σnᵢtᵢ² − (Σnᵢtᵢ)²). The departure from trend is the
 * Pearson χ² of the 2×k table, Σ(xᵢ − nᵢX/N)² / (nᵢ (X/N)(1 − X/N)), minus the
 * trend χ², on k − 2 df.
 *
 * Missing data: a missing numerator or denominator → `chiSquare: null`,
 * status 'not-available'; X = 0 or X = N (no variation) → status
 * 'not-applicable'. A group with denominator 0 adds nothing.
 *
 * @param groups - the groups in order, with optional scores (default 1, 2, …).
 * @param options - `status` of the input, carried into the result.
 * @returns a {@link ChiSquareTrendResult}.
 * @throws {@link StatisticsError} for fewer than two groups, scores all equal,
 *   negative counts, or a numerator above its denominator.
 * @example
 * ```ts
 * // Fingertips TrendMarkerCalculatorTest.cs, GetTrendDataForProportion_Set1 (2014 to 2018)
 * const r = chiSquareTrend([
 *   { numerator: 994, denominator: 40299 }, { numerator: 1023, denominator: 41527 },
 *   { numerator: 1199, denominator: 42811 }, { numerator: 1332, denominator: 44064 },
 *   { numerator: 1367, denominator: 44701 },
 * ]);
 * // r.chiSquare ≈ 47.90, r.pValue ≈ 4.5e-12, r.direction 'Increasing'
 * ```
 */
export function chiSquareTrend(groups: readonly TrendGroup[], options: { status?: string } = {}): ChiSquareTrendResult {
  const scores = groups.map((g, i) => g.score ?? i + 1);
  if (groups.length < 2 || scores.every((t) => t === scores[0])) throw new StatisticsError(messages.trendTestGroups(groups.length));
  for (const t of scores) if (!Number.isFinite(t)) throw new StatisticsError(messages.notANumber('score', t));
  const empty = (status: string): ChiSquareTrendResult => ({
    chiSquare: null, df: 1, pValue: null, slope: null, direction: null, departure: null, n: null, events: null, status,
  });
  let anyMissing = false;
  for (const g of groups) {
    if (missing(g.numerator) || missing(g.denominator)) {
      anyMissing = true;
      continue;
    }
    if (!Number.isFinite(g.numerator)) throw new StatisticsError(messages.notANumber('numerator', g.numerator));
    if (!Number.isFinite(g.denominator)) throw new StatisticsError(messages.notANumber('denominator', g.denominator));
    if (g.numerator < 0) throw new StatisticsError(messages.negativeCount('numerator', g.numerator));
    if (g.denominator < 0) throw new StatisticsError(messages.negativeDenominator('denominator', g.denominator));
    if (g.numerator > g.denominator) throw new StatisticsError(messages.numeratorAboveDenominator(g.numerator, g.denominator));
  }
  if (anyMissing) return empty(addStatus(options.status ?? null, 'not-available'));

  let N = 0;
  let X = 0;
  let sxt = 0;
  let snt = 0;
  let snt2 = 0;
  groups.forEach((g, i) => {
    const x = g.numerator as number;
    const n = g.denominator as number;
    const t = scores[i];
    N += n;
    X += x;
    sxt += x * t;
    snt += n * t;
    snt2 += n * t * t;
  });
  if (X === 0 || X === N) return { ...empty(addStatus(options.status ?? null, 'not-applicable')), n: N, events: X };
  const numerator = N * sxt - X * snt;
  const spread = N * snt2 - snt * snt;
  if (!(spread > 0)) return { ...empty(addStatus(options.status ?? null, 'not-applicable')), n: N, events: X };
  const chiSquare = (N * numerator * numerator) / (X * (N - X) * spread);
  const slope = numerator / spread;
  const P = X / N;
  let pearson = 0;
  let used = 0;
  for (const g of groups) {
    const n = g.denominator as number;
    if (n === 0) continue;
    used++;
    const d = (g.numerator as number) - n * P;
    pearson += (d * d) / (n * P * (1 - P));
  }
  const departureDf = used - 2;
  const departureChi = Math.max(0, pearson - chiSquare);
  return {
    chiSquare,
    df: 1,
    pValue: chiSquareUpperTail(chiSquare, 1),
    slope,
    direction: slope > 0 ? 'Increasing' : slope < 0 ? 'Decreasing' : 'No trend',
    departure: departureDf >= 1 ? { chiSquare: departureChi, df: departureDf, pValue: chiSquareUpperTail(departureChi, departureDf) } : null,
    n: N,
    events: X,
    status: options.status && options.status.length > 0 ? options.status : 'published',
  };
}
