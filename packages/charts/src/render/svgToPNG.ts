import type { PNGOptions } from './toPNG.js';
import { FONT_FAMILY } from '../theme/chartConfig.js';
import { encodePNG } from './encodePNG.js';
import { fontFiles } from './fontFiles.js';

/**
 * Rasterise a chart's SVG (from {@link toSVG}) to PNG bytes with resvg.
 *
 * Text is laid out with the shipped Liberation Sans only (no system fonts, so
 * every machine gives the same pixels). Rasterising runs on libuv's thread
 * pool, and so does compressing the PNG (Node's zlib), so charts rendered
 * together (`Promise.all`) use every core while the main thread builds the
 * next chart's SVG.
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
  const { renderAsync } = await import('@resvg/resvg-js');
  const files = fontFiles();
  const image = await renderAsync(svg, {
    fitTo: { mode: 'zoom', value: options.scale ?? 2 },
    background: '#ffffff',
    font: {
      loadSystemFonts: false,
      fontFiles: [files.regular, files.bold],
      defaultFontFamily: FONT_FAMILY,
      sansSerifFamily: FONT_FAMILY,
    },
  });
  // the opaque white background makes resvg's premultiplied RGBA plain RGBA
  return encodePNG(image.pixels, image.width, image.height);
}
