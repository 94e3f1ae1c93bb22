import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as aq from 'arquero';
import type { PackTable, SnsaPack } from '../snsa/pack-model.js';
import { pngReady } from '../snsa/render-chart.js';
import { packToDocx } from './docx.js';
import { packNoun, packToHtml } from './html-report.js';
import { spreadsheetSafe } from '@cjsnsa/charts';
import { RESULT_COLUMNS } from '@cjsnsa/framework';
import { COLUMN_DICTIONARY, CSV_COLUMN_RENAMES, type ColumnEntry } from './column-dictionary.js';
import { stampCsv, type CsvExportStamp } from './csv-export-stamp.js';

const withFinalNewline = (text: string) => (text.endsWith('\n') ? text : `${text}\n`);

/**
 * Output formats for the narrative report; the chart pack and CSVs are always written.
 *
 * @example
 * ```ts
 * const formats: PackFormat[] = ['html']; // no Word document
 * await writePack(pack, 'snsa-output/fife', formats);
 * ```
 */
export type PackFormat = 'html' | 'docx';

/**
 * What {@link writePack} wrote, relative to the pack directory.
 *
 * @example
 * ```ts
 * const written: WrittenPack = await writePack(pack, 'snsa-output/fife');
 * written.files.includes('report.html'); // true
 * ```
 */
export interface WrittenPack {
  dir: string;
  files: string[];
}

/** Rows as CSV with every cell {@link spreadsheetSafe}; columns in the given order. */
function safeCsv(columns: string[], rows: Record<string, unknown>[]): string {
  const data: Record<string, unknown[]> = {};
  for (const c of columns) data[String(spreadsheetSafe(c))] = rows.map((r) => spreadsheetSafe(r[c] ?? null));
  return withFinalNewline(aq.table(data).toCSV());
}

/**
 * A pack table as CSV (header row, then rows; empty cells for null). Text
 * that a spreadsheet would run as a formula is prefixed with an apostrophe
 * ({@link spreadsheetSafe}); numbers are written as they are.
 *
 * @example
 * ```ts
 * tableToCsv({ id: 'b', title: 'Baseline', columns: ['area', 'value'], rows: [['S12000039', 4.2]], notes: [] });
 * // 'area,value\nS12000039,4.2\n'
 * ```
 */
export function tableToCsv(t: PackTable): string {
  return safeCsv(
    t.columns,
    t.rows.map((r) => Object.fromEntries(t.columns.map((c, i) => [c, r[i] ?? null]))),
  );
}

/**
 * The plain-text note written beside a pack's files: what the pack is, the
 * small-count rule every count in it passed, and what the files are.
 *
 * @example
 * ```ts
 * packReadme(pack).split('\n')[0]; // 'Bail Support and Supervision: Clackmannanshire'
 * ```
 */
export function packReadme(pack: SnsaPack): string {
  return [
    `${pack.topicTitle}: ${pack.areaName}`,
    `${pack.documentKind ?? 'Strategic Needs and Strengths Assessment data pack'}, generated ${pack.generated} by cjsnsa (framework ${pack.frameworkVersion}).`,
    '',
    `Disclosure control: ${pack.disclosure}`,
    ...(pack.synthetic ? ['', `This ${packNoun(pack)} includes synthetic demonstration data: figures marked synthetic are not official statistics.`] : []),
    '',
    'Files: report.html and report.docx (the report, with a technical annex for analysts at the end), results.csv (every figure behind it),',
    'baseline.csv (the CJOIP baseline), charts/ (each chart as SVG and PNG, with its alt text and its data as CSV),',
    'data-dictionary.csv (every column of every CSV: meaning, units, allowed values). Withheld figures read "suppressed" or are blank.',
    '',
    'Every CSV ends with the same export stamp columns on every row: pack_source, pack_licence, pack_produced, pack_area, pack_period.',
    'They are columns, not comment lines, so R read.csv, readr, pandas and arquero read each file with their defaults.',
    'Interval columns carry their confidence level in their names: lower_95_ci, upper_95_ci (and lower_99_8_ci, upper_99_8_ci).',
    '',
  ].join('\n');
}

/**
 * The export stamp of a pack's CSVs ({@link CsvExportStamp}): its sources,
 * licence, date, area and the span of its results' periods.
 *
 * @example
 * ```ts
 * csvExportStamp(pack).pack_area; // 'Dumfries and Galloway (S12000006)'
 * ```
 */
export function csvExportStamp(pack: SnsaPack): CsvExportStamp {
  const periods = [...new Set(pack.results.map((r) => String(r.period ?? '')).filter(Boolean))].sort();
  return {
    pack_source: pack.plainSources.join(' | '),
    pack_licence: pack.licence,
    pack_produced: pack.generated,
    pack_area: `${pack.areaName} (${pack.areaCode})`,
    pack_period: periods.length ? (periods.length === 1 ? periods[0]! : `${periods[0]} to ${periods[periods.length - 1]}`) : pack.generated.slice(0, 4),
  };
}

/** The header row of CSV text, as its column names. */
function csvHeader(csv: string): string[] {
  const line = csv.split(/\r?\n/, 1)[0] ?? '';
  return line ? line.split(',').map((c) => c.replace(/^"|"$/g, '').replace(/""/g, '"')) : [];
}

/**
 * The data dictionary of a pack: one row per column of each CSV written
 * (file, column, heading in the report, meaning, unit, allowed values),
 * from {@link COLUMN_DICTIONARY}; the baseline table's columns are
 * headings already and are described here.
 *
 * @param files - each CSV's name in the pack and its text as written
 * @example
 * ```ts
 * dataDictionary(pack, [['results.csv', csv]]).split('\n')[0]; // 'file,column,heading,meaning,unit,allowed_values'
 * ```
 */
export function dataDictionary(pack: SnsaPack, files: [string, string][]): string {
  const baseline: Record<string, ColumnEntry> = {
    Indicator: { label: 'Indicator', meaning: 'name of the indicator', unit: '', allowed: '' },
    'Latest period': { label: 'Latest period', meaning: 'latest period with a figure for the area', unit: '', allowed: COLUMN_DICTIONARY.period!.allowed },
    Value: { label: 'Value', meaning: 'the latest figure, formatted as in the report', unit: 'see Unit', allowed: 'number; "suppressed" when withheld' },
    '95% interval': { label: '95% interval', meaning: '95% confidence interval of the value, "lower to upper"', unit: 'see Unit', allowed: 'text; blank where there is none' },
    Unit: COLUMN_DICTIONARY.unit!,
    Scotland: COLUMN_DICTIONARY.scotland_value!,
    [pack.baseline.columns[6] ?? 'Family group']: COLUMN_DICTIONARY.group_value!,
    'Compared with Scotland': COLUMN_DICTIONARY.comparison_scotland!,
    Trend: { label: 'Trend', meaning: 'recent trend in words, with whether it is getting better or worse', unit: '', allowed: '' },
    Classification: { label: 'Classification', meaning: 'need, strength or context call of the indicator', unit: '', allowed: 'Need, Strength, Mixed, No significant difference, No trend, Volume rising, Volume falling, Volume steady, Not judged, Not available' },
    Rule: { label: 'Rule', meaning: 'the rule that made the classification, in words', unit: '', allowed: '' },
    Status: COLUMN_DICTIONARY.status!,
  };
  const rows: Record<string, string>[] = [];
  for (const [file, text] of files) {
    for (const column of csvHeader(text)) {
      const e = (file === 'baseline.csv' ? baseline[column] : undefined) ?? COLUMN_DICTIONARY[CSV_COLUMN_RENAMES[column] ?? column];
      rows.push({
        file,
        column,
        heading: e?.label ?? column,
        meaning: e?.meaning ?? '',
        unit: e?.unit ?? '',
        allowed_values: e?.allowed ?? '',
      });
    }
  }
  return safeCsv(['file', 'column', 'heading', 'meaning', 'unit', 'allowed_values'], rows);
}

/**
 * Write one SNSA pack to a directory: `report.html` (self-contained),
 * `report.docx` (when asked), `results.csv`, `baseline.csv`, `README.txt` (with the
 * small-count rule), `data-dictionary.csv`, and the chart
 * pack `charts/<id>.svg`, `.png`, `.alt.txt`, `.csv`. Every CSV is safe to
 * open in a spreadsheet: text that would run as a formula starts with an
 * apostrophe ({@link spreadsheetSafe}); every CSV carries the export stamp
 * ({@link stampCsv}) and is described column by column in
 * `data-dictionary.csv` ({@link dataDictionary}).
 *
 * @param pack - the assembled pack
 * @param dir - directory to write into (created if needed)
 * @param formats - narrative formats to write (default both)
 * @returns the directory and the files written, relative to it
 * @example
 * ```ts
 * const written = await writePack(pack, 'snsa-output/west-dunbartonshire/diversion');
 * written.files.includes('report.html'); // true
 * ```
 */
export async function writePack(pack: SnsaPack, dir: string, formats: PackFormat[] = ['html', 'docx']): Promise<WrittenPack> {
  const files: string[] = [];
  const put = async (name: string, data: string | Uint8Array) => {
    await writeFile(join(dir, name), data);
    files.push(name);
  };
  await pngReady(pack.sections.flatMap((s) => s.charts)); // charts rendered outside buildSnsaPack get their PNG now
  await mkdir(join(dir, 'charts'), { recursive: true });
  const stamp = csvExportStamp(pack);
  const csvs: [string, string][] = [];
  const putCsv = async (name: string, csv: string) => {
    const stamped = stampCsv(withFinalNewline(csv), stamp);
    csvs.push([name, stamped]);
    await put(name, stamped);
  };
  for (const section of pack.sections) {
    for (const chart of section.charts) {
      await put(`charts/${chart.id}.svg`, chart.svg);
      await put(`charts/${chart.id}.png`, chart.png);
      await put(`charts/${chart.id}.alt.txt`, chart.altText + '\n');
      await putCsv(`charts/${chart.id}.csv`, chart.csv);
    }
  }
  await putCsv('results.csv', safeCsv(pack.results.length ? Object.keys(pack.results[0]!) : [...RESULT_COLUMNS], pack.results));
  await put('README.txt', packReadme(pack));
  await putCsv('baseline.csv', tableToCsv(pack.baseline));
  await put('data-dictionary.csv', dataDictionary(pack, csvs));
  if (formats.includes('html')) await put('report.html', packToHtml(pack));
  if (formats.includes('docx')) await put('report.docx', await packToDocx(pack));
  return { dir, files };
}
