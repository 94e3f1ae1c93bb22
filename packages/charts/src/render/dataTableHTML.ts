import type { ChartSpec } from '../presets/ChartSpec.js';
import { escapeHTML } from './escapeHTML.js';

/**
 * The chart's data table as an HTML `<table>` (with a caption and header row), the
 * accessible alternative that public-sector documents carry beside every chart.
 * Withheld values read "suppressed".
 *
 * @example
 * ```ts
 * dataTableHTML(chart); // '<table class="cjsnsa-data"><caption>Data for: …</caption><thead>…'
 * ```
 */
export function dataTableHTML(chart: ChartSpec): string {
  const head = chart.columns.map((c) => `<th scope="col">${escapeHTML(c)}</th>`).join('');
  const body = chart.dataTable
    .map((r) => `<tr>${chart.columns.map((c) => `<td>${escapeHTML(r[c] == null ? '' : String(r[c]))}</td>`).join('')}</tr>`)
    .join('\n');
  return `<table class="cjsnsa-data"><caption>Data for: ${escapeHTML(chart.title)}</caption><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}
