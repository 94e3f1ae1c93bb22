import { readFile } from 'node:fs/promises';
import type { ChartSpec } from '../presets/ChartSpec.js';
import { FONT_FAMILY } from '../theme/chartConfig.js';
import { palette } from '../theme/palette.js';
import { fontFiles } from './fontFiles.js';
import { vegaBuilds } from './vegaBuilds.js';
import { dataTableHTML } from './dataTableHTML.js';
import { escapeHTML } from './escapeHTML.js';

/**
 * Options of {@link toHTML}.
 *
 * @example
 * ```ts
 * const options: HTMLOptions = { title: 'CPO completions – West Dunbartonshire' };
 * ```
 */
export interface HTMLOptions {
  /** Page `<title>`. __Default value:__ the chart's title. */
  title?: string;
}

/**
 * What the page may load: its own inline scripts (vega compiles its expressions,
 * hence `'unsafe-eval'`), inline styles and `data:` fonts and images; no
 * connections, no remote anything.
 */
const PAGE_CSP =
  "default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval'; style-src 'unsafe-inline'; font-src data:; img-src data: blob:; base-uri 'none'; form-action 'none'";

/**
 * A self-contained HTML page showing the chart interactively with vega-embed. The
 * vega, vega-lite and vega-embed builds and the Liberation Sans fonts (base64
 * `@font-face`) are inlined, so the page requests nothing from the network, and its
 * Content-Security-Policy forbids any connection or remote resource. Titles, labels
 * and alt text are HTML-escaped, and the spec embedded in the page's script has `<`
 * written as `\u003c`, so no text in the chart can close the script. The alt
 * text is the figure's `aria-label` and visible caption; the data follows as a table.
 *
 * @example
 * ```ts
 * await writeFile('trend.html', await toHTML(trendChart(results, { area: 'S12000039' })));
 * ```
 */
export async function toHTML(chart: ChartSpec, options: HTMLOptions = {}): Promise<string> {
  const [vega, vegaLite, vegaEmbed] = await vegaBuilds();
  const files = fontFiles();
  const [regular, bold] = await Promise.all([readFile(files.regular), readFile(files.bold)]);
  // Drop the $schema URL: nothing in the page should point off the machine.
  const { $schema: _schema, ...spec } = chart.spec as unknown as Record<string, unknown>;
  void _schema;
  const json = JSON.stringify(spec).replace(/</g, '\\u003c');
  const script = (code: string) => `<script>${code.replace(/<\/script/gi, '<\\/script')}</script>`;
  const title = escapeHTML(options.title ?? chart.title);
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${PAGE_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>
@font-face { font-family: '${FONT_FAMILY}'; font-weight: 400; src: url(data:font/ttf;base64,${regular.toString('base64')}) format('truetype'); }
@font-face { font-family: '${FONT_FAMILY}'; font-weight: 700; src: url(data:font/ttf;base64,${bold.toString('base64')}) format('truetype'); }
body { font-family: '${FONT_FAMILY}', Arial, sans-serif; color: ${palette.text}; background: #fff; margin: 1.5em; }
figure { margin: 0; }
figcaption { max-width: 46em; font-size: 0.9em; margin: 0.5em 0 1em; }
table.cjsnsa-data { border-collapse: collapse; font-size: 0.85em; }
table.cjsnsa-data caption { text-align: left; font-weight: bold; margin-bottom: 0.3em; }
table.cjsnsa-data th, table.cjsnsa-data td { border: 1px solid #999; padding: 2px 6px; text-align: left; }
</style>
${script(vega)}
${script(vegaLite)}
${script(vegaEmbed)}
</head>
<body>
<figure role="figure" aria-label="${escapeHTML(chart.altText)}">
<div id="chart"></div>
<figcaption><strong>Description:</strong> ${escapeHTML(chart.altText)}</figcaption>
</figure>
${dataTableHTML(chart)}
<script>
document.fonts.ready.then(function () {
  return vegaEmbed('#chart', ${json}, { renderer: 'svg', actions: false, description: ${JSON.stringify(chart.altText).replace(/</g, '\\u003c')} });
}).then(function () { document.body.setAttribute('data-chart-ready', 'true'); })
  .catch(function (e) { document.body.setAttribute('data-chart-error', String(e)); });
</script>
</body>
</html>
`;
}
