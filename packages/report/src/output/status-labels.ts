import { STATUS_CODES, type StatusCode } from '@cjsnsa/core';

/**
 * Each status code in words a coordinator reads (core's status codes are
 * machine names: they stay in the CSVs, explained by the data dictionary).
 * `published` has a label but is left out of a status that carries others:
 * "published; synthetic" reads "Synthetic demonstration data".
 *
 * @example
 * ```ts
 * STATUS_LABELS.suppressed; // 'Withheld (small number)'
 * ```
 */
export const STATUS_LABELS: Readonly<Record<StatusCode, string>> = {
  published: 'Published',
  suppressed: 'Withheld (small number)',
  'secondary-suppressed': 'Withheld (protects a small number)',
  'derived-from-suppressed': 'Withheld (worked out from a withheld number)',
  'withheld-with-group': 'Withheld with its breakdown',
  provisional: 'Provisional',
  'break-in-series': 'Break in series',
  'pandemic-caveat': 'Pandemic year: compare with caution',
  'not-available': 'Not available',
  'not-applicable': 'Not applicable',
  'population-fallback': 'Latest population estimate used',
  'small-denominator': 'Small base: treat with caution',
  synthetic: 'Synthetic demonstration data',
  'zero-denominator': 'No value (base of zero)',
  'missing-as-zero': 'Missing figures counted as 0',
  'low-figure': 'Too small to show',
  revised: 'Revised',
  estimated: 'Estimate',
  'low-reliability': 'Low reliability',
};

const KNOWN = new Set<string>(STATUS_CODES);

/**
 * A status (codes joined by `"; "`, as in results) in words: each code's
 * {@link STATUS_LABELS} entry, `published` dropped when other codes are
 * present, codes that are not core's kept as written.
 *
 * @param status - e.g. `'published; synthetic'`
 * @returns e.g. `'Synthetic demonstration data'`; `''` for an empty status
 * @example
 * ```ts
 * statusLabel('synthetic; pandemic-caveat'); // 'Synthetic demonstration data; Pandemic year: compare with caution'
 * statusLabel('published'); // 'Published'
 * ```
 */
export function statusLabel(status: string | null | undefined): string {
  const codes = String(status ?? '')
    .split(';')
    .map((c) => c.trim())
    .filter(Boolean);
  const shown = codes.length > 1 ? codes.filter((c) => c !== 'published') : codes;
  return shown.map((c) => (KNOWN.has(c) ? STATUS_LABELS[c as StatusCode] : c)).join('; ');
}
