import { chartFigureHtml, tableHtml } from '../output/html-report.js';
import { escapeHtml } from '../output/escape-html.js';
import type { PackSection } from './pack-model.js';

/**
 * One SNSA section as an HTML fragment, for a notebook cell
 * (`tslab.display.html(sectionHtml(section))`): heading, narrative, charts
 * inline as SVG with alt text and data tables, and the section's tables.
 * It renders in Jupyter and in nbconvert's HTML export.
 *
 * @example
 * ```ts
 * tslab.display.html(sectionHtml(needsSection(ctx, area, topic)));
 * ```
 */
export function sectionHtml(section: PackSection): string {
  const tables = section.tables.map((t) => `<div class="snsa-table ${escapeHtml(t.id)}">${tableHtml(t)}</div>`).join('\n');
  return `<section class="snsa-section" id="${escapeHtml(section.id)}"><h2>${escapeHtml(section.title)}</h2>
${section.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
${section.charts.map(chartFigureHtml).join('\n')}
${tables}</section>`;
}
