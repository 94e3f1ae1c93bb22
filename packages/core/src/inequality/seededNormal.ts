// Internal: a seeded pseudo-random generator for the simulation behind the
// slope index of inequality's confidence limits (not part of the public API).
import quantile from '@stdlib/stats-base-dists-normal-quantile';

/**
 * xoshiro128** (Blackman & Vigna 2018, public domain reference algorithm),
 * seeded by SplitMix32 from one integer. Two 32-bit outputs make one uniform
 * with 53 random bits in (0, 1); a normal deviate is Φ⁻¹ of it (inversion, as R's
 * default `rnorm`). The same seed always gives the same stream, on any platform.
 */
export function seededNormals(seed: number): (mean: number, sd: number) => number {
  let s = (Math.trunc(seed) | 0) >>> 0;
  const splitmix = (): number => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = splitmix();
  let b = splitmix();
  let c = splitmix();
  let d = splitmix();
  if ((a | b | c | d) === 0) a = 1;
  const next = (): number => {
    const result = Math.imul(rotl(Math.imul(b, 5) >>> 0, 7), 9) >>> 0;
    const t = (b << 9) >>> 0;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = rotl(d >>> 0, 11);
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    return result;
  };
  const uniform = (): number => {
    for (;;) {
      const u = ((next() >>> 5) * 67108864 + (next() >>> 6)) / 9007199254740992;
      if (u > 0) return u;
    }
  };
  return (mean, sd) => quantile(uniform(), mean, sd);
}

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0;
}
