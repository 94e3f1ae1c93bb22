import type { PackChart, PackTable, SnsaPack } from '../snsa/pack-model.js';
import { escapeHtml } from './escape-html.js';
import { REPORT_CSP } from './report-csp.js';

const STYLE = `
:root { --ink: #1b1b1b; --muted: #4a4a4a; --rule: #c8c8c8; --accent: #0b4f8a; --warn-bg: #fff4d6; }
* { box-sizing: border-box; }
body { font-family: "Liberation Sans", Arial, Helvetica, sans-serif; color: var(--ink); margin: 0 auto; max-width: 960px; padding: 1.5rem; line-height: 1.5; }
h1 { font-size: 1.8rem; margin-bottom: .25rem; } h2 { font-size: 1.4rem; border-bottom: 2px solid var(--accent); padding-bottom: .2rem; margin-top: 2.5rem; }
h3 { font-size: 1.1rem; margin-top: 1.5rem; }
.meta { color: var(--muted); }
.banner { background: var(--warn-bg); border-left: 6px solid #b06d00; padding: .75rem 1rem; margin: 1rem 0; }
figure { margin: 1.5rem 0; page-break-inside: avoid; break-inside: avoid; }
figure .chart svg { max-width: 100%; height: auto; }
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
  a { color: inherit; text-decoration: none; }
}
`;

function cell(v: string | number | null): string {
  if (v === null || v === undefined) return '<td></td>';
  if (typeof v === 'number') {
    const text = Number.isInteger(v) ? v.toLocaleString('en-GB') : v.toLocaleString('en-GB', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
    return `<td class="num">${text}</td>`;
  }
  return `<td>${escapeHtml(v)}</td>`;
}

/**
 * A pack table as an HTML `<table>` with a caption and notes.
 *
 * @example
 * ```ts
 * tableHtml({ id: 't', title: 'Baseline', columns: ['a'], rows: [[1]], notes: [] });
 * // '<table id="t"><caption>Baseline</caption>…'
 * ```
 */
export function tableHtml(t: PackTable): string {
  const head = t.columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('');
  const body = t.rows.map((r) => `<tr>${r.map(cell).join('')}</tr>`).join('\n');
  const notes = t.notes.map((n) => `<p class="meta">${escapeHtml(n)}</p>`).join('');
  return `<table id="${escapeHtml(t.id)}"><caption>${escapeHtml(t.title)}</caption><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>${notes}`;
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
<div class="chart" role="img" aria-label="${escapeHtml(chart.altText)}">${stripXmlProlog(chart.svg)}</div>
<figcaption><strong>Description:</strong> ${escapeHtml(chart.altText)}${chart.notes.map((n) => `<br>${escapeHtml(n)}`).join('')}</figcaption>
<details${open}><summary>Data for this chart</summary>${table}</details>
</figure>`;
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
  const nav = pack.sections.map((s) => `<li><a href="#${escapeHtml(s.id)}">${escapeHtml(s.title)}</a></li>`).join('');
  const sections = pack.sections
    .map(
      (s) => `<section id="${escapeHtml(s.id)}"><h2>${escapeHtml(s.title)}</h2>
${s.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
${s.charts.map(chartFigureHtml).join('\n')}
${s.tables.map(tableHtml).join('\n')}</section>`,
    )
    .join('\n');
  const banner = pack.synthetic
    ? `<p class="banner"><strong>Synthetic demonstration data.</strong> Figures marked synthetic are generated for demonstration and are not official statistics. Replace them with your partnership's own extract (see docs/snsa.md).</p>`
    : '';
  const warnings = pack.warnings.length
    ? `<div class="banner"><strong>Warnings</strong><ul>${pack.warnings.map((w) => `<li>${escapeHtml(w)}</li>`).join('')}</ul></div>`
    : '';
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
<p class="meta">Strategic Needs and Strengths Assessment data pack · area code ${escapeHtml(pack.areaCode)} · framework ${escapeHtml(pack.frameworkVersion)} · generated ${escapeHtml(pack.generated)} by cjsnsa</p>
<p class="meta">Disclosure control: ${escapeHtml(pack.disclosure)}</p>
${banner}${warnings}
</header>
<nav aria-label="Contents"><h2>Contents</h2><ol>${nav}</ol></nav>
<main>
${sections}
<section id="sources"><h2>Sources</h2><ul>${pack.sources.map((s) => `<li>${escapeHtml(s)}</li>`).join('')}</ul></section>
</main>
</body>
</html>
`;
}
