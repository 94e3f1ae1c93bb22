import type { ChartSpec } from '../presets/ChartSpec.js';
import { toSVG } from './toSVG.js';
import { dataTableHTML } from './dataTableHTML.js';
import { escapeHTML } from './escapeHTML.js';

/**
 * An HTML fragment for notebooks: the chart as inline SVG (rendered in Node, no
 * scripts, so it survives nbconvert's HTML export), the alt text as a visible
 * caption, and the data table in a `<details>` block. Pass it to `tslab.display.html`.
 *
 * @example
 * ```ts
 * import * as tslab from 'tslab';
 * tslab.display.html(await chartHTMLFragment(trendChart(results, { area: 'S12000039' })));
 * ```
 */
export async function chartHTMLFragment(chart: ChartSpec): Promise<string> {
  const svg = await toSVG(chart);
  return [
    `<figure class="cjsnsa-chart" role="group" aria-label="${escapeHTML(chart.title)}" style="margin:0 0 1em 0;font-family:'Liberation Sans',Arial,sans-serif">`,
    svg,
    `<figcaption style="font-size:12px;max-width:640px;color:#1A1A1A"><strong>Description:</strong> ${escapeHTML(chart.altText)}</figcaption>`,
    `<details style="font-size:12px"><summary>Data table</summary>${dataTableHTML(chart)}</details>`,
    `</figure>`,
  ].join('\n');
}
