/**
 * Internal to disclosure control (not re-exported): a set of whole numbers
 * kept as sorted, disjoint, inclusive intervals, with the few operations the
 * range audit of `applyDisclosureControl` needs. Sums of sets of
 * whole-number intervals are exact: `[a, b] + [c, d]` is every whole number
 * from `a + c` to `b + d`. Ends may be infinite (`[5, Infinity]`).
 *
 * @example
 * ```ts
 * IntegerSet.range(0, 10).without(1, 4).intervals; // [[0, 0], [5, 10]]
 * IntegerSet.range(1, 4).plus(IntegerSet.range(1, 4)).intervals; // [[2, 8]]
 * ```
 */
export class IntegerSet {
  /** Interval ends, flat: `[lo0, hi0, lo1, hi1, …]`, sorted, disjoint and not touching. */
  private constructor(private readonly ends: readonly number[]) {}

  /** The intervals, as `[lo, hi]` pairs. */
  get intervals(): [number, number][] {
    const out: [number, number][] = [];
    for (let k = 0; k < this.ends.length; k += 2) out.push([this.ends[k], this.ends[k + 1]]);
    return out;
  }

  /** Whether the set is one interval (not empty, no gap). */
  get isInterval(): boolean {
    return this.ends.length === 2;
  }

  /** The smallest member (`Infinity` when empty). */
  get lo(): number {
    return this.ends.length ? this.ends[0] : Infinity;
  }

  /** The largest member (`-Infinity` when empty). */
  get hi(): number {
    return this.ends.length ? this.ends[this.ends.length - 1] : -Infinity;
  }

  /** Every whole number from `lo` to `hi` (empty if `hi < lo`). */
  static range(lo: number, hi: number): IntegerSet {
    const a = Math.ceil(lo);
    const b = Math.floor(hi);
    return new IntegerSet(b >= a ? [a, b] : []);
  }

  /** Build from intervals sorted by their low ends (merging overlaps and neighbours). */
  private static sorted(ends: number[]): IntegerSet {
    const out: number[] = [];
    for (let k = 0; k < ends.length; k += 2) {
      const a = ends[k];
      const b = ends[k + 1];
      if (b < a) continue;
      const n = out.length;
      if (n > 0 && a <= out[n - 1] + 1) out[n - 1] = Math.max(out[n - 1], b);
      else out.push(a, b);
    }
    return new IntegerSet(out);
  }

  /** The members also in `[lo, hi]`. */
  within(lo: number, hi: number): IntegerSet {
    const l = Math.ceil(lo);
    const h = Math.floor(hi);
    const out: number[] = [];
    for (let k = 0; k < this.ends.length; k += 2) out.push(Math.max(this.ends[k], l), Math.min(this.ends[k + 1], h));
    return IntegerSet.sorted(out);
  }

  /** The members not in `[lo, hi]`. */
  without(lo: number, hi: number): IntegerSet {
    const l = Math.ceil(lo);
    const h = Math.floor(hi);
    if (h < l) return this;
    const out: number[] = [];
    for (let k = 0; k < this.ends.length; k += 2) {
      const a = this.ends[k];
      const b = this.ends[k + 1];
      if (b < l || a > h) out.push(a, b);
      else {
        if (a < l) out.push(a, l - 1);
        if (b > h) out.push(h + 1, b);
      }
    }
    return IntegerSet.sorted(out);
  }

  /** `{ x + y : x in this, y in other }`. */
  plus(other: IntegerSet): IntegerSet {
    const a = this.ends;
    const b = other.ends;
    if (a.length === 0 || b.length === 0) return new IntegerSet([]);
    // The disclosure audit adds hundreds of thousands of small sets per table: the common shapes go without
    // intermediate arrays or a sort.
    if (a.length === 2 && b.length === 2) return new IntegerSet([a[0] + b[0], a[1] + b[1]]);
    if (a.length === 2 || b.length === 2) {
      // one interval [lo, hi]: each interval of the other set widens by it, order kept; merged as it goes
      const [one, many] = a.length === 2 ? [a, b] : [b, a];
      const out: number[] = [];
      for (let k = 0; k < many.length; k += 2) {
        const lo = many[k] + one[0];
        const hi = many[k + 1] + one[1];
        const n = out.length;
        if (n > 0 && lo <= out[n - 1] + 1) out[n - 1] = Math.max(out[n - 1], hi);
        else out.push(lo, hi);
      }
      return new IntegerSet(out);
    }
    // every pairwise sum of intervals, in order of their low ends, then merged
    const count = (a.length / 2) * (b.length / 2);
    if (count <= 32) {
      // few: insertion sort of the (lo, hi) pairs as they are made
      const pairs = new Array<number>(2 * count);
      let q = 0;
      for (let i = 0; i < a.length; i += 2) {
        for (let j = 0; j < b.length; j += 2, q += 2) {
          const lo = a[i] + b[j];
          const hi = a[i + 1] + b[j + 1];
          let p = q;
          while (p > 0 && pairs[p - 2] > lo) {
            pairs[p] = pairs[p - 2];
            pairs[p + 1] = pairs[p - 1];
            p -= 2;
          }
          pairs[p] = lo;
          pairs[p + 1] = hi;
        }
      }
      return IntegerSet.sorted(pairs);
    }
    const lo = new Float64Array(count);
    const hi = new Float64Array(count);
    let q = 0;
    for (let i = 0; i < a.length; i += 2) {
      for (let j = 0; j < b.length; j += 2, q++) {
        lo[q] = a[i] + b[j];
        hi[q] = a[i + 1] + b[j + 1];
      }
    }
    const order = Array.from({ length: count }, (_, k) => k).sort((x, y) => lo[x] - lo[y]);
    const out = new Array<number>(2 * count);
    for (let k = 0; k < count; k++) {
      out[2 * k] = lo[order[k]];
      out[2 * k + 1] = hi[order[k]];
    }
    return IntegerSet.sorted(out);
  }

  /** `{ x + d : x in this }`. */
  shifted(d: number): IntegerSet {
    return new IntegerSet(this.ends.map((x) => x + d));
  }

  /** `{ −x : x in this }`. */
  negated(): IntegerSet {
    const out: number[] = [];
    for (let k = this.ends.length - 2; k >= 0; k -= 2) out.push(-this.ends[k + 1], -this.ends[k]);
    return new IntegerSet(out);
  }

  /** `{ t − x : x in this }`. */
  subtractedFrom(t: number): IntegerSet {
    return this.negated().shifted(t);
  }

  /** The members in both sets. */
  intersect(other: IntegerSet): IntegerSet {
    const out: number[] = [];
    let i = 0;
    let j = 0;
    while (i < this.ends.length && j < other.ends.length) {
      const a = Math.max(this.ends[i], other.ends[j]);
      const b = Math.min(this.ends[i + 1], other.ends[j + 1]);
      if (a <= b) out.push(a, b);
      if (this.ends[i + 1] < other.ends[j + 1]) i += 2;
      else j += 2;
    }
    return new IntegerSet(out);
  }

  /** Whether both sets have the same members. */
  equals(other: IntegerSet): boolean {
    return this.ends.length === other.ends.length && this.ends.every((x, k) => x === other.ends[k]);
  }

  /** How many members, up to `cap` (enough to tell 0, 1 or more). */
  size(cap = Infinity): number {
    let n = 0;
    for (let k = 0; k < this.ends.length; k += 2) {
      n += this.ends[k + 1] - this.ends[k] + 1;
      if (n >= cap) return cap;
    }
    return n;
  }
}
