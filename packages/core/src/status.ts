/**
 * Status codes that travel with every observation and result row.
 *
 * A row may carry several statuses at once (for example a suppressed count in a
 * pandemic year). In tables they are stored as one string, codes joined by
 * `"; "`, so they survive CSV round trips; use {@link parseStatus} and
 * {@link addStatus} rather than string handling.
 *
 * | code | meaning |
 * |---|---|
 * | `published` | a published figure, nothing to flag |
 * | `suppressed` | withheld by disclosure control (primary or secondary) or by the supplier |
 * | `secondary-suppressed` | withheld so that a suppressed cell cannot be recovered from totals |
 * | `derived-from-suppressed` | computed from a suppressed count, so withheld too |
 * | `withheld-with-group` | withheld with every cell of its breakdown, because a small count in it could not otherwise be protected; says nothing of its own size |
 * | `provisional` | figure or indicator definition not yet confirmed |
 * | `break-in-series` | not comparable with earlier periods |
 * | `pandemic-caveat` | COVID-19 years (2020-21, 2021-22): compare with caution |
 * | `not-available` | not published or not collected |
 * | `not-applicable` | the measure has no meaning here (blank in official tables) |
 * | `population-fallback` | rate computed on the latest available population year |
 * | `small-denominator` | denominator below the stated minimum: treat with caution |
 * | `synthetic` | synthetic demonstration data, not official statistics |
 * | `zero-denominator` | the denominator is zero: no value can be computed |
 * | `missing-as-zero` | a sum that counted missing or withheld contributors as 0 (`missing: 'zero'`) |
 * | `low-figure` | a published symbol for a figure too small to show (`*`, `[low]`) |
 * | `revised` | revised since first publication |
 * | `estimated` | an estimate, not a count |
 * | `low-reliability` | published with a low-reliability warning |
 *
 * @example
 * ```ts
 * addStatus('published', 'pandemic-caveat'); // 'published; pandemic-caveat'
 * ```
 */
export type StatusCode =
  | 'published'
  | 'suppressed'
  | 'secondary-suppressed'
  | 'derived-from-suppressed'
  | 'withheld-with-group'
  | 'provisional'
  | 'break-in-series'
  | 'pandemic-caveat'
  | 'not-available'
  | 'not-applicable'
  | 'population-fallback'
  | 'small-denominator'
  | 'synthetic'
  | 'zero-denominator'
  | 'missing-as-zero'
  | 'low-figure'
  | 'revised'
  | 'estimated'
  | 'low-reliability';

/**
 * Every status code, in the order they are documented.
 *
 * @example
 * ```ts
 * STATUS_CODES.includes('suppressed'); // true
 * STATUS_CODES.filter((c) => c.includes('suppressed')); // ['suppressed', 'secondary-suppressed', 'derived-from-suppressed']
 * ```
 */
export const STATUS_CODES: readonly StatusCode[] = [
  'published',
  'suppressed',
  'secondary-suppressed',
  'derived-from-suppressed',
  'withheld-with-group',
  'provisional',
  'break-in-series',
  'pandemic-caveat',
  'not-available',
  'not-applicable',
  'population-fallback',
  'small-denominator',
  'synthetic',
  'zero-denominator',
  'missing-as-zero',
  'low-figure',
  'revised',
  'estimated',
  'low-reliability',
];

const SEPARATOR = '; ';

/**
 * Split a status string into its codes (empty or missing gives `[]`).
 *
 * @example
 * ```ts
 * parseStatus('suppressed; pandemic-caveat'); // ['suppressed', 'pandemic-caveat']
 * ```
 */
export function parseStatus(status: string | null | undefined): string[] {
  if (!status) return [];
  return [...codesOf(status)];
}

// Status strings repeat endlessly in a results table (a few dozen distinct
// values across thousands of rows), so their parsed codes are remembered.
// The cache is bounded: past its size it is simply cleared.
const CACHE_LIMIT = 4096;
const parsed = new Map<string, readonly string[]>();
const added = new Map<string, string>();
const withheldCache = new Map<string, boolean>();

function remember<V>(cache: Map<string, V>, key: string, value: V): V {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}

/** Internal: the codes of a status string, shared and read-only. */
function codesOf(status: string): readonly string[] {
  const hit = parsed.get(status);
  if (hit) return hit;
  const codes = status
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  return remember(parsed, status, Object.freeze(codes));
}

/**
 * Add status codes to a status string, keeping order and dropping duplicates.
 * `published` is dropped once any other code is present, except `synthetic`
 * and caveats, which may sit beside it.
 *
 * @example
 * ```ts
 * addStatus('published', 'suppressed'); // 'suppressed'
 * addStatus('suppressed', 'pandemic-caveat', 'suppressed'); // 'suppressed; pandemic-caveat'
 * ```
 */
export function addStatus(status: string | null | undefined, ...codes: (StatusCode | string)[]): string {
  const key = `${status ?? ''}\u0000${codes.join('\u0000')}`;
  return added.get(key) ?? remember(added, key, combine(status, codes));
}

function combine(status: string | null | undefined, codes: (StatusCode | string)[]): string {
  const out = parseStatus(status);
  for (const c of codes) if (c && !out.includes(c)) out.push(c);
  const withheld = out.some((c) => c === 'suppressed' || c === 'secondary-suppressed' || c === 'derived-from-suppressed' || c === 'withheld-with-group' || c === 'not-available' || c === 'zero-denominator');
  const final = withheld ? out.filter((c) => c !== 'published') : out;
  return final.join(SEPARATOR);
}

/**
 * Whether a status string says the value is withheld (suppressed by disclosure
 * control, derived from a suppressed count, or not available).
 *
 * @example
 * ```ts
 * isWithheld('secondary-suppressed'); // true
 * isWithheld('published; pandemic-caveat'); // false
 * ```
 */
export function isWithheld(status: string | null | undefined): boolean {
  if (!status) return false;
  const hit = withheldCache.get(status);
  if (hit !== undefined) return hit;
  const withheld = codesOf(status).some((c) => c === 'suppressed' || c === 'secondary-suppressed' || c === 'derived-from-suppressed' || c === 'withheld-with-group');
  return remember(withheldCache, status, withheld);
}

/**
 * Whether a status string carries a given code.
 *
 * @example
 * ```ts
 * hasStatus('suppressed; synthetic', 'synthetic'); // true
 * ```
 */
export function hasStatus(status: string | null | undefined, code: StatusCode | string): boolean {
  return !!status && codesOf(status).includes(code);
}
