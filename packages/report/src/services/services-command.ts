import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as aq from 'arquero';
import { DataError } from '@cjsnsa/core';
import { SCOTLAND } from '@cjsnsa/framework';
import { fundingTimelineChart, spreadsheetSafe } from '@cjsnsa/charts';
import { DataProblemsError } from '../data/load-snsa-data.js';
import { providerTypeLabel } from '../data/services-register.js';
import { messages } from '../messages.js';
import { areaSlug } from '../output/area-slug.js';
import { stampCsv } from '../output/csv-export-stamp.js';
import { pngReady, renderChart } from '../snsa/render-chart.js';
import { snsaArea } from '../snsa/snsa-context.js';
import type { PackChart } from '../snsa/pack-model.js';
import { readDirectoryRegister } from './directory-register.js';
import { directoryTemplateCsv } from './directory-template.js';
import { DIRECTORY_CSV_COLUMNS, directoryRows, servicesDirectory, type ServicesDirectory } from './services-directory.js';
import { servicesDirectoryHtml } from './services-directory-html.js';

/**
 * The `snsa services --help` text.
 *
 * @example
 * ```ts
 * SERVICES_USAGE.split('\n')[0]; // 'snsa services: a searchable, printable directory of the services in an area'
 * ```
 */
export const SERVICES_USAGE = `snsa services: a searchable, printable directory of the services in an area

Usage:
  snsa services --register <file.csv> [--area <name or code>|scotland] [--out <folder>] [--include-unchecked] [--as-of <YYYY-MM-DD>]
  snsa services-template [--out <file.csv>]

Options:
  --register           the partnership's services register (CSV; docs/services-directory.md has its columns)
  --area               a council area, or scotland for every service (default: scotland)
  --out                the folder to write into (default: services-<area>)
  --include-unchecked  list services whose due diligence is not complete or that the partnership has not agreed, marked "Not checked"
  --as-of              the date reviews and funding are judged from (default: today)
  --help               this text

Writes services-directory.html (one file, opens with no network), services-directory.csv,
and the funding cliff chart as SVG and PNG with its alt text and data.
`;

/**
 * The funding cliff of a directory: the funding timeline of its listed
 * services that record both funding dates, grouped by whether funding ends
 * within 12 months of the directory's date; `null` when none records both.
 *
 * @example
 * ```ts
 * const chart = await directoryFundingChart(servicesDirectory(register, { area: 'S12000013', asOf: '2025-06-01' }));
 * chart?.altText;
 * ```
 */
export async function directoryFundingChart(d: ServicesDirectory): Promise<PackChart | null> {
  const funded = d.entries.filter((e) => e.fundingStart && e.fundingEnd);
  if (!funded.length) return null;
  const spec = fundingTimelineChart(
    funded.map((e) => ({ service: e.name, start: e.fundingStart!, end: e.fundingEnd!, provider: providerTypeLabel(e.sector), source: 'services register' })),
    { asOf: d.asOf, horizonMonths: 12, title: `Funding of the services listed: ${d.areaName}` },
  );
  return renderChart(spec, 'services-funding');
}

/**
 * `snsa services`: read and check the register (every problem by file,
 * row and column, before anything is written), make the directory
 * ({@link servicesDirectory}) and write `services-directory.html`
 * ({@link servicesDirectoryHtml}), `services-directory.csv` (with the
 * export stamp) and the funding cliff chart. `snsa services-template`
 * writes a register to start from ({@link directoryTemplateCsv}).
 *
 * @param argv - the arguments after `services` (or after `services-template`, with `template` true)
 * @param template - write the template register instead
 * @returns the path of the page (or of the template), or `null` for `--help`
 * @throws DataProblemsError listing the register's problems; Error for an unknown option or area
 * @example
 * ```ts
 * await servicesCommand(['--register', 'register.csv', '--area', 'Fife']); // '/…/services-fife/services-directory.html'
 * ```
 */
export async function servicesCommand(argv: string[], template = false): Promise<string | null> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      allowPositionals: false,
      options: {
        register: { type: 'string' },
        area: { type: 'string', default: 'scotland' },
        out: { type: 'string' },
        'include-unchecked': { type: 'boolean', default: false },
        'as-of': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (err) {
    throw new Error(messages.unknownOption((err as Error).message));
  }
  if (values.help) {
    process.stdout.write(SERVICES_USAGE);
    return null;
  }
  if (template) {
    const out = resolve(values.out ?? 'services-register.csv');
    await writeFile(out, directoryTemplateCsv());
    process.stdout.write(`Services register template: ${out}\nFill it in, then: snsa services --register ${out} --area <your area>\n`);
    return out;
  }
  if (!values.register) throw new Error(messages.directoryNoRegister);
  const asOf = values['as-of'];
  if (asOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new Error(messages.unknownOption(`--as-of "${asOf}" is not a date written YYYY-MM-DD`));
  const areaText = String(values.area).trim();
  const area = areaText.toLowerCase() === 'scotland' ? { code: SCOTLAND.code, name: SCOTLAND.name } : snsaArea(areaText);
  let register;
  try {
    register = await readDirectoryRegister(resolve(values.register), { today: asOf });
  } catch (err) {
    if (err instanceof DataError) throw new DataProblemsError(err.issues);
    throw err;
  }
  for (const w of register.warnings) process.stderr.write(`snsa: ${w.file}: ${w.message}\n`);
  const d = servicesDirectory(register, { area: area.code, asOf, includeUnchecked: values['include-unchecked'] });
  const out = resolve(values.out ?? `services-${areaSlug(area.name)}`);
  await mkdir(join(out, 'charts'), { recursive: true });
  const chart = await directoryFundingChart(d);
  const stamp = {
    pack_source: `services register (${register.file.split(/[\\/]/).pop()})`,
    pack_licence: 'the partnership\'s own data',
    pack_produced: d.asOf,
    pack_area: `${d.areaName} (${d.areaCode})`,
    pack_period: d.asOf,
  };
  const rows = directoryRows(d);
  const data: Record<string, unknown[]> = {};
  for (const [c] of DIRECTORY_CSV_COLUMNS) data[c] = rows.map((r) => spreadsheetSafe(r[c] ?? null));
  await writeFile(join(out, 'services-directory.csv'), stampCsv(aq.table(data).toCSV() + '\n', stamp));
  if (chart) {
    await pngReady([chart]);
    await writeFile(join(out, 'charts', `${chart.id}.svg`), chart.svg);
    await writeFile(join(out, 'charts', `${chart.id}.png`), chart.png);
    await writeFile(join(out, 'charts', `${chart.id}.alt.txt`), chart.altText + '\n');
    await writeFile(join(out, 'charts', `${chart.id}.csv`), stampCsv(chart.csv.endsWith('\n') ? chart.csv : chart.csv + '\n', stamp));
  }
  const page = join(out, 'services-directory.html');
  await writeFile(page, servicesDirectoryHtml(d, { fundingChart: chart }));
  process.stdout.write(`Services directory for ${d.areaName}: ${page} (${d.entries.length} listed${d.leftOut ? `, ${d.leftOut} not checked and left out` : ''})\n`);
  return page;
}
