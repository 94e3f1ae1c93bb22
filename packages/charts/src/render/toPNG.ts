import type { ChartSpec } from '../presets/ChartSpec.js';
import { svgToPNG } from './svgToPNG.js';
import { toSVG } from './toSVG.js';

/**
 * Options of {@link toPNG}.
 *
 * @example
 * ```ts
 * const options: PNGOptions = { scale: 3 };
 * ```
 */
export interface PNGOptions {
  /** Pixel density. __Default value:__ `2` (crisp when placed in Word at the chart's size). */
  scale?: number;
}

/**
 * Render a chart to PNG bytes with resvg (no browser, no system fonts: only the
 * shipped Liberation Sans, so the output is identical on every machine).
 *
 * @example
 * ```ts
 * const png = await toPNG(chart); // Uint8Array, PNG signature 89 50 4E 47
 * await writeFile('trend.png', png);
 * ```
 */
export async function toPNG(chart: ChartSpec | ChartSpec['spec'], options: PNGOptions = {}): Promise<Uint8Array> {
  return svgToPNG(await toSVG(chart), options);
}
