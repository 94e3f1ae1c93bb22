// @ts-check
// The PNG rasteriser of @cjsnsa/charts, run in a worker thread (see src/render/pngWorkers.ts).
//
// Each job is one SVG: resvg lays out its text with the shipped fonts and
// rasterises it, and the pixels are written as a PNG here. Everything a PNG
// costs (text layout, rasterising, copying the pixels and compressing them)
// happens off the main thread, which goes on with the next chart's Vega
// dataflow, tables and Word document. Plain CommonJS so that it runs as it is
// from the source tree and from dist/ (both two levels below the package root).
'use strict';

const { parentPort, workerData } = require('node:worker_threads');
const { crc32, deflateSync } = require('node:zlib');

const SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);

/**
 * A PNG chunk: length, type, data and the CRC of type and data.
 * @param {string} type four ASCII letters
 * @param {Uint8Array} data
 * @returns {Buffer}
 */
function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/**
 * Encode 8-bit RGBA pixels (rows top to bottom, no padding) as a PNG
 * (ISO/IEC 15948): signature, IHDR (bit depth 8, colour type 6, no
 * interlace), one IDAT with every scanline under filter type 0 compressed by
 * zlib at level 6, and IEND. resvg's own encoder is slower and writes larger
 * files for charts' flat colours.
 * @param {Uint8Array} pixels
 * @param {number} width
 * @param {number} height
 * @returns {Uint8Array} the PNG, in an ArrayBuffer of its own (so it can be transferred)
 */
function encodePNG(pixels, width, height) {
  if (pixels.length !== width * height * 4) throw new RangeError(`encodePNG: ${pixels.length} bytes are not ${width} × ${height} RGBA pixels`);
  const stride = width * 4;
  const scanlines = Buffer.allocUnsafe((stride + 1) * height); // each row: filter byte 0, then its pixels
  for (let y = 0; y < height; y++) {
    scanlines[y * (stride + 1)] = 0;
    scanlines.set(pixels.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // bit depth, colour type RGBA, deflate, filter method 0, no interlace
  const parts = [SIGNATURE, chunk('IHDR', header), chunk('IDAT', deflateSync(scanlines, { level: 6 })), chunk('IEND', new Uint8Array(0))];
  const png = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    png.set(p, at);
    at += p.length;
  }
  return png;
}

/**
 * @typedef {{ resvg: string, fonts: string[], family: string }} WorkerSetup
 * @typedef {{ id: number, svg: string, scale: number }} Job
 */

if (parentPort && workerData && typeof workerData.resvg === 'string') {
  const setup = /** @type {WorkerSetup} */ (workerData);
  const { Resvg } = require(setup.resvg);
  const port = parentPort;
  port.on('message', (/** @type {Job} */ job) => {
    try {
      const image = new Resvg(job.svg, {
        fitTo: { mode: 'zoom', value: job.scale },
        background: '#ffffff',
        font: { loadSystemFonts: false, fontFiles: setup.fonts, defaultFontFamily: setup.family, sansSerifFamily: setup.family },
      }).render();
      // the opaque white background makes resvg's premultiplied RGBA plain RGBA
      const png = encodePNG(image.pixels, image.width, image.height);
      port.postMessage({ id: job.id, png }, [png.buffer]);
    } catch (error) {
      port.postMessage({ id: job.id, error: error instanceof Error ? error.message : String(error) });
    }
  });
}

module.exports = { encodePNG };
