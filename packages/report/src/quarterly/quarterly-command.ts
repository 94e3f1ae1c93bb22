import { resolve, join } from 'node:path';
import { parseArgs } from 'node:util';
import { op } from 'arquero';
import { DataError, parsePeriod } from '@cjsnsa/core';
import { disclosureOption } from '../cli/parse-cli-args.js';
import { DataProblemsError, loadSnsaData } from '../data/load-snsa-data.js';
import { messages } from '../messages.js';
import { areaSlug } from '../output/area-slug.js';
import { writePack, type PackFormat } from '../output/write-pack.js';
import { snsaArea } from '../snsa/snsa-context.js';
import { readQuarterlyData } from './read-quarterly-data.js';
import { quarterlyResults } from './quarterly-indicators.js';
import { buildQuarterlyReport } from './quarterly-report.js';

/**
 * The `snsa quarterly --help` text.
 *
 * @example
 * ```ts
 * QUARTERLY_USAGE.split('\n')[0]; // 'snsa quarterly: the quarterly performance report for an executive board'
 * ```
 */
export const QUARTERLY_USAGE = `snsa quarterly: the quarterly performance report for an executive board

Usage:
  snsa quarterly --area <name or code> --data <file or folder> [--quarter "2024-25 Q3"] [--out <folder>] [--format html,docx]
                 [--min-count <n> | --disclosure-rule <file>] [--quiet]

Options:
  --area      the council area
  --data      your quarterly data: observation files with quarters in the period column, or individual-level extracts
              (docs/quarterly.md; examples/quarterly/quarterly-synthetic.csv is a synthetic example)
  --quarter   the latest quarter to report (default: the data's latest)
  --out       the folder to write into (default: quarterly-<area>-<quarter>)
  --format    html, docx or both (default: html,docx)
  --min-count, --disclosure-rule   the small-count rule, as for the pack
  --help      this text
`;

/**
 * `snsa quarterly`: read and check the quarterly data (every problem by
 * file, row and column, before anything is written), compute every area's
 * quarterly indicators with the small-count rule, and write the report
 * ({@link buildQuarterlyReport}) with the pack's writer.
 *
 * @param argv - the arguments after `quarterly`
 * @returns the report's HTML path, or `null` for `--help`
 * @throws DataProblemsError listing the data's problems; Error for a bad option, area or quarter
 * @example
 * ```ts
 * await quarterlyCommand(['--area', 'Fife', '--data', 'quarterly.csv', '--quarter', '2023-24 Q3']);
 * ```
 */
export async function quarterlyCommand(argv: string[]): Promise<string | null> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      allowPositionals: false,
      options: {
        area: { type: 'string' },
        data: { type: 'string' },
        quarter: { type: 'string' },
        out: { type: 'string' },
        format: { type: 'string', default: 'html,docx' },
        'min-count': { type: 'string' },
        'disclosure-rule': { type: 'string' },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (err) {
    throw new Error(messages.unknownOption((err as Error).message));
  }
  if (values.help) {
    process.stdout.write(QUARTERLY_USAGE);
    return null;
  }
  if (values.area === undefined) throw new Error(messages.unknownOption('quarterly needs --area <name or code>'));
  if (values.data === undefined) throw new Error(messages.quarterlyNoDataOption);
  const formats = String(values.format).split(',').map((f) => f.trim().toLowerCase()).filter(Boolean);
  for (const f of formats) if (f !== 'html' && f !== 'docx') throw new Error(messages.unknownFormat(f));
  const disclosure = disclosureOption(values);
  let asked: string | null = null;
  if (values.quarter !== undefined) {
    let kind: string | null = null;
    try {
      const p = parsePeriod(values.quarter);
      kind = p.kind;
      asked = p.label;
    } catch {
      kind = null;
    }
    if (kind !== 'quarter') throw new Error(messages.quarterlyBadQuarter(values.quarter));
  }
  const area = snsaArea(values.area);
  const log = (line: string) => {
    if (!values.quiet) process.stdout.write(line + '\n');
  };

  let data;
  try {
    data = await readQuarterlyData(resolve(values.data));
  } catch (err) {
    if (err instanceof DataError) throw new DataProblemsError(err.issues);
    throw err;
  }
  const quarter = asked ?? data.quarters[data.quarters.length - 1]!;
  if (!data.quarters.includes(quarter)) throw new Error(messages.quarterlyQuarterNotInData(quarter, data.quarters[0]!, data.quarters[data.quarters.length - 1]!));
  for (const w of data.warnings) process.stderr.write(`snsa: ${w.file ?? ''}${w.row !== null ? `, row ${w.row}` : ''}: ${w.message}\n`);

  log(`${area.name}: computing the quarterly indicators for all areas (Scotland = sum of the 32 areas)…`);
  // rates need the population aged 16–70: the embedded estimates
  const embedded = await loadSnsaData();
  const population = embedded.observations.filter((d: { indicator: string }) => op.startswith(d.indicator, 'population-'));
  const columns = data.observations.columnNames().filter((c) => population.columnNames().includes(c));
  // quarters after the one reported are left out, so that its trend is the latest (the framework tests the latest row)
  const upTo = data.quarters.slice(0, data.quarters.indexOf(quarter) + 1);
  const quarterly = data.observations.params({ upTo }).filter((d: { period: string }, $: { upTo: string[] }) => op.includes($.upTo, d.period));
  const rows = quarterlyResults(quarterly.select(columns).concat(population.select(columns)), disclosure);
  if (!rows.some((r) => r.area === area.code && r.period === quarter)) throw new Error(messages.quarterlyAreaNoData(area.name, quarter));
  const report = await buildQuarterlyReport(rows, { area, quarter, disclosure, warnings: data.warnings });
  const out = resolve(values.out ?? `quarterly-${areaSlug(area.name)}-${areaSlug(quarter)}`);
  await writePack(report, out, formats as PackFormat[]);
  const page = join(out, 'report.html');
  process.stdout.write(`Quarterly report for ${area.name}, ${quarter}: ${formats.includes('html') ? page : out}\n`);
  return page;
}
