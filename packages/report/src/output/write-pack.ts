import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as aq from 'arquero';
import type { PackTable, SnsaPack } from '../snsa/pack-model.js';
import { chartsRasterised } from '../snsa/render-chart.js';
import { packToDocx } from './docx.js';
import { packToHtml } from './html-report.js';
import { spreadsheetSafe } from '@cjsnsa/charts';

const withFinalNewline = (text: string) => (text.endsWith('\n') ? text : `${text}\n`);

/** Output formats for the narrative report; the chart pack and CSVs are always written. */
export type PackFormat = 'html' | 'docx';

/** What {@link writePack} wrote, relative to the pack directory. */
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
    `Strategic Needs and Strengths Assessment data pack, generated ${pack.generated} by cjsnsa (framework ${pack.frameworkVersion}).`,
    '',
    `Disclosure control: ${pack.disclosure}`,
    ...(pack.synthetic ? ['', 'This pack includes synthetic demonstration data: figures marked synthetic are not official statistics.'] : []),
    '',
    'Files: report.html and report.docx (the report), results.csv (every figure behind it), baseline.csv (the CJOIP baseline),',
    'charts/ (each chart as SVG and PNG, with its alt text and its data as CSV). Withheld figures read "suppressed" or are blank.',
    '',
  ].join('\n');
}

/**
 * Write one SNSA pack to a directory: `report.html` (self-contained),
 * `report.docx` (when asked), `results.csv`, `baseline.csv`, `README.txt` (with the
 * small-count rule), and the chart
 * pack `charts/<id>.svg`, `.png`, `.alt.txt`, `.csv`. Every CSV is safe to
 * open in a spreadsheet: text that would run as a formula starts with an
 * apostrophe ({@link spreadsheetSafe}).
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
  await chartsRasterised(); // charts rendered outside buildSnsaPack get their PNG now
  await mkdir(join(dir, 'charts'), { recursive: true });
  for (const section of pack.sections) {
    for (const chart of section.charts) {
      await put(`charts/${chart.id}.svg`, chart.svg);
      await put(`charts/${chart.id}.png`, chart.png);
      await put(`charts/${chart.id}.alt.txt`, chart.altText + '\n');
      await put(`charts/${chart.id}.csv`, withFinalNewline(chart.csv));
    }
  }
  await put('results.csv', pack.results.length ? safeCsv(Object.keys(pack.results[0]!), pack.results) : '');
  await put('README.txt', packReadme(pack));
  await put('baseline.csv', tableToCsv(pack.baseline));
  if (formats.includes('html')) await put('report.html', packToHtml(pack));
  if (formats.includes('docx')) await put('report.docx', await packToDocx(pack));
  return { dir, files };
}
