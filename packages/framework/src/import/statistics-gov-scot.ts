import { columnLetter, parseCell, parsePeriod, readSheets, type SheetsRead, type TableSource } from '@cjsnsa/core';
import { AreaNotFoundError } from '../geography/area-not-found-error.js';
import { resolveArea } from '../geography/resolve-area.js';
import { messages } from '../messages.js';
import { importedTable, type ImportResult, type ImportedRead, type OfficialTablesRead } from './imported-observations.js';

/**
 * A statistics.gov.scot dataset cjsnsa reads: its name (as in its address,
 * `https://statistics.gov.scot/data/<dataset>`), the data item its
 * `Count` rows give, and what it is.
 *
 * @example
 * ```ts
 * const d: StatisticsGovScotDataset = { dataset: 'community-payback-orders-commenced', item: 'cpo-commenced', description: 'CPOs commenced' };
 * ```
 */
export interface StatisticsGovScotDataset {
  dataset: string;
  item: string;
  description: string;
}

/**
 * The statistics.gov.scot datasets `readStatisticsGovScot` reads, and the
 * data item each gives (from its `Measurement` = `Count` rows).
 *
 * | dataset | data item |
 * |---|---|
 * | `community-payback-orders-commenced` | `cpo-commenced` |
 *
 * @example
 * ```ts
 * STATISTICS_GOV_SCOT_DATASETS[0].item; // 'cpo-commenced'
 * ```
 */
export const STATISTICS_GOV_SCOT_DATASETS: readonly StatisticsGovScotDataset[] = [
  { dataset: 'community-payback-orders-commenced', item: 'cpo-commenced', description: 'Community payback orders commenced, by council area, age and gender (Justice Social Work Statistics)' },
];

/** Geographies a FeatureCode may be in, by its first three characters. */
const GEOGRAPHIES: Record<string, string> = {
  S01: 'a data zone',
  S02: 'an intermediate zone',
  S08: 'a health board',
  S13: 'an electoral ward',
  S14: 'a UK Parliament constituency',
  S16: 'a Scottish Parliament constituency',
  S17: 'a Scottish Parliament region',
  S37: 'a health and social care partnership',
};
const FIXED = ['featurecode', 'geographycode', 'datecode', 'measurement', 'units', 'value', 'datamarker'];
const TOTAL = /^(all|total)$/i;
const RATES = /^(ratio|rate|percent|percentage)$/i;
/** Data markers beside a value: GSS symbols and flags, as `parseCell` reads them. */
const MARKER = /^(\[[a-z]+\]|\*|\.\.)$/i;
/** Markers that stand for the value (it is not published). */
const WITHHELD = /^(\[(c|x|z|w|low)\]|\*|\.\.)$/i;

const cell = (v: unknown) => (v === null || v === undefined ? '' : String(v).trim());

/** Internal: does a CSV's first row look like a statistics.gov.scot download? */
export function isStatisticsGovScotHeader(header: readonly unknown[]): boolean {
  const names = new Set(header.map((h) => cell(h).replace(/^\uFEFF/, '').toLowerCase()));
  return (names.has('featurecode') || names.has('geographycode')) && names.has('datecode') && names.has('measurement') && names.has('value');
}

/** Internal: map a statistics.gov.scot CSV already read (see {@link readStatisticsGovScot}). */
export function importStatisticsGovScot(read: SheetsRead, options: { dataset?: string } = {}): ImportResult {
  const file = read.file;
  const base = file.split(/[\\/]/).pop() ?? file;
  const result: ImportResult = { reads: [], warnings: [...read.warnings], problems: [] };
  const problem = (message: string, row: number | null = null, column: string | null = null, c: number | null = null) =>
    result.problems.push({ file, row, column, columnLetter: c === null ? null : columnLetter(c), message });
  const known = STATISTICS_GOV_SCOT_DATASETS.map((d) => d.dataset);
  const dataset = STATISTICS_GOV_SCOT_DATASETS.find((d) => d.dataset === options.dataset || (!options.dataset && base.toLowerCase().includes(d.dataset)));
  if (!dataset) {
    problem(messages.sgsUnknownDataset(base, known));
    return result;
  }
  const rows = read.sheets[0]?.rows ?? [];
  const header = (rows[0] ?? []).map((h) => cell(h).replace(/^\uFEFF/, ''));
  const index = (name: string) => header.findIndex((h) => h.toLowerCase() === name);
  const col = {
    area: index('featurecode') >= 0 ? index('featurecode') : index('geographycode'),
    period: index('datecode'),
    measurement: index('measurement'),
    units: index('units'),
    value: index('value'),
    marker: index('datamarker'),
  };
  for (const [name, i] of [['FeatureCode', col.area], ['DateCode', col.period], ['Measurement', col.measurement], ['Value', col.value]] as const) {
    if (i < 0) problem(messages.sgsMissingColumn(name, header), 1);
  }
  if (result.problems.length) return result;
  const dimensions = header.map((h, i) => ({ h, i })).filter(({ h }) => h && !FIXED.includes(h.toLowerCase()));
  const read1: ImportedRead = {
    file,
    source: `statistics.gov.scot, dataset ${dataset.dataset} (${base})`,
    columns: {
      indicator: { column: header[col.measurement], columnLetter: columnLetter(col.measurement) },
      area: { column: header[col.area], columnLetter: columnLetter(col.area) },
      period: { column: header[col.period], columnLetter: columnLetter(col.period) },
      numerator: { column: header[col.value], columnLetter: columnLetter(col.value) },
      status: col.marker >= 0 ? { column: header[col.marker], columnLetter: columnLetter(col.marker) } : { column: header[col.value], columnLetter: columnLetter(col.value) },
      breakdown: dimensions.length ? { column: dimensions.map((d) => d.h).join(', '), columnLetter: columnLetter(dimensions[0].i) } : { column: null, columnLetter: null },
      group: dimensions.length ? { column: dimensions.map((d) => d.h).join(', '), columnLetter: columnLetter(dimensions[0].i) } : { column: null, columnLetter: null },
      source: { column: null, columnLetter: null },
    },
    rows: [],
  };
  const skipped = new Map<string, number>();
  const geographies = new Map<string, { first: number; rows: number }>();
  let counts = 0;
  const last = columnLetter(header.length - 1);
  rows.forEach((r, i) => {
    const row = i + 1;
    if (i === 0 || r.every((v) => cell(v) === '')) return;
    const measurement = cell(r[col.measurement]);
    if (RATES.test(measurement)) {
      skipped.set(measurement, (skipped.get(measurement) ?? 0) + 1);
      return;
    }
    if (!/^count$/i.test(measurement)) {
      problem(messages.sgsUnknownMeasurement(measurement), row, header[col.measurement], col.measurement);
      return;
    }
    counts++;
    const code = cell(r[col.area]);
    const kind = code.slice(0, 3).toUpperCase();
    if (kind !== 'S12' && kind !== 'S92' && /^S\d\d/.test(kind)) {
      const g = geographies.get(kind) ?? { first: row, rows: 0 };
      g.rows++;
      geographies.set(kind, g);
      return;
    }
    let area: string;
    try {
      area = resolveArea(code).code;
    } catch (e) {
      if (!(e instanceof AreaNotFoundError)) throw e;
      problem(messages.areaNotFound(e.input, e.suggestions), row, header[col.area], col.area);
      return;
    }
    let period = cell(r[col.period]);
    try {
      period = parsePeriod(period).label;
    } catch (e) {
      problem((e as Error).message, row, header[col.period], col.period);
      return;
    }
    const marker = col.marker >= 0 ? cell(r[col.marker]) : '';
    if (marker && !MARKER.test(marker)) {
      problem(messages.sgsUnknownMarker(marker), row, header[col.marker], col.marker);
      return;
    }
    let value;
    try {
      // a symbol in DataMarker stands for the value; a flag ([p], [r]) goes with it
      const v = cell(r[col.value]);
      value = parseCell(!marker ? v : WITHHELD.test(marker) ? marker : `${v} ${marker}`);
    } catch (e) {
      problem((e as Error).message, row, header[col.value], col.value);
      return;
    }
    const parts = dimensions.filter((d) => !TOTAL.test(cell(r[d.i])));
    read1.rows.push({
      row,
      indicator: dataset.item,
      area,
      period,
      numerator: value.value,
      status: value.status ?? '',
      ...(dimensions.length
        ? { breakdown: parts.length ? parts.map((d) => cell(r[d.i])).join(', ') : null, group: parts.length ? parts.map((d) => d.h).join(' × ') : null }
        : {}),
      provenance: `${base}, row ${row} (cells A${row}:${last}${row})`,
    });
  });
  for (const [kind, g] of geographies) problem(messages.sgsGeography(kind, GEOGRAPHIES[kind] ?? 'another geography’s', g.rows), g.first, header[col.area], col.area);
  if (!counts && skipped.size) problem(messages.sgsRateOnly([...skipped.keys()]), 2, header[col.measurement], col.measurement);
  else for (const [m, n] of skipped) result.warnings.push({ file, row: null, column: header[col.measurement], columnLetter: columnLetter(col.measurement), message: messages.sgsMeasurementSkipped(m, n) });
  if (read1.rows.length) result.reads.push(read1);
  return result;
}

/**
 * Read a CSV downloaded from statistics.gov.scot (columns `FeatureCode`
 * (or `GeographyCode`), `DateCode`, `Measurement`, `Units`, `Value`, an
 * optional `DataMarker`, and one column per dimension such as `Gender` and
 * `Age`) and map its `Count` rows to observations of the dataset's data
 * item ({@link STATISTICS_GOV_SCOT_DATASETS}).
 *
 * - The dataset is told by the file name (as downloaded, it holds the
 *   dataset's name, e.g. `community-payback-orders-commenced`), or by
 *   `options.dataset`.
 * - `FeatureCode`: council areas (`S12…`) and Scotland (`S92000003`);
 *   another geography (`S08` health boards, `S16` constituencies …) is
 *   refused with a message saying which to download.
 * - `DateCode`: `2022/2023` → `2022-23`; `2022` stays a calendar year.
 * - `Measurement`: `Count` rows are read; `Ratio`, `Rate` and `Percent`
 *   rows are left out with a warning (cjsnsa computes rates from counts),
 *   and a download of rates only is refused.
 * - Dimensions: a row with `All` (or `Total`) in every dimension is the
 *   total; any other is a `breakdown` row (`Female, 21-25`) in a `group`
 *   naming its dimensions (`Gender × Age`), checked against its total.
 * - `Value` and `DataMarker`: numbers or GSS symbols (`[c]` → `suppressed`).
 * - Every row carries `provenance`: file and row.
 *
 * @param source - a file path or `{ name, data }`.
 * @param options - `dataset`: the dataset's name. __Default value:__ from the file name.
 * @returns a promise of the observations (with `provenance`) and warnings.
 * @throws DataError listing every problem by file, row and column.
 * @example
 * ```ts
 * const { table } = await readStatisticsGovScot({ name: 'community-payback-orders-commenced.csv', data:
 *   'FeatureCode,DateCode,Measurement,Units,Value,Gender,Age\n' +
 *   'S12000039,2022/2023,Count,Orders,375,All,All\nS12000039,2022/2023,Ratio,Per 10000,60.5,All,All\n' });
 * table.objects()[0];
 * // { indicator: 'cpo-commenced', area: 'S12000039', period: '2022-23', numerator: 375, denominator: null,
 * //   status: 'published', source: 'statistics.gov.scot, dataset community-payback-orders-commenced (…)',
 * //   breakdown: null, group: null, provenance: 'community-payback-orders-commenced.csv, row 2 (cells A2:G2)' }
 * ```
 */
export async function readStatisticsGovScot(source: TableSource, options: { dataset?: string } = {}): Promise<OfficialTablesRead> {
  return importedTable(importStatisticsGovScot(await readSheets(source, { format: 'csv' }), options));
}
