import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { messages, svgToPNG, toSVG } from '../../src/index.js';
import { fixtureCharts } from '../helpers/charts.js';

// The worker's encoder, loaded as the worker thread loads it (plain CommonJS).
const { encodePNG } = createRequire(import.meta.url)('../../worker/png-worker.cjs') as {
  encodePNG(pixels: Uint8Array, width: number, height: number): Uint8Array;
};

// pngjs is an independent PNG decoder (dev dependency only): it checks the
// signature, every chunk's CRC and the zlib stream as it decodes.
const decode = (png: Uint8Array) => PNG.sync.read(Buffer.from(png), { checkCRC: true });

describe('encodePNG(pixels, width, height)', () => {
  it('writes a PNG that an independent decoder reads back pixel for pixel', async () => {
    const width = 7;
    const height = 5;
    const pixels = new Uint8Array(width * height * 4);
    for (let i = 0; i < pixels.length; i++) pixels[i] = (i * 37 + (i >> 2) * 11) & 0xff;
    const png = decode(encodePNG(pixels, width, height));
    expect([png.width, png.height]).toEqual([width, height]);
    expect([...png.data]).toEqual([...pixels]);
  });

  it('refuses pixels that do not fill width × height', () => {
    expect(() => encodePNG(new Uint8Array(10), 2, 2)).toThrow(RangeError);
  });

  it('gives the PNG an ArrayBuffer of its own, so it can be moved between threads without copying', () => {
    const png = encodePNG(new Uint8Array(4 * 3 * 2), 3, 2);
    expect(png.byteOffset).toBe(0);
    expect(png.buffer.byteLength).toBe(png.length);
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

describe('svgToPNG in worker threads', () => {
  const box = (w: number, h: number, fill: string) =>
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><rect width="${w}" height="${h}" fill="${fill}"/></svg>`;

  it('answers each of many charts drawn together with its own PNG', async () => {
    // more jobs than threads, each a different size and colour, so a PNG given to the wrong job shows
    const sizes = Array.from({ length: 12 }, (_, i) => [10 + i, 5 + 2 * i, i % 2 ? '#ff0000' : '#0000ff'] as const);
    const pngs = await Promise.all(sizes.map(([w, h, fill]) => svgToPNG(box(w, h, fill), { scale: 1 })));
    pngs.forEach((bytes, i) => {
      const png = decode(bytes);
      const [w, h, fill] = sizes[i]!;
      expect([png.width, png.height]).toEqual([w, h]);
      expect([...png.data.subarray(0, 4)]).toEqual(fill === '#ff0000' ? [255, 0, 0, 255] : [0, 0, 255, 255]);
    });
  });

  it('scales the pixels, 2 by default', async () => {
    expect(decode(await svgToPNG(box(10, 6, '#000000'))).width).toBe(20);
    expect(decode(await svgToPNG(box(10, 6, '#000000'), { scale: 3 })).height).toBe(18);
  });

  it('rejects a document resvg cannot read with the reason, and goes on with the next', async () => {
    await expect(svgToPNG('this is not an SVG')).rejects.toThrow(messages.rasterFailed(''));
    expect(decode(await svgToPNG(box(4, 4, '#00ff00'), { scale: 1 })).width).toBe(4);
  });

  it('refuses a scale that is not a positive number', async () => {
    for (const scale of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      await expect(svgToPNG(box(4, 4, '#00ff00'), { scale })).rejects.toThrow(messages.badScale(scale));
    }
  });

  it('frees each chart’s pixels once its PNG is made, however many charts are queued', () => {
    // resvg holds a chart's tree and pixels in memory V8 does not count; unless the worker collects them, its
    // memory grows by every chart (here about 30 MB each: 2,400 × 1,600 pixels and their copy). In a process of
    // its own, 24 such charts queued at once must leave its memory no more than a few charts above where the
    // first chart left it (without the collection it grew by about 700 MB).
    const render = fileURLToPath(new URL('../../src/render/svgToPNG.ts', import.meta.url));
    const script = [
      `const { svgToPNG } = await import(${JSON.stringify(render)});`,
      `const svg = ${JSON.stringify(box(600, 400, '#336699'))};`,
      `await Promise.all([svgToPNG(svg, { scale: 4 }), svgToPNG(svg, { scale: 4 })]);`,
      `const before = process.memoryUsage().rss;`,
      `await Promise.all(Array.from({ length: 24 }, () => svgToPNG(svg, { scale: 4 })));`,
      `console.log(Math.round((process.memoryUsage().rss - before) / 1048576));`,
    ].join('\n');
    const file = join(mkdtempSync(join(tmpdir(), 'cjsnsa-png-')), 'many-pngs.mts');
    writeFileSync(file, script);
    const run = spawnSync(process.execPath, ['--import', 'tsx', file], { encoding: 'utf8', timeout: 120_000 });
    rmSync(dirname(file), { recursive: true, force: true });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(Number(run.stdout.trim())).toBeLessThan(200);
  });

  it('does not keep a process alive once its PNGs are made', () => {
    // a script that makes one PNG and then returns: it must exit by itself, well before the timeout
    const render = fileURLToPath(new URL('../../src/render/svgToPNG.ts', import.meta.url));
    const script = `const { svgToPNG } = await import(${JSON.stringify(render)}); const png = await svgToPNG(${JSON.stringify(box(3, 3, '#000000'))}); console.log(png.length > 8 ? 'made' : 'empty');`;
    const file = join(mkdtempSync(join(tmpdir(), 'cjsnsa-png-')), 'one-png.mts');
    writeFileSync(file, script);
    const run = spawnSync(process.execPath, ['--import', 'tsx', file], { encoding: 'utf8', timeout: 60_000 });
    rmSync(dirname(file), { recursive: true, force: true });
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe('made');
    expect(run.status).toBe(0);
  });
});
