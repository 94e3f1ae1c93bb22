import type { PackChart, PackTable, SnsaPack, WarningGroup } from '../snsa/pack-model.js';
import { displayCell, columnLabel } from './display-cell.js';
import { escapeHtml } from './escape-html.js';
import { REPORT_CSP } from './report-csp.js';

const STYLE = `
:root { --ink: #1b1b1b; --muted: #4a4a4a; --rule: #c8c8c8; --accent: #0b4f8a; --warn-bg: #fff4d6; }
* { box-sizing: border-box; }
body { font-family: "Liberation Sans", Arial, Helvetica, sans-serif; color: var(--ink); margin: 0 auto; max-width: 960px; padding: 1.5rem; line-height: 1.5; overflow-wrap: break-word; }
@media (max-width: 600px) { body { padding: .75rem; } h1 { font-size: 1.4rem; } nav ol { columns: 1; } }
h1 { font-size: 1.8rem; margin-bottom: .25rem; } h2 { font-size: 1.4rem; border-bottom: 2px solid var(--accent); padding-bottom: .2rem; margin-top: 2.5rem; }
h3 { font-size: 1.1rem; margin-top: 1.5rem; }
.meta { color: var(--muted); }
.banner { background: var(--warn-bg); border-left: 6px solid #b06d00; padding: .75rem 1rem; margin: 1rem 0; }
figure { margin: 1.5rem 0; page-break-inside: avoid; break-inside: avoid; }
figure .chart svg { max-width: 100%; height: auto; }
@media (max-width: 600px) { figure .chart { overflow-x: auto; } figure .chart svg { max-width: none; } figure .chart:focus { outline: 2px solid var(--accent); } }
.table-wrap { overflow-x: auto; max-width: 100%; }
.table-wrap:focus { outline: 2px solid var(--accent); }
.warnings li { margin-bottom: .4rem; }
.warnings .where { color: var(--muted); }
figcaption { color: var(--muted); font-size: .9rem; }
table { border-collapse: collapse; width: 100%; font-size: .85rem; margin: .5rem 0; }
th, td { border: 1px solid var(--rule); padding: .25rem .4rem; text-align: left; vertical-align: top; }
th { background: #eef2f6; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
details summary { cursor: pointer; color: var(--accent); }
nav ol { columns: 2; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  nav { display: none; }
  h2 { page-break-before: always; break-before: page; }
  details > summary { display: none; }
  .table-wrap { overflow: visible; }
  a { color: inherit; text-decoration: none; }
}
`;

function cell(column: string, raw: string | number | null): string {
  const v = displayCell(column, raw);
  if (v === null || v === undefined) return '<td></td>';
  if (typeof v === 'number') {
    const text = Number.isInteger(v) ? v.toLocaleString('en-GB') : v.toLocaleString('en-GB', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
    return `<td class="num">${text}</td>`;
  }
  return `<td>${escapeHtml(v)}</td>`;
}

/**
 * A pack table as an HTML `<table>` with a caption and notes: column
 * headings and statuses in words ({@link columnLabel}, {@link displayCell}),
 * in a box that scrolls sideways when the table is wider than the screen,
 * so the page itself never does.
 *
 * @example
 * ```ts
 * tableHtml({ id: 't', title: 'Baseline', columns: ['a'], rows: [[1]], notes: [] });
 * // '<div class="table-wrap" role="region" aria-labelledby="t-caption" tabindex="0"><table id="t">…'
 * ```
 */
export function tableHtml(t: PackTable): string {
  const head = t.columns.map((c) => `<th scope="col">${escapeHtml(columnLabel(c))}</th>`).join('');
  const body = t.rows.map((r) => `<tr>${r.map((v, i) => cell(t.columns[i] ?? '', v)).join('')}</tr>`).join('\n');
  const notes = t.notes.map((n) => `<p class="meta">${escapeHtml(n)}</p>`).join('');
  // wide tables scroll inside their own box (keyboard-focusable, named by the caption), never the page
  return `<div class="table-wrap" role="region" aria-labelledby="${escapeHtml(t.id)}-caption" tabindex="0"><table id="${escapeHtml(t.id)}"><caption id="${escapeHtml(t.id)}-caption">${escapeHtml(t.title)}</caption><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table></div>${notes}`;
}

/**
 * One chart as an accessible HTML figure: the SVG inline (nothing loaded),
 * the alt text as the figure's accessible name and visible description, the
 * notes, and the chart's data as a table.
 *
 * @example
 * ```ts
 * chartFigureHtml(chart); // '<figure class="snsa-chart" id="trend-NI1b">…</figure>'
 * ```
 */
export function chartFigureHtml(chart: PackChart): string {
  const table = tableHtml({ id: `${chart.id}-data`, title: `Data: ${chart.title}`, columns: chart.data.columns, rows: chart.data.rows, notes: [] });
  const open = chart.data.rows.length <= 12 ? ' open' : '';
  return `<figure class="snsa-chart" id="${escapeHtml(chart.id)}" aria-labelledby="${escapeHtml(chart.id)}-title">
<h3 id="${escapeHtml(chart.id)}-title">${escapeHtml(chart.title)}</h3>
<div class="chart" role="img" tabindex="0" aria-label="${escapeHtml(chart.altText)}" aria-describedby="${escapeHtml(chart.id)}-description">${stripXmlProlog(chart.svg)}</div>
<figcaption><strong>Description:</strong> <span id="${escapeHtml(chart.id)}-description">${escapeHtml(chart.description ?? chart.altText)}</span>${chart.notes.map((n) => `<br>${escapeHtml(n)}`).join('')}</figcaption>
<details${open}><summary>Data for this chart</summary>${table}</details>
</figure>`;
}

/**
 * Heading of the technical annex at the end of the report and the Word document.
 *
 * @example
 * ```ts
 * packToHtml(pack).includes(ANNEX_TITLE); // true: 'Technical annex (for analysts)'
 * ```
 */
export const ANNEX_TITLE = 'Technical annex (for analysts)';

/**
 * What a pack calls itself in running text: `pack` for an SNSA data pack,
 * `report` for the other documents built as packs (the annual and the
 * quarterly report, which set {@link SnsaPack.documentKind}).
 *
 * @example
 * ```ts
 * packNoun({ ...pack, documentKind: 'Quarterly performance report for the executive board' }); // 'report'
 * ```
 */
export function packNoun(pack: Pick<SnsaPack, 'documentKind'>): 'pack' | 'report' {
  return pack.documentKind ? 'report' : 'pack';
}

/**
 * What the synthetic-data banner tells a coordinator, in place (they have no
 * docs folder): what the figures are and how to put their own in.
 *
 * @example
 * ```ts
 * SYNTHETIC_BANNER.startsWith('Justice social work figures in this pack are generated for demonstration'); // true
 * ```
 */
export const SYNTHETIC_BANNER =
  'Justice social work figures in this pack are generated for demonstration and are not official statistics. To use the pack for planning, run snsa again with your partnership\'s own figures (--data followed by a file or folder: the Justice Social Work tables as downloaded from gov.scot, your case-management extract with one row per case, or a table with the columns indicator, area, period, numerator, denominator, status and source); population and reconviction figures are already the published ones.';

/**
 * The warnings about the data, grouped by kind: one item per kind with how
 * many there are, the first in full and where it is (the terminal shows the
 * same list).
 *
 * @example
 * ```ts
 * warningsHtml([{ kind: 'k', count: 2, example: 'Period 2025-26 is not over yet.', where: 'own.csv, row 3' }]);
 * // '<div class="banner warnings" role="region" aria-labelledby="warnings-title">…'
 * ```
 */
export function warningsHtml(groups: readonly WarningGroup[]): string {
  const total = groups.reduce((n, g) => n + g.count, 0);
  const items = groups
    .map(
      (g) =>
        `<li>${g.count > 1 ? `<strong>${g.count.toLocaleString('en-GB')} warnings like this</strong>: ${escapeHtml(g.kind)}<br>First: ` : ''}${escapeHtml(g.example)}${g.where ? ` <span class="where">(${escapeHtml(g.where)})</span>` : ''}</li>`,
    )
    .join('');
  return `<div class="banner warnings" role="region" aria-labelledby="warnings-title"><strong id="warnings-title">${total.toLocaleString('en-GB')} warning${total === 1 ? '' : 's'} about the data, ${groups.length} kind${groups.length === 1 ? '' : 's'}</strong><ul>${items}</ul></div>`;
}

function stripXmlProlog(svg: string): string {
  return svg.replace(/^<\?xml[^>]*>\s*/, '');
}

/**
 * Write an SNSA pack as one self-contained HTML page: narrative, charts
 * inline as SVG, alt text, data tables and the CJOIP baseline table. Nothing
 * is loaded from anywhere else (the page has no scripts, and its
 * Content-Security-Policy, {@link REPORT_CSP}, forbids loading anything), all
 * text is HTML-escaped, and it prints cleanly (a section a page).
 *
 * @param pack - the assembled pack
 * @returns the HTML document as a string
 * @example
 * ```ts
 * await writeFile('report.html', packToHtml(pack));
 * ```
 */
export function packToHtml(pack: SnsaPack): string {
  const title = `${pack.topicTitle}: ${pack.areaName}`;
  const nav = [...pack.sections, { id: 'sources', title: 'Sources' }, { id: 'technical-annex', title: ANNEX_TITLE }]
    .map((s) => `<li><a href="#${escapeHtml(s.id)}">${escapeHtml(s.title)}</a></li>`)
    .join('');
  const sections = pack.sections
    .map(
      (s) => `<section id="${escapeHtml(s.id)}"><h2>${escapeHtml(s.title)}</h2>
${s.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
${s.charts.map(chartFigureHtml).join('\n')}
${s.tables.map(tableHtml).join('\n')}</section>`,
    )
    .join('\n');
  const banner = pack.synthetic ? `<p class="banner"><strong>Synthetic demonstration data.</strong> ${escapeHtml(pack.syntheticNote ?? SYNTHETIC_BANNER)}</p>` : '';
  const warnings = pack.warningGroups.length ? warningsHtml(pack.warningGroups) : '';
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="cjsnsa">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${escapeHtml(title)}</h1>
<p class="meta">${escapeHtml(pack.documentKind ?? 'Strategic Needs and Strengths Assessment data pack')} · area code ${escapeHtml(pack.areaCode)} · framework ${escapeHtml(pack.frameworkVersion)} · generated ${escapeHtml(pack.generated)} by cjsnsa</p>
<p class="meta">Disclosure control: ${escapeHtml(pack.disclosure)}</p>
${banner}${warnings}
</header>
<nav aria-label="Contents"><h2>Contents</h2><ol>${nav}</ol></nav>
<main>
${sections}
<section id="sources"><h2>Sources</h2><ul>${pack.plainSources.map((s) => `<li>${escapeHtml(s)}</li>`).join('')}</ul>
<p>Licence: ${escapeHtml(pack.licence)}.</p></section>
<section id="technical-annex"><h2>${escapeHtml(ANNEX_TITLE)}</h2>
${pack.annex.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
${pack.annex.tables.map(tableHtml).join('\n')}</section>
</main>
</body>
</html>
`;
}
