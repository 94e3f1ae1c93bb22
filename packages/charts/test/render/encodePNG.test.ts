import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { encodePNG } from '../../src/render/encodePNG.js';
import { svgToPNG, toSVG } from '../../src/index.js';
import { fixtureCharts } from '../helpers/charts.js';

// pngjs is an independent PNG decoder (dev dependency only): it checks the
// signature, every chunk's CRC and the zlib stream as it decodes.
const decode = (png: Uint8Array) => PNG.sync.read(Buffer.from(png), { checkCRC: true });

describe('encodePNG(pixels, width, height)', () => {
  it('writes a PNG that an independent decoder reads back pixel for pixel', async () => {
    const width = 7;
    const height = 5;
    const pixels = new Uint8Array(width * height * 4);
    for (let i = 0; i < pixels.length; i++) pixels[i] = (i * 37 + (i >> 2) * 11) & 0xff;
    const png = decode(await encodePNG(pixels, width, height));
    expect([png.width, png.height]).toEqual([width, height]);
    expect([...png.data]).toEqual([...pixels]);
  });

  it('refuses pixels that do not fill width × height', async () => {
    await expect(encodePNG(new Uint8Array(10), 2, 2)).rejects.toThrow(RangeError);
  });
});

describe('svgToPNG(svg)', () => {
  it('gives the same pixels as resvg’s own PNG encoder', async () => {
    const svg = await toSVG(fixtureCharts.trend());
    const ours = decode(await svgToPNG(svg, { scale: 1 }));
    const { Resvg } = await import('@resvg/resvg-js');
    const { fontFiles } = await import('../../src/render/fontFiles.js');
    const files = fontFiles();
    const theirs = decode(
      new Resvg(svg, {
        fitTo: { mode: 'zoom', value: 1 },
        background: '#ffffff',
        font: { loadSystemFonts: false, fontFiles: [files.regular, files.bold], defaultFontFamily: 'Liberation Sans', sansSerifFamily: 'Liberation Sans' },
      })
        .render()
        .asPng(),
    );
    expect([ours.width, ours.height]).toEqual([theirs.width, theirs.height]);
    expect(Buffer.compare(ours.data, theirs.data)).toBe(0);
  });
});
