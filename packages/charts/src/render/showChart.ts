import type { ChartSpec } from '../presets/ChartSpec.js';
import { chartHTMLFragment } from './chartHTMLFragment.js';

/**
 * Anything with an `html(text)` method, such as tslab's `display`
 * (`import * as tslab from 'tslab'; tslab.display`). Charts do not depend on tslab.
 *
 * @example
 * ```ts
 * const display: HTMLDisplay = { html: (s) => console.log(s.length) };
 * ```
 */
export interface HTMLDisplay {
  html(html: string): void;
}

/**
 * Show a chart in a Jupyter notebook under tslab: inline SVG, alt text and data
 * table, through the display object the notebook passes in. Renders in Jupyter and
 * in nbconvert's HTML export (plain HTML, no scripts).
 *
 * @returns the HTML that was displayed
 * @example
 * ```ts
 * import * as tslab from 'tslab';
 * await showChart(trendChart(results, { area: 'S12000039', indicator: 'NI4' }), tslab.display);
 * ```
 */
export async function showChart(chart: ChartSpec, display: HTMLDisplay): Promise<string> {
  const html = await chartHTMLFragment(chart);
  display.html(html);
  return html;
}
