import { messages } from '../messages.js';
import { StatisticsError } from '../intervals/StatisticsError.js';
import { normaliseConfidence } from '../intervals/normaliseConfidence.js';
import { zQuantile } from '../intervals/zQuantile.js';
import { addStatus } from '../status.js';
import { seededNormals } from './seededNormal.js';

/**
 * One quantile (e.g. a SIMD quintile or decile) of an area, for
 * {@link slopeIndexOfInequality}. Give the value with either its 95% limits or
 * its standard error; for a proportion the value may instead come from
 * `numerator / population`.
 *
 * @example
 * ```ts
 * const q1: InequalityQuantile = { population: 7291, value: 75.93, lower: 72.72, upper: 79.14 };
 * ```
 */
export interface InequalityQuantile {
  /** Population of the quantile (the weights of the regression); > 0. */
  population: number | null | undefined;
  /** Indicator value of the quantile (on the 0–1 scale for a proportion). */
  value?: number | null;
  /** Count with the attribute, for a proportion without `value` (value = numerator / population). */
  numerator?: number | null;
  /** 95% lower confidence limit of the value. */
  lower?: number | null;
  /** 95% upper confidence limit of the value. */
  upper?: number | null;
  /** Standard error of the value (for a rate or proportion: of its log or logit). */
  se?: number | null;
}

/**
 * Options of {@link slopeIndexOfInequality}.
 *
 * @example
 * ```ts
 * const o: SlopeIndexOptions = { valueType: 'rate', transform: true, confidence: [0.95, 0.99], seed: 2024 };
 * ```
 */
export interface SlopeIndexOptions {
  /**
   * 'normal' (PHE value_type 0, e.g. life expectancy), 'rate' (1) or
   * 'proportion' (2). Rates and proportions get their standard errors from
   * log- or logit-transformed limits, and are simulated on that scale.
   * __Default value:__ `'normal'`
   */
  valueType?: 'normal' | 'rate' | 'proportion';
  /**
   * Fit the regression to log rates or logit proportions and transform the
   * results back (PHE `transform = TRUE`); needs 95% limits, not standard errors.
   * __Default value:__ `false`
   */
  transform?: boolean;
  /**
   * Scale of the SII and its limits (100 for a percentage). A negative
   * multiplier reverses the SII's sign and inverts the RII (for indicators
   * where low is good). __Default value:__ `1`
   */
  multiplier?: number;
  /**
   * One confidence level, or a list of them (each 0.9–1 or 90–100).
   * __Default value:__ `0.95`
   */
  confidence?: number | readonly number[];
  /** Simulation repetitions, at least 1000. __Default value:__ `100000` */
  repetitions?: number;
  /**
   * Seed of the random generator: the same seed gives the same limits.
   * __Default value:__ `1`
   */
  seed?: number;
  /** Status of the input, carried into the result. __Default value:__ `'published'` */
  status?: string;
  /**
   * Also measure how much the limits move from one simulation to the next
   * (PHE `reliability_stat`): nine more sets of `repetitions` are drawn from
   * the same stream after the first, and each interval gets `siiMad` and
   * `riiMad`, the mean absolute difference of the nine sets' lower and upper
   * limits from the first set's (18 differences). The reported limits are
   * still the first set's, so they do not change. Takes ten times as long.
   * __Default value:__ `false`
   */
  reliability?: boolean;
}

/**
 * The SII's and RII's limits at one confidence level.
 *
 * @example
 * ```ts
 * const i: InequalityInterval = { confidence: 0.95, siiLower: 3.13, siiUpper: 10.76, riiLower: 1.038, riiUpper: 1.141 };
 * ```
 */
export interface InequalityInterval {
  /** Confidence level as a fraction. */
  confidence: number;
  siiLower: number | null;
  siiUpper: number | null;
  riiLower: number | null;
  riiUpper: number | null;
  /** With `reliability`: mean absolute difference of the SII limits of nine further simulations from these (PHE `sii_mad`). */
  siiMad?: number | null;
  /** With `reliability`: the same for the RII limits (PHE `rii_mad`). */
  riiMad?: number | null;
}

/**
 * Result of {@link slopeIndexOfInequality}.
 *
 * @example
 * ```ts
 * // { sii: 6.93, rii: 1.089, intercept: 78.08, lower: 3.13, upper: 10.76, confidence: 0.95,
 * //   intervals: [{ confidence: 0.95, siiLower: 3.13, siiUpper: 10.76, riiLower: 1.038, riiUpper: 1.141 }],
 * //   method: 'simulation 100000 reps', quantiles: 10, status: 'published', ... }
 * ```
 */
export interface SlopeIndexResult {
  /** Slope index of inequality: fitted value at relative rank 1 minus at 0, × multiplier. */
  sii: number | null;
  /** Relative index of inequality: fitted value at rank 1 / fitted value at rank 0 (inverted for a negative multiplier). */
  rii: number | null;
  /** Fitted value at rank 0 (the first quantile's end of the scale); × |multiplier| when transformed. */
  intercept: number | null;
  /** SII lower limit at the first level. */
  lower: number | null;
  /** SII upper limit at the first level. */
  upper: number | null;
  /** First confidence level. */
  confidence: number;
  /** Every level asked, in the order asked. */
  intervals: InequalityInterval[];
  /** 'simulation <n> reps', as PHE's CI_method. */
  method: string;
  valueType: 'normal' | 'rate' | 'proportion';
  /** 'none', 'log' or 'logit', as PHE's transform column. */
  transform: 'none' | 'log' | 'logit';
  multiplier: number;
  /** Number of quantiles. */
  quantiles: number;
  repetitions: number;
  seed: number;
  /** 'published' (or the input status), or 'not-available' when a quantile lacks data. */
  status: string;
}

const VALUE_TYPES = ['normal', 'rate', 'proportion'] as const;
const missing = (v: number | null | undefined): v is null | undefined => v === null || v === undefined || Number.isNaN(v);

/**
 * Slope and relative index of inequality (SII, RII) across ordered quantiles
 * such as SIMD quintiles or deciles, with confidence limits by simulation, as
 * PHEindicatormethods `phe_sii` (Low & Low 2004).
 *
 * Definition (docs/methods.md "Slope and relative index of inequality"): quantiles are given in order, from
 * the first (e.g. most deprived, SIMD 1) to the last. With aᵢ each quantile's
 * share of the population and bᵢ its relative rank (the midpoint of its
 * cumulative share: a₁/2, a₁ + a₂/2, …), the line y = β₀ + β₁·b is fitted by
 * least squares to yᵢ√aᵢ = β₀√aᵢ + β₁bᵢ√aᵢ (a population-weighted regression).
 * SII = β₁ × multiplier; RII = (β₀ + β₁)/β₀ (inverted when the multiplier is
 * negative); intercept = β₀. With `transform`, y is the log rate or logit
 * proportion and the results are transformed back: SII = (f(β₀+β₁) − f(β₀)) ×
 * multiplier, RII = f(β₀+β₁)/f(β₀), intercept = f(β₀) × |multiplier| (f = exp
 * or the inverse logit).
 *
 * Standard errors: as given, or (T(upper) − T(lower)) / (2 · 1.959964) from the
 * 95% limits, where T is the identity, log (rates) or logit (proportions).
 *
 * Limits (PHE's simulation): `repetitions` times, draw each quantile's value
 * from a normal distribution with mean T(value) and sd its standard error
 * (transformed back unless `transform`), refit the line, and take the
 * simulated SIIs and RIIs at sorted positions round(n·(1−c)/2) and
 * round(n·(1+c)/2) (R's half-to-even rounding). With `transform`, the
 * simulated slopes' limits are placed symmetrically about the midpoint of the
 * fitted line and transformed back as PHE does. The generator is seeded
 * (xoshiro128**, normals by inversion), so a run is reproducible; it is not
 * R's generator, so the limits match PHE's within simulation error, not digit
 * for digit. One deliberate difference: PHE swaps a rate's transformed limits
 * for any multiplier below 1 (a proportion's below 0); we swap both below 0.
 *
 * Missing data: a quantile with a missing population, value, or both its
 * standard error and a limit → every figure `null`, status 'not-available'
 * (PHE drops the area with a warning); a zero population → status
 * 'zero-denominator'.
 *
 * @param quantiles - the quantiles in order (5 to 100 of them).
 * @param options - see {@link SlopeIndexOptions}.
 * @returns a {@link SlopeIndexResult}.
 * @throws {@link StatisticsError} for fewer than 5 or more than 100 quantiles, a
 *   negative population or standard error, a proportion outside 0–1 or a rate ≤ 0
 *   that must be transformed, `transform` with 'normal' or with standard errors,
 *   fewer than 1000 repetitions, or a bad confidence level.
 * @example
 * ```ts
 * // PHE's phe_sii example, area 1 (deciles of life expectancy)
 * const pops = [7291, 7997, 6105, 7666, 5790, 6934, 5918, 5974, 7147, 7534];
 * const values = [75.9, 78.3, 83.8, 83.6, 80.5, 81.1, 81.7, 84.2, 80.6, 86.3];
 * const ses = [1.64, 1.58, 1.51, 1.78, 1.7, 1.56, 1.37, 1.4, 2.43, 1.57];
 * const r = slopeIndexOfInequality(pops.map((population, i) => ({ population, value: values[i], se: ses[i] })));
 * // r.sii ≈ 6.9 (years between the two ends of the scale), r.rii ≈ 1.09, r.lower ≈ 3.1, r.upper ≈ 10.8
 * ```
 */
export function slopeIndexOfInequality(
  quantiles: readonly InequalityQuantile[],
  options: SlopeIndexOptions = {},
): SlopeIndexResult {
  const valueType = options.valueType ?? 'normal';
  if (!VALUE_TYPES.includes(valueType)) throw new StatisticsError(messages.unknownOption('valueType', valueType, VALUE_TYPES));
  const transform = options.transform ?? false;
  const multiplier = options.multiplier ?? 1;
  if (typeof multiplier !== 'number' || !Number.isFinite(multiplier) || multiplier === 0) {
    throw new StatisticsError(messages.notANumber('multiplier', multiplier));
  }
  const repetitions = options.repetitions ?? 100000;
  if (!Number.isInteger(repetitions) || repetitions < 1000) throw new StatisticsError(messages.inequalityRepetitions(repetitions));
  const seed = options.seed ?? 1;
  const levels = confidenceList(options.confidence);
  const k = quantiles.length;
  if (k < 5 || k > 100) throw new StatisticsError(messages.inequalityQuantileCount(k));
  if (transform && valueType === 'normal') throw new StatisticsError(messages.inequalityTransform('normal'));
  if (transform && quantiles.some((q) => !missing(q.se))) throw new StatisticsError(messages.inequalityTransform('se'));

  const T = valueType === 'rate' ? Math.log : valueType === 'proportion' ? logit : (v: number) => v;
  const back = valueType === 'rate' ? Math.exp : valueType === 'proportion' ? expit : (v: number) => v;
  const z95 = zQuantile(0.95);

  const result = (status: string, parts: Partial<SlopeIndexResult> = {}): SlopeIndexResult => ({
    sii: null, rii: null, intercept: null, lower: null, upper: null, confidence: levels[0],
    intervals: levels.map((confidence) => ({ confidence, siiLower: null, siiUpper: null, riiLower: null, riiUpper: null })),
    method: `simulation ${repetitions} reps`, valueType,
    transform: !transform ? 'none' : valueType === 'rate' ? 'log' : 'logit',
    multiplier, quantiles: k, repetitions, seed, status, ...parts,
  });

  // Validate and collect each quantile's population, value (on the scale T) and standard error.
  const pops: number[] = [];
  const means: number[] = [];
  const ses: number[] = [];
  let failure: string | null = null;
  quantiles.forEach((q, i) => {
    const pop = q.population;
    if (!missing(pop)) {
      if (!Number.isFinite(pop)) throw new StatisticsError(messages.notANumber('population', pop));
      if (pop < 0) throw new StatisticsError(messages.negativeDenominator('population', pop));
    }
    if (!missing(q.se) && q.se < 0) throw new StatisticsError(messages.inequalityNegativeSe(i, q.se));
    let value = q.value;
    if (missing(value) && valueType === 'proportion' && !missing(q.numerator) && !missing(pop) && pop > 0) value = q.numerator / pop;
    const check = (what: string, v: number) => {
      if (valueType === 'rate' && !(v > 0)) throw new StatisticsError(messages.inequalityOutOfRange(i, what, v, valueType));
      if (valueType === 'proportion' && !(v > 0 && v < 1)) throw new StatisticsError(messages.inequalityOutOfRange(i, what, v, valueType));
    };
    if (!missing(value)) check('value', value);
    if (missing(q.se)) {
      if (!missing(q.lower)) check('lower limit', q.lower);
      if (!missing(q.upper)) check('upper limit', q.upper);
    }
    if (missing(pop) || missing(value)) {
      failure ??= 'not-available';
      return;
    }
    let se: number;
    if (!missing(q.se)) se = q.se;
    else if (!missing(q.lower) && !missing(q.upper)) se = (T(q.upper) - T(q.lower)) / z95 / 2;
    else {
      failure ??= 'not-available';
      return;
    }
    if (pop === 0 && failure === null) failure = 'zero-denominator';
    pops.push(pop);
    means.push(T(value));
    ses.push(se);
  });
  if (failure !== null) return result(addStatus(options.status ?? null, failure));

  // Regression yᵢ√aᵢ = β₀√aᵢ + β₁bᵢ√aᵢ: (β₀, β₁) = Σ cᵢ yᵢ with cᵢ = (MMᵀ)⁻¹ M[:, i] √aᵢ.
  const total = pops.reduce((s, p) => s + p, 0);
  const a = pops.map((p) => p / total);
  let cumulative = 0;
  const b = a.map((ai) => {
    const mid = cumulative + ai / 2;
    cumulative += ai;
    return mid;
  });
  let s00 = 0;
  let s01 = 0;
  let s11 = 0;
  for (let i = 0; i < k; i++) {
    s00 += a[i];
    s01 += a[i] * b[i];
    s11 += a[i] * b[i] * b[i];
  }
  const det = s00 * s11 - s01 * s01;
  const c0 = a.map((ai, i) => ((s11 - s01 * b[i]) * ai) / det);
  const c1 = a.map((ai, i) => ((s00 * b[i] - s01) * ai) / det);
  const fitValues = transform ? means : means.map(back);
  let beta0 = 0;
  let beta1 = 0;
  for (let i = 0; i < k; i++) {
    beta0 += c0[i] * fitValues[i];
    beta1 += c1[i] * fitValues[i];
  }

  // Simulation, drawn repetition by repetition, quantile by quantile (as PHE's matrix).
  const positions = (c: number): [number, number] => {
    const upperTail = c + (1 - c) / 2;
    const lo = Math.max(1, roundHalfEven(repetitions * (1 - upperTail)));
    const hi = Math.min(repetitions, roundHalfEven(repetitions * upperTail));
    return [lo - 1, hi - 1];
  };
  const f = back;
  const half = beta0 + beta1 / 2;
  const diff = (s: number) => f(half + s / 2) - f(half - s / 2);
  const ratio = (s: number) => f(half + s / 2) / f(half - s / 2);
  /** One set of `repetitions` simulated regressions, read into limits at every level. */
  const simulate = (draw: (mean: number, sd: number) => number): InequalityInterval[] => {
    const slopes = new Float64Array(repetitions);
    const intercepts = new Float64Array(repetitions);
    for (let r = 0; r < repetitions; r++) {
      let s0 = 0;
      let s1 = 0;
      for (let i = 0; i < k; i++) {
        const y = draw(means[i], ses[i]);
        const v = transform ? y : back(y);
        s0 += c0[i] * v;
        s1 += c1[i] * v;
      }
      slopes[r] = s1;
      intercepts[r] = s0;
    }
    const sortedSlopes = Float64Array.from(slopes).sort();
    if (!transform) {
      const riiSims = new Float64Array(repetitions);
      for (let r = 0; r < repetitions; r++) {
        const rii = (slopes[r] + intercepts[r]) / intercepts[r];
        riiSims[r] = multiplier < 0 ? 1 / rii : rii;
      }
      riiSims.sort();
      const siiSims = sortedSlopes.map((s) => s * multiplier).sort();
      return levels.map((confidence) => {
        const [lo, hi] = positions(confidence);
        return { confidence, siiLower: siiSims[lo], siiUpper: siiSims[hi], riiLower: riiSims[lo], riiUpper: riiSims[hi] };
      });
    }
    return levels.map((confidence) => {
      const [lo, hi] = positions(confidence);
      const sL = sortedSlopes[lo];
      const sU = sortedSlopes[hi];
      return multiplier < 0
        ? { confidence, siiLower: diff(sU) * multiplier, siiUpper: diff(sL) * multiplier, riiLower: 1 / ratio(sU), riiUpper: 1 / ratio(sL) }
        : { confidence, siiLower: diff(sL) * multiplier, siiUpper: diff(sU) * multiplier, riiLower: ratio(sL), riiUpper: ratio(sU) };
    });
  };
  const draw = seededNormals(seed);
  let intervals = simulate(draw);
  if (options.reliability) {
    // PHE: one stream of ten sets; the limits are the first set's, the reliability the mean absolute
    // difference of the other nine sets' lower and upper limits from them
    const further = Array.from({ length: 9 }, () => simulate(draw));
    const mad = (first: number | null, others: (number | null)[]) => others.reduce<number>((sum, o) => sum + Math.abs((o as number) - (first as number)), 0);
    intervals = intervals.map((iv, j) => ({
      ...iv,
      siiMad: (mad(iv.siiLower, further.map((set) => set[j].siiLower)) + mad(iv.siiUpper, further.map((set) => set[j].siiUpper))) / 18,
      riiMad: (mad(iv.riiLower, further.map((set) => set[j].riiLower)) + mad(iv.riiUpper, further.map((set) => set[j].riiUpper))) / 18,
    }));
  }

  if (!transform) {
    const rii = (beta0 + beta1) / beta0;
    return result(okStatus(options.status), {
      sii: beta1 * multiplier, rii: multiplier < 0 ? 1 / rii : rii, intercept: beta0,
      lower: intervals[0].siiLower, upper: intervals[0].siiUpper, intervals,
    });
  }
  const rii = f(beta0 + beta1) / f(beta0);
  return result(okStatus(options.status), {
    sii: (f(beta0 + beta1) - f(beta0)) * multiplier,
    rii: multiplier < 0 ? 1 / rii : rii,
    intercept: f(beta0) * Math.abs(multiplier),
    lower: intervals[0].siiLower, upper: intervals[0].siiUpper, intervals,
  });
}

function okStatus(status: string | undefined): string {
  return status && status.length > 0 ? status : 'published';
}

function logit(p: number): number {
  return Math.log(p / (1 - p));
}

function expit(x: number): number {
  return Math.exp(x) / (1 + Math.exp(x));
}

/** R's round(): to the nearest whole number, halves to even (IEC 60559). */
function roundHalfEven(x: number): number {
  const f = Math.floor(x);
  const d = x - f;
  if (d > 0.5) return f + 1;
  if (d < 0.5) return f;
  return f % 2 === 0 ? f : f + 1;
}

/** One confidence level or a list of them, each normalised to a fraction. */
function confidenceList(confidence: number | readonly number[] | undefined): number[] {
  if (confidence === undefined) return [0.95];
  if (typeof confidence === 'number') return [normaliseConfidence(confidence)];
  if (!Array.isArray(confidence) || confidence.length === 0) throw new StatisticsError(messages.invalidConfidenceList(confidence));
  try {
    return confidence.map((c) => normaliseConfidence(c));
  } catch {
    throw new StatisticsError(messages.invalidConfidenceList(confidence));
  }
}
