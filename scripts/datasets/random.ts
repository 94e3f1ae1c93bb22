/**
 * A small seeded pseudo-random number generator for the synthetic datasets.
 *
 * mulberry32 (Tommy Ettinger, public domain; see
 * https://gist.github.com/tommyettinger/46a874533244883189143505d203312c):
 * a 32-bit state, full period 2^32, good enough for demonstration data and,
 * above all, identical output for the same seed on every platform, because it
 * only uses 32-bit integer arithmetic (Math.imul, >>>).
 *
 * @example
 * ```ts
 * const rng = new SeededRandom(20240331);
 * rng.uniform(); // same value on every run with this seed
 * ```
 */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform on [0, 1). */
  uniform(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer uniform on [min, max] (inclusive). */
  integer(min: number, max: number): number {
    return min + Math.floor(this.uniform() * (max - min + 1));
  }

  /** Standard normal by Box–Muller (one draw per call, the pair's second value discarded for simplicity). */
  normal(mean = 0, sd = 1): number {
    let u = this.uniform();
    if (u < 1e-12) u = 1e-12;
    const v = this.uniform();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** Log-normal multiplier with median 1 and log-scale sd `sd`. */
  lognormalFactor(sd: number): number {
    return Math.exp(this.normal(0, sd));
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.uniform() < p;
  }

  /** Pick an index with the given (unnormalised) weights. */
  weightedIndex(weights: readonly number[]): number {
    let total = 0;
    for (const w of weights) total += w;
    let r = this.uniform() * total;
    for (let i = 0; i < weights.length; i++) {
      r -= weights[i]!;
      if (r < 0) return i;
    }
    return weights.length - 1;
  }
}

/**
 * Split an integer total across items in proportion to weights, by the
 * largest-remainder (Hamilton) method, ties broken by position, so the parts
 * are non-negative integers that add up to `total` exactly.
 *
 * @example
 * ```ts
 * allocate(10, [1, 1, 1]); // [4, 3, 3]
 * ```
 */
export function allocate(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0) return weights.map(() => 0);
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map((x) => Math.floor(x));
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact
    .map((x, i) => ({ i, r: x - Math.floor(x) }))
    .sort((a, b) => b.r - a.r || a.i - b.i);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) parts[order[k]!.i]! += 1;
  return parts;
}
