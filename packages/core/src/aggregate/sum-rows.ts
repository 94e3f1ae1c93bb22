import { addStatus, isWithheld, parseStatus } from '../status.js';
import { keyOf } from './rows.js';
import type { SumCountsOptions } from './sum-counts.js';

/** Statuses that describe a contributor's own value, not carried into a sum. */
const VALUE_CODES = new Set([
  'published', 'suppressed', 'secondary-suppressed', 'derived-from-suppressed', 'withheld-with-group',
  'not-available', 'not-applicable', 'low-figure', 'zero-denominator', 'missing-as-zero',
]);

interface Acc {
  first: Record<string, unknown>;
  n: number;
  withheld: number;
  num: number; numPresent: number;
  den: number; denPresent: number;
  codes: string[];
  sources: string[];
}

/** Internal: sum rows grouped by `groupBy`, `expected` extra missing contributors per group. */
export function sumRows(
  rows: readonly Record<string, unknown>[],
  groupBy: readonly string[],
  options: SumCountsOptions,
  hasSource: boolean,
  extraMissing: (key: string) => number = () => 0,
): Record<string, unknown>[] {
  const missing = options.missing ?? 'propagate';
  const groups = new Map<string, Acc>();
  for (const r of rows) {
    const key = keyOf(r, groupBy);
    let g = groups.get(key);
    if (!g) {
      g = { first: r, n: 0, withheld: 0, num: 0, numPresent: 0, den: 0, denPresent: 0, codes: [], sources: [] };
      groups.set(key, g);
    }
    g.n++;
    const status = r.status as string | null | undefined;
    const withheld = isWithheld(status);
    if (withheld) g.withheld++;
    const num = r.numerator;
    if (!withheld && typeof num === 'number') (g.num += num, g.numPresent++);
    const den = r.denominator;
    if (typeof den === 'number') (g.den += den, g.denPresent++);
    for (const c of parseStatus(status)) if (!VALUE_CODES.has(c) && !g.codes.includes(c)) g.codes.push(c);
    if (hasSource && r.source != null && !g.sources.includes(String(r.source))) g.sources.push(String(r.source));
  }
  const out: Record<string, unknown>[] = [];
  for (const [key, g] of groups) {
    const n = g.n + extraMissing(key);
    const numMissing = n - g.numPresent;
    const denMissing = g.denPresent > 0 ? n - g.denPresent : 0; // no denominators at all is not a gap
    let numerator: number | null = g.num;
    let denominator: number | null = g.denPresent > 0 ? g.den : null;
    const flags: string[] = [];
    if (missing === 'propagate') {
      if (numMissing > 0) numerator = null;
      if (denMissing > 0) denominator = null;
      if (numMissing > 0 || denMissing > 0) flags.push(g.withheld > 0 ? 'derived-from-suppressed' : 'not-available');
    } else if (numMissing > 0 || denMissing > 0) flags.push('missing-as-zero');
    const row: Record<string, unknown> = {};
    for (const c of groupBy) row[c] = g.first[c] ?? null;
    row.numerator = numerator;
    row.denominator = denominator;
    row.status = flags.length || g.codes.length ? addStatus('', ...flags, ...g.codes) : 'published';
    if (hasSource) row.source = g.sources.join('; ');
    out.push(row);
  }
  return out;
}

