// Internal: vega, vega-lite and the real text metrics, loaded lazily.
// Never import vega or vega-lite statically here: their module graph has a
// top-level await, which breaks tslab's require() of this package.
import { readFile } from 'node:fs/promises';
import { fontFiles } from './fontFiles.js';
import { FONT_FAMILY } from '../theme/chartConfig.js';

interface Glyphs {
  getAdvanceWidth(text: string, fontSize: number, options?: unknown): number;
}

let loaded: Promise<{ vega: typeof import('vega'); vl: typeof import('vega-lite') }> | undefined;

async function loadFont(file: string): Promise<Glyphs> {
  // opentype.js ships no type declarations; only parse() and getAdvanceWidth() are used.
  const specifier = 'opentype.js';
  const mod: any = await import(specifier);
  const ot = mod.default ?? mod;
  const buf = await readFile(file);
  return ot.parse(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength)) as Glyphs;
}

/**
 * vega and vega-lite, with vega's text measurement replaced by glyph advance widths
 * of the shipped Liberation Sans (regular or bold by the item's fontWeight), so
 * labels are laid out as they will be drawn by resvg and the browser.
 */
export function loadVega(): Promise<{ vega: typeof import('vega'); vl: typeof import('vega-lite') }> {
  loaded ??= (async () => {
    const [vega, vl] = await Promise.all([import('vega'), import('vega-lite')]);
    const files = fontFiles();
    const [regular, bold] = await Promise.all([loadFont(files.regular), loadFont(files.bold)]);
    const cache = new Map<string, number>();
    const metrics = (vega as any).textMetrics;
    metrics.width = (item: any, text: unknown): number => {
      const size = item?.fontSize != null ? +item.fontSize || 0 : 11;
      const t = text == null ? '' : String(text).trim();
      if (size <= 0 || !t) return 0;
      const w = item?.fontWeight;
      const isBold = w === 'bold' || w === 'bolder' || (typeof w === 'number' && w >= 600) || (typeof w === 'string' && +w >= 600);
      const key = `${isBold ? 'b' : 'r'}${size}|${t}`;
      let width = cache.get(key);
      if (width === undefined) {
        width = (isBold ? bold : regular).getAdvanceWidth(t, size, { kerning: true });
        cache.set(key, width);
      }
      return width;
    };
    return { vega: vega as any, vl: vl as any };
  })();
  return loaded;
}

export { FONT_FAMILY };
