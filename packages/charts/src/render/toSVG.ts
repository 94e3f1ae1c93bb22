import type { ChartSpec } from '../presets/ChartSpec.js';
import { loadVega } from './loadVega.js';
import { toVegaSpec } from './toVegaSpec.js';

/** Characters XML 1.0 does not allow in a document. */
// eslint-disable-next-line no-control-regex
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/**
 * Render a chart to an SVG string without a browser (vega's SVG renderer, text laid
 * out with the shipped font's real glyph widths). The alt text becomes the SVG's
 * `<title>`/`aria-label` (vega writes `role="graphics-document"`), so the SVG carries it.
 *
 * @param chart a preset's {@link ChartSpec} (or a bare Vega-Lite spec)
 * @returns the SVG markup
 * @example
 * ```ts
 * const svg = await toSVG(trendChart(results, { area: 'S12000039', indicator: 'NI4' }));
 * svg.startsWith('<svg'); // true
 * ```
 */
export async function toSVG(chart: ChartSpec | ChartSpec['spec']): Promise<string> {
  const { vega } = await loadVega();
  const vgSpec = await toVegaSpec(chart);
  const altText = 'altText' in chart ? (chart as ChartSpec).altText : undefined;
  if (altText) (vgSpec as any).description = altText;
  const view = new vega.View(vega.parse(vgSpec), { renderer: 'none' });
  try {
    await view.runAsync();
    // a control character in a label (e.g. from a pasted source note) is not allowed in XML: show U+FFFD instead
    let svg = (await view.toSVG()).replace(XML_INVALID, '\uFFFD');
    if (altText) {
      const esc = altText.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
      if (!/aria-label=/.test(svg.slice(0, svg.indexOf('>')))) svg = svg.replace('<svg ', `<svg aria-label="${esc}" `);
      svg = svg.replace(/(<svg[^>]*>)/, `$1<title>${esc}</title>`);
    }
    return svg;
  } finally {
    view.finalize();
  }
}
