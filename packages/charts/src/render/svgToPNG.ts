import type { PNGOptions } from './toPNG.js';
import { messages } from '../messages.js';
import { rasteriseInWorker } from './pngWorkers.js';

/**
 * Rasterise a chart's SVG (from {@link toSVG}) to PNG bytes with resvg.
 *
 * Text is laid out with the shipped Liberation Sans only (no system fonts, so
 * every machine gives the same pixels). Text layout, rasterising and
 * compressing the PNG all run in worker threads (one per core, at most
 * four), so charts rendered together (`Promise.all`) use every core while the
 * main thread builds the next chart's SVG; an idle worker never keeps the
 * process alive.
 *
 * @param svg - an SVG document
 * @param options - `scale`: pixel density. __Default value:__ `2`
 * @returns the PNG bytes
 * @example
 * ```ts
 * const png = await svgToPNG(await toSVG(chart), { scale: 2 });
 * png.subarray(0, 4); // Uint8Array [0x89, 0x50, 0x4e, 0x47]
 * ```
 */
export async function svgToPNG(svg: string, options: PNGOptions = {}): Promise<Uint8Array> {
  const scale = options.scale ?? 2;
  if (!(Number.isFinite(scale) && scale > 0)) throw new RangeError(messages.badScale(options.scale));
  return rasteriseInWorker(svg, scale);
}
