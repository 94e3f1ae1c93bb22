import { mkdir, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { DataError } from '@cjsnsa/core';
import { SCOTLAND } from '@cjsnsa/framework';
import { DataProblemsError } from '../data/load-snsa-data.js';
import { readDirectoryRegister } from '../services/directory-register.js';
import { directoryFundingChart } from '../services/services-command.js';
import { servicesDirectory } from '../services/services-directory.js';
import { servicesDirectoryHtml } from '../services/services-directory-html.js';
import { parseArgs } from 'node:util';
import { disclosureOption } from '../cli/parse-cli-args.js';
import { loadSnsaData } from '../data/load-snsa-data.js';
import { messages } from '../messages.js';
import { areaSlug } from '../output/area-slug.js';
import { prepareSnsa, snsaArea } from '../snsa/snsa-context.js';
import { buildDashboardHtml } from './build-dashboard-html.js';
import { dashboardServices } from './dashboard-services.js';

/**
 * The `snsa dashboard --help` text.
 *
 * @example
 * ```ts
 * DASHBOARD_USAGE.split('\n')[0]; // 'snsa dashboard: one HTML file to explore every indicator and area, offline'
 * ```
 */
export const DASHBOARD_USAGE = `snsa dashboard: one HTML file to explore every indicator and area, offline

Usage:
  snsa dashboard [--area <name or code>|all] [--out <file.html>] [--data <file or folder>] [--min-count <n> | --disclosure-rule <file>]
                 [--services <register.csv> [--include-unchecked]] [--as-of <YYYY-MM-DD>]

Options:
  --area     the council area the dashboard opens on, or all (default: all, the national dashboard opening on Scotland);
             every area's figures are in the file either way
  --out      the file to write (default: dashboard.html, or <area>-dashboard.html)
  --data     your own data, as for the pack (checked first)
  --min-count, --disclosure-rule   the small-count rule, as for the pack
  --services the services register: the dashboard gets a Services view, the directory of the areas chosen in it
             (every area's is in the file; docs/services-directory.md), and the directory of the area (or of
             Scotland) is also written beside the dashboard as a page of its own (<name>-services.html), linked from it
  --include-unchecked  list services whose due diligence is not complete or that the partnership has not agreed,
             marked "Not checked" (default: only checked and agreed services)
  --as-of    the date stamped on the page and downloads, from which reviews and funding are judged (default: today)
  --quiet    no progress lines
  --help     this text

The file opens from the file system in any current browser with no network: scripts, fonts and data are inside it.
`;

/**
 * `snsa dashboard`: compute the pack's results for every area (the same
 * context and small-count rule as the pack: `prepareSnsa`) and write the
 * dashboard page ({@link buildDashboardHtml}); with `--services`, every
 * area's services directory ({@link dashboardServices}) for its Services
 * view, and the directory of its area as a page of its own beside it.
 *
 * @param argv - the arguments after `dashboard`
 * @returns the path written, or `null` for `--help` (the usage is printed)
 * @throws Error with a catalogued message for an unknown option or area
 * @example
 * ```ts
 * await dashboardCommand(['--area', 'Fife', '--out', 'fife.html']); // '/…/fife.html'
 * ```
 */
export async function dashboardCommand(argv: string[]): Promise<string | null> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: false,
      options: {
        area: { type: 'string', default: 'all' },
        out: { type: 'string' },
        data: { type: 'string' },
        'min-count': { type: 'string' },
        'disclosure-rule': { type: 'string' },
        services: { type: 'string' },
        'include-unchecked': { type: 'boolean', default: false },
        'as-of': { type: 'string' },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (err) {
    throw new Error(messages.unknownOption((err as Error).message));
  }
  const v = parsed.values;
  if (v.help) {
    process.stdout.write(DASHBOARD_USAGE);
    return null;
  }
  if (v['include-unchecked'] && v.services === undefined) throw new Error(messages.unknownOption('--include-unchecked lists the services of a register: give it with --services <register.csv>'));
  const asOf = v['as-of'];
  if (asOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new Error(messages.unknownOption(`--as-of "${asOf}" is not a date written YYYY-MM-DD`));
  const disclosure = disclosureOption(v);
  const area = String(v.area).trim().toLowerCase() === 'all' ? null : snsaArea(String(v.area));
  const out = resolve(v.out ?? (area ? `${areaSlug(area.name)}-dashboard.html` : 'dashboard.html'));
  const log = (line: string) => {
    if (!v.quiet) process.stdout.write(line + '\n');
  };
  log('Computing the indicators for all areas (Scotland = sum of the 32 areas)…');
  const ctx = await prepareSnsa(await loadSnsaData({ ownDataDir: v.data ?? null }), { disclosure });
  let servicesHref: string | null = null;
  let services = null;
  if (v.services !== undefined) {
    // the register checked before anything is written
    let register;
    try {
      register = await readDirectoryRegister(resolve(String(v.services)), { today: asOf });
    } catch (err) {
      if (err instanceof DataError) throw new DataProblemsError(err.issues);
      throw err;
    }
    for (const w of register.warnings) process.stderr.write(`snsa: ${w.file}: ${w.message}\n`);
    const includeUnchecked = v['include-unchecked'];
    services = dashboardServices(register, { asOf, includeUnchecked });
    const directory = servicesDirectory(register, { area: area?.code ?? SCOTLAND.code, asOf, includeUnchecked });
    const page = join(dirname(out), `${basename(out).replace(/\.html?$/i, '')}-services.html`);
    await mkdir(dirname(page), { recursive: true });
    await writeFile(page, servicesDirectoryHtml(directory, { fundingChart: await directoryFundingChart(directory) }));
    servicesHref = basename(page);
    log(`Services directory${area ? ` for ${area.name}` : ''}: ${page}`);
  }
  const html = await buildDashboardHtml(ctx, { area, servicesHref, services, asOf });
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, html);
  process.stdout.write(`Dashboard${area ? ` for ${area.name}` : ''}: ${out}\n`);
  return out;
}
