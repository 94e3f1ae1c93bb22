import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fontFiles, FONT_FAMILY, palette } from '@cjsnsa/charts';
import { escapeHtml } from '../output/escape-html.js';
import type { SnsaArea, SnsaContext } from '../snsa/snsa-context.js';
import { dashboardData } from './dashboard-data.js';
import { dashboardScript } from './dashboard-script.js';

/**
 * The Content-Security-Policy of the dashboard page: only its own inline
 * scripts and styles, `data:` fonts and `data:`/`blob:` images (the PNG and
 * SVG downloads); `connect-src 'none'`, so nothing can be fetched. Vega
 * compiles its expressions to functions, hence `'unsafe-eval'`.
 *
 * @example
 * ```ts
 * DASHBOARD_CSP.includes("connect-src 'none'"); // true
 * ```
 */
export const DASHBOARD_CSP =
  "default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval'; style-src 'unsafe-inline'; font-src data:; img-src data: blob:; connect-src 'none'; base-uri 'none'; form-action 'none'";

/**
 * Options of {@link buildDashboardHtml}.
 *
 * @example
 * ```ts
 * const options: DashboardOptions = { area: snsaArea('Fife'), asOf: '2025-01-31' };
 * ```
 */
export interface DashboardOptions {
  /** The council area the dashboard opens on. __Default value:__ `null`: the national dashboard, opening on Scotland. */
  area?: SnsaArea | null;
  /** ISO date stamped on the page and every download. __Default value:__ today. */
  asOf?: string;
  /** Link to the services directory page written beside the dashboard (`snsa dashboard --services`). __Default value:__ none. */
  servicesHref?: string | null;
}

/** The vega, vega-lite and vega-embed browser builds (their exports maps hide them: resolve from each package's entry). */
async function vegaBuilds(): Promise<string[]> {
  const require = createRequire(createRequire(import.meta.url).resolve('@cjsnsa/charts'));
  return Promise.all(
    (['vega', 'vega-lite', 'vega-embed'] as const).map(async (pkg) => {
      let dir = dirname(require.resolve(pkg));
      while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
      return readFile(join(dir, 'build', `${pkg}.min.js`), 'utf8');
    }),
  );
}

/** Text safe inside a `<script>` element. */
const inScript = (code: string) => code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');

/**
 * The interactive SNSA dashboard as one self-contained HTML page that
 * opens from the file system with no server and no network: vega,
 * vega-lite and vega-embed, the chart presets and the fonts are inlined,
 * and so is the data ({@link dashboardData}: the pack's
 * disclosure-controlled results for every area, withheld cells carrying
 * only their status). A reader picks indicators, any number of areas, the
 * comparator (Scotland, the LGBF family group of the chosen areas, or the
 * chosen areas), the period range and 95% or 99.8% intervals, and sees the
 * trend with its interval band, the ranked comparison of areas, the funnel
 * plot, each area's spine profile and the tartan rug (every area ×
 * indicator with Better/Similar/Worse and trend arrows), each chart with
 * tooltips, a label, its description and data table, and downloads as PNG,
 * SVG and CSV with the pack's export stamp. The view is kept in the URL
 * fragment, so a link restores it. The page's Content-Security-Policy is
 * {@link DASHBOARD_CSP}.
 *
 * @param ctx - from `prepareSnsa` (the same context, and small-count rule, as the pack)
 * @param options - the area it opens on and the date
 * @returns the page's HTML
 * @example
 * ```ts
 * const ctx = await prepareSnsa(await loadSnsaData());
 * await writeFile('dashboard.html', await buildDashboardHtml(ctx, { area: snsaArea('Fife') }));
 * ```
 */
export async function buildDashboardHtml(ctx: SnsaContext, options: DashboardOptions = {}): Promise<string> {
  const data = dashboardData(ctx, options);
  const [[vega, vegaLite, vegaEmbed], app, regular, bold] = await Promise.all([
    vegaBuilds(),
    dashboardScript(),
    readFile(fontFiles().regular),
    readFile(fontFiles().bold),
  ]);
  const title = data.area ? `Community justice dashboard: ${data.area.name}` : 'Community justice dashboard: Scotland';
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  const check = (name: string, value: string, label: string, hint = '') =>
    `<li><label><input type="checkbox" name="${name}" value="${escapeHtml(value)}"> ${escapeHtml(label)}${hint ? ` <span class="hint">${escapeHtml(hint)}</span>` : ''}</label></li>`;
  const radio = (name: string, value: string, label: string) => `<label><input type="radio" name="${name}" value="${value}"> ${escapeHtml(label)}</label>`;
  const periodOptions = data.periods.map((p) => `<option value="${p}">${p}</option>`).join('');
  const measureWord = (m: string) => (m === 'count' ? 'count' : m === 'percentage' ? '%' : m === 'rate' ? 'rate' : m);
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${DASHBOARD_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
@font-face { font-family: '${FONT_FAMILY}'; font-weight: 400; src: url(data:font/ttf;base64,${regular.toString('base64')}) format('truetype'); }
@font-face { font-family: '${FONT_FAMILY}'; font-weight: 700; src: url(data:font/ttf;base64,${bold.toString('base64')}) format('truetype'); }
* { box-sizing: border-box; }
body { font-family: '${FONT_FAMILY}', Arial, sans-serif; color: ${palette.text}; background: #fff; margin: 0; line-height: 1.4; }
header { padding: 1em 1.5em 0.5em; border-bottom: 3px solid #0072B2; }
header h1 { margin: 0 0 0.3em; font-size: 1.5em; }
header p { margin: 0.2em 0; max-width: 60em; }
.banner { background: #FFF4CE; border-left: 6px solid #8A3C00; padding: 0.4em 0.8em; }
.layout { display: grid; grid-template-columns: minmax(16em, 22em) 1fr; gap: 1.5em; padding: 1em 1.5em; }
@media (max-width: 800px) { .layout { grid-template-columns: 1fr; } }
form fieldset { border: 1px solid #999; margin: 0 0 1em; padding: 0.5em 0.8em; }
form legend { font-weight: bold; padding: 0 0.3em; }
form ul { list-style: none; margin: 0; padding: 0; max-height: 16em; overflow-y: auto; }
form li { margin: 0.15em 0; }
.hint { color: ${palette.mutedText}; font-size: 0.9em; }
label { cursor: pointer; }
fieldset label { display: block; }
select, button, input[type=text] { font: inherit; }
button { padding: 0.25em 0.7em; margin: 0.2em 0.3em 0.2em 0; border: 1px solid #333; background: #f2f2f2; border-radius: 3px; cursor: pointer; }
:focus-visible { outline: 3px solid #1A1A1A; outline-offset: 2px; }
#share-link { width: 100%; }
main h2 { border-bottom: 1px solid #ccc; padding-bottom: 0.2em; margin-top: 1.2em; }
figure.chart { margin: 0 0 2em; max-width: 100%; }
figure.chart h3 { font-size: 1em; margin: 0 0 0.4em; }
figure.chart .vis { overflow-x: auto; max-width: 100%; }
figcaption { max-width: 50em; font-size: 0.9em; margin: 0.4em 0; color: ${palette.mutedText}; }
.scroll { overflow-x: auto; max-width: 100%; }
table.data { border-collapse: collapse; font-size: 0.85em; }
table.data caption { text-align: left; font-weight: bold; margin-bottom: 0.3em; }
table.data th, table.data td { border: 1px solid #999; padding: 2px 6px; text-align: left; }
.empty { font-style: italic; padding: 0.5em 0.8em; background: #f2f2f2; max-width: 50em; }
#vg-tooltip-element { font-family: '${FONT_FAMILY}', Arial, sans-serif; }
</style>
<script>${inScript(vega)}</script>
<script>${inScript(vegaLite)}</script>
<script>${inScript(vegaEmbed)}</script>
</head>
<body data-dashboard-ready="false">
<header>
<h1>${escapeHtml(title)}</h1>
<p>The national indicators of the Community Justice Performance Framework for every council area, made ${escapeHtml(data.generated)}. Choose indicators, areas, the comparator, the years and the interval; the charts follow. The address of this page keeps the view: copy it to share or bookmark it.</p>
<p><strong>Disclosure control:</strong> ${escapeHtml(data.disclosure)} Withheld figures are shown as withheld, never as numbers.</p>
${data.synthetic ? '<p class="banner"><strong>Synthetic demonstration data:</strong> figures marked synthetic are not official statistics.</p>' : ''}
${options.servicesHref ? `<p><a href="${escapeHtml(options.servicesHref)}">Services directory</a>: the services the partnership has checked and agreed, searchable and printable.</p>` : ''}
</header>
<div class="layout">
<form id="controls" aria-label="Choose what the charts show">
<fieldset><legend>Indicators</legend><ul>
${data.indicators.map((d) => check('indicator', d.id, `${d.id}: ${d.name}`, `(${measureWord(d.measure)})`)).join('\n')}
</ul></fieldset>
<fieldset><legend>Areas</legend>
<button type="button" id="clear-areas">Clear areas (show Scotland)</button>
<ul>
${data.areas.map((a) => check('area', a.code, a.name)).join('\n')}
</ul></fieldset>
<fieldset><legend>Compare with</legend>
${radio('comparator', 'scotland', 'Scotland (all 32 council areas)')}
${radio('comparator', 'group', 'LGBF family group of the chosen areas')}
${radio('comparator', 'chosen', 'The chosen areas only')}
</fieldset>
<fieldset><legend>Years</legend>
<label for="from">From</label> <select id="from" name="from">${periodOptions}</select>
<label for="to">To</label> <select id="to" name="to">${periodOptions}</select>
</fieldset>
<fieldset><legend>Confidence intervals</legend>
${radio('level', '95', '95%')}
${radio('level', '99.8', '99.8%')}
</fieldset>
<label for="share-link">Link to this view</label>
<input type="text" id="share-link" readonly>
</form>
<main>
<p id="status" role="status" aria-live="polite">Drawing the charts…</p>
<p class="hint">Colours compare each area with Scotland at the chosen interval level (Better ▲ blue, Similar ● yellow, Worse ▼ vermillion; Higher and Lower where an indicator has no better direction). Hover or focus a mark for its values; each chart's numbers are in its data table.</p>
<h2>Trend</h2><div id="trend-charts"></div>
<h2>Areas compared</h2><div id="compare-charts"></div>
<h2>Funnel plot</h2><div id="funnel-charts"></div>
<h2>Area profile (spine chart)</h2><div id="spine-charts"></div>
<h2>Every area and indicator (tartan rug)</h2><div id="heatmap-charts"></div>
</main>
</div>
<script type="application/json" id="dashboard-data">${json}</script>
<script>${inScript(app)}</script>
</body>
</html>
`;
}
