import { STATUS_CODES, type StatusCode } from '@cjsnsa/core';
import type { ResultRow } from '@cjsnsa/framework';
import { STATUS_LABELS } from '../output/status-labels.js';
import type { PackAnnex, PackTable } from './pack-model.js';
import type { SnsaContext } from './snsa-context.js';

/** What each status code means, for the annex (the report shows {@link STATUS_LABELS}). */
const STATUS_MEANINGS: Readonly<Record<StatusCode, string>> = {
  published: 'a published figure, nothing to flag',
  suppressed: 'withheld by disclosure control (a small count) or by the supplier',
  'secondary-suppressed': 'withheld so that a small count cannot be worked out from totals',
  'derived-from-suppressed': 'computed from a withheld count, so withheld too',
  'withheld-with-group': 'withheld with every cell of its breakdown, because a small count in it could not otherwise be protected; says nothing of its own size',
  provisional: 'figure or indicator definition not yet confirmed',
  'break-in-series': 'not comparable with earlier periods',
  'pandemic-caveat': 'COVID-19 years (2020-21, 2021-22): compare with caution',
  'not-available': 'not published or not collected',
  'not-applicable': 'the measure has no meaning here',
  'population-fallback': 'rate computed on the latest population year held, not the period\'s own',
  'small-denominator': 'denominator below the stated minimum: treat with caution',
  synthetic: 'synthetic demonstration data, not official statistics',
  'zero-denominator': 'the denominator is zero: no value can be computed',
  'missing-as-zero': 'a sum that counted missing or withheld contributors as 0',
  'low-figure': 'a published symbol for a figure too small to show',
  revised: 'revised since first publication',
  estimated: 'an estimate, not a count',
  'low-reliability': 'published with a low-reliability warning',
};

/**
 * The technical annex of a pack: what an analyst checking the figures needs
 * and a coordinator does not. The datasets read, with their sources in
 * full, licences, generator and seed for synthetic files, and the
 * dataset notes (derivation formulas, codes such as CPO termination
 * reasons); the status codes of the CSVs with what each means; the
 * indicators with their codes, measures and interval methods; the sources
 * exactly as the data gives them; how the CSVs are stamped.
 *
 * @example
 * ```ts
 * technicalAnnex(ctx, results, pack.sources).tables.map((t) => t.id);
 * // ['annex-datasets', 'annex-indicators', 'annex-status-codes', 'annex-sources']
 * ```
 */
export function technicalAnnex(ctx: Pick<SnsaContext, 'data'>, results: readonly ResultRow[], sources: readonly string[]): PackAnnex {
  const datasets: PackTable = {
    id: 'annex-datasets',
    title: 'Datasets read, with their notes',
    columns: ['File', 'Kind', 'Source', 'Licence', 'Generator and seed', 'Notes'],
    rows: ctx.data.catalogue
      .filter((e) => e.schema !== 'lookup')
      .map((e) => [
        e.path,
        e.kind === 'synthetic' ? 'Synthetic' : 'Published statistics',
        e.source,
        e.licence ?? null,
        e.generator ? `${e.generator}${e.seed !== undefined ? `, seed ${e.seed}` : ''}` : null,
        (e.caveats ?? []).join(' '),
      ]),
    notes: [],
  };
  const seenIndicators = new Map<string, ResultRow>();
  for (const r of results) if (!seenIndicators.has(r.indicator) && r.method) seenIndicators.set(r.indicator, r);
  for (const r of results) if (!seenIndicators.has(r.indicator)) seenIndicators.set(r.indicator, r);
  const indicators: PackTable = {
    id: 'annex-indicators',
    title: 'Indicators: codes, measures and interval methods',
    columns: ['Indicator code', 'Indicator', 'Measure', 'Unit', 'Better when', 'Interval method'],
    rows: [...seenIndicators.values()].map((r) => [r.indicator, r.indicator_name, r.measure, r.unit, r.polarity, r.method ?? null]),
    notes: [],
  };
  const codes = new Set(results.flatMap((r) => String(r.status ?? '').split(';').map((c) => c.trim())));
  const statusCodes: PackTable = {
    id: 'annex-status-codes',
    title: 'Status codes in the CSV files',
    columns: ['Code', 'Shown in the report as', 'Meaning'],
    rows: STATUS_CODES.filter((c) => codes.has(c) || c === 'suppressed' || c === 'published').map((c) => [c, STATUS_LABELS[c], STATUS_MEANINGS[c]]),
    notes: [],
  };
  const rawSources: PackTable = { id: 'annex-sources', title: 'Sources as the data gives them', columns: ['Source'], rows: sources.map((s) => [s]), notes: [] };
  return {
    paragraphs: [
      'This annex is for analysts checking the figures; the report above is written for the partnership. It lists the datasets read with their own notes (how figures were derived, generator settings, codes), the indicators with their codes and interval methods, and the status codes used in the CSV files.',
      'Every CSV file in the pack keeps machine column names (data-dictionary.csv says what each column holds, its units and allowed values) and ends with the same export stamp columns on every row: pack_source, pack_licence, pack_produced, pack_area and pack_period. The stamp is in columns, not comment lines, so that R read.csv, readr, pandas and arquero read each file with their defaults. Confidence levels are in the interval columns\' names (lower_95_ci, upper_95_ci, lower_99_8_ci, upper_99_8_ci).',
    ],
    tables: [datasets, indicators, statusCodes, rawSources],
  };
}
