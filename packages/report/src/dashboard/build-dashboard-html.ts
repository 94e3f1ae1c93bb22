import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fontFiles, FONT_FAMILY, palette } from '@cjsnsa/charts';
import { escapeHtml } from '../output/escape-html.js';
import type { SnsaArea, SnsaContext } from '../snsa/snsa-context.js';
import { dashboardData } from './dashboard-data.js';
import type { DashboardServices } from './dashboard-services.js';
import { directoryServiceHtml } from '../services/services-directory-html.js';
import { directoryAreaName } from '../services/services-directory.js';
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
  /** Every area's services directory ({@link dashboardServices}): the page gets a Services view beside the indicator views. __Default value:__ none. */
  services?: DashboardServices | null;
}

const fmtDate = (iso: string) =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** The Services view's panel: every entry of Scotland's directory, grouped by area; the page shows those the chosen areas list. */
function servicesPanel(s: DashboardServices): string {
  const d = s.directory;
  const rule = d.includeUnchecked
    ? 'This directory lists every service in the register, including services whose due diligence is not complete or that the partnership has not agreed; those are marked "Not checked". Do not refer to a service marked "Not checked" before it is.'
    : 'Only services whose due diligence is complete (or not required, for statutory providers) and that the partnership has agreed to list are shown.';
  const groups = new Map<string, string[]>();
  d.entries.forEach((e) => groups.set(e.area, [...(groups.get(e.area) ?? []), directoryServiceHtml(e, d.asOf, 4)]));
  const register = d.file.split(/[\\/]/).pop() ?? d.file;
  return `<div role="tabpanel" id="panel-services" aria-labelledby="tab-services" tabindex="0" hidden>
<h2 id="services-title">Services directory</h2>
<p>As at ${escapeHtml(fmtDate(d.asOf))}, from the partnership's services register (${escapeHtml(register)}). The directory is of the areas chosen in the dashboard, named below (with none chosen, of Scotland): each area's own services and those open to every area in Scotland.</p>
<p id="services-rule">${escapeHtml(rule)} <span id="services-left-out"></span></p>
<p id="services-flags"></p>
<div class="services-search" role="search"><label for="services-q">Search services (name, provider, offer, who can use it, how to refer)</label><br>
<input id="services-q" type="search" autocomplete="off"><p id="services-count" class="hint" aria-live="polite"></p></div>
<div id="services-empty"></div>
<div id="services-list">
${[...groups]
  .map(
    ([code, articles]) => `<section class="area-group" data-area="${escapeHtml(code)}" aria-labelledby="services-area-${escapeHtml(code)}">
<h3 id="services-area-${escapeHtml(code)}">${escapeHtml(code === 'S92000003' ? 'Open to every area in Scotland' : directoryAreaName(code))} (${articles.length})</h3>
${articles.join('\n')}
</section>`,
  )
  .join('\n')}
</div>
<section aria-labelledby="services-funding-heading"><h3 id="services-funding-heading">Funding cliff</h3><div id="services-funding-charts"></div></section>
</div>`;
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
 * Given `services` ({@link dashboardServices}), the page has two views, as
 * tabs (the ARIA tab pattern: arrow keys, Home and End move between them):
 * the indicators, and the **services directory** of the chosen areas (of
 * Scotland with none chosen), which follows the area selection. Its entries
 * are rendered here as the directory page renders them (escaped); the page
 * only shows those each area's list names, filters them by the words
 * searched, draws their funding cliff chart and, printed in that view,
 * prints only the directory. The view and the search are kept in the
 * fragment (`v=services`, `q=`).
 *
 * @param ctx - from `prepareSnsa` (the same context, and small-count rule, as the pack)
 * @param options - the area it opens on, the date, and the services directory
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
  const services = options.services ?? null;
  const servicesJson = services
    ? JSON.stringify({
        asOf: services.asOf,
        register: services.directory.file.split(/[\\/]/).pop(),
        entries: services.directory.entries.map((e) => ({ id: e.serviceId, area: e.area, stale: e.stale, fundingEndsSoon: e.fundingEndsSoon })),
        lists: services.lists,
        funding: services.funding,
      }).replace(/</g, '\\u003c')
    : null;
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
[role=tablist] { display: flex; gap: 0.3em; border-bottom: 2px solid #0072B2; margin: 0 0 1em; }
[role=tab] { margin: 0; border: 1px solid #333; border-bottom: none; border-radius: 4px 4px 0 0; background: #f2f2f2; padding: 0.4em 1.1em; font-weight: bold; }
[role=tab][aria-selected=true] { background: #0072B2; color: #fff; border-color: #0072B2; }
[hidden] { display: none !important; }
.services-search input { width: min(100%, 28rem); padding: 0.3em; border: 2px solid ${palette.mutedText}; }
.service { border: 1px solid #c8c8c8; border-left: 6px solid #0072B2; padding: 0.6em 0.9em; margin: 0.75em 0; max-width: 60em; break-inside: avoid; page-break-inside: avoid; }
.service.unchecked { border-left-color: #8A3C00; }
.service h4 { margin: 0 0 0.25em; font-size: 1.05em; }
.service dl { display: grid; grid-template-columns: 11em 1fr; gap: 0.15em 0.75em; margin: 0.4em 0 0; }
.service dt { font-weight: bold; } .service dd { margin: 0; }
.flags { margin: 0.3em 0 0; padding: 0; list-style: none; } .flags li { display: inline-block; background: #FFF4CE; border: 1px solid #8A3C00; padding: 0 0.4em; margin: 0 0.4em 0.2em 0; font-size: 0.9em; }
.no-match { display: none; }
@media (max-width: 600px) { .service dl { grid-template-columns: 1fr; } }
@media print {
  body[data-view="services"] header, body[data-view="services"] #controls, body[data-view="services"] [role=tablist], body[data-view="services"] .services-search, body[data-view="services"] .actions, body[data-view="services"] #panel-indicators { display: none !important; }
  body[data-view="services"] .layout { display: block; padding: 0; }
  body[data-view="services"] .no-match { display: block; }
  body[data-view="services"] details { display: block; }
}
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
${options.servicesHref ? `<p><a href="${escapeHtml(options.servicesHref)}">Services directory</a>: the services the partnership has checked and agreed, searchable and printable, as a page of its own${services ? '; the Services view below shows the directory of the areas chosen' : ''}.</p>` : ''}
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
${services ? `<div role="tablist" aria-label="Views" id="view-tabs">
<button type="button" role="tab" id="tab-indicators" aria-controls="panel-indicators" aria-selected="true">Indicators</button>
<button type="button" role="tab" id="tab-services" aria-controls="panel-services" aria-selected="false" tabindex="-1">Services</button>
</div>
<div role="tabpanel" id="panel-indicators" aria-labelledby="tab-indicators">` : ''}
<p id="status" role="status" aria-live="polite">Drawing the charts…</p>
<p class="hint">Colours compare each area with Scotland at the chosen interval level (Better ▲ blue, Similar ● yellow, Worse ▼ vermillion; Higher and Lower where an indicator has no better direction). Hover or focus a mark for its values; each chart's numbers are in its data table.</p>
<h2>Trend</h2><div id="trend-charts"></div>
<h2>Areas compared</h2><div id="compare-charts"></div>
<h2>Funnel plot</h2><div id="funnel-charts"></div>
<h2>Area profile (spine chart)</h2><div id="spine-charts"></div>
<h2>Every area and indicator (tartan rug)</h2><div id="heatmap-charts"></div>
${services ? `</div>
${servicesPanel(services)}` : ''}
</main>
</div>
<script type="application/json" id="dashboard-data">${json}</script>
${servicesJson ? `<script type="application/json" id="services-data">${servicesJson}</script>` : ''}
<script>${inScript(app)}</script>
</body>
</html>
`;
}
