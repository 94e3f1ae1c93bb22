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

/** After how many charts a worker collects its whole heap rather than its young generation only. */
const FULL_COLLECTION_EVERY = 16;

/**
 * @typedef {{ resvg: string, fonts: string[], family: string }} WorkerSetup
 * @typedef {{ id: number, svg: string, scale: number }} Job
 */

/**
 * V8's gc() for this worker: a full collection, or with `{ type: 'minor' }` a
 * scavenge of the young generation. resvg keeps each chart's tree and pixels
 * in Rust memory that V8 does not count (about 18 MB for an 800 × 500 chart
 * at scale 2, with the pixels' copy for JavaScript), so V8 feels no pressure
 * to collect the small objects that hold them, and without collections a
 * worker's memory grew by every chart it drew until the process ended (a
 * 20-chart job peaked at 680 MiB instead of 310). Their finalizers free that
 * memory after a collection.
 * @returns {(options?: { type: 'minor' }) => void}
 */
function garbageCollector() {
  // node started with --expose-gc gives every thread its gc()
  if (typeof globalThis.gc === 'function') return /** @type {(options?: { type: 'minor' }) => void} */ (globalThis.gc);
  // Otherwise a context made while V8's --expose-gc flag is set has gc(). The flag is V8's, shared by every thread,
  // so it is left set: setting it back could take it from another worker between its setting and its new context.
  require('node:v8').setFlagsFromString('--expose-gc');
  const gc = require('node:vm').runInNewContext("typeof gc === 'function' ? gc : undefined");
  // should gc() be missing, charts are still drawn (and their memory freed only when V8 collects of its own accord)
  return typeof gc === 'function' ? gc : () => {};
}

if (parentPort && workerData && typeof workerData.resvg === 'string') {
  const setup = /** @type {WorkerSetup} */ (workerData);
  const { Resvg } = require(setup.resvg);
  const port = parentPort;
  const collectGarbage = garbageCollector();
  /** @param {Job} job */
  const draw = (job) => {
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
  };
  // Jobs are drawn one per turn of the event loop: after each, a collection finds its tree and pixels dead, and
  // their finalizers free them on the next turn, before the next job (several jobs may arrive in one turn).
  /** @type {Job[]} */
  const queue = [];
  let drawing = false;
  let drawn = 0;
  const next = () => {
    const job = queue.shift();
    if (!job) {
      drawing = false;
      return;
    }
    draw(job);
    // the job's objects are young: a scavenge frees them cheaply; a full collection now and then frees those that
    // a scavenge during a job moved to the old generation (a full one after every job cost 7% more CPU in a pack)
    collectGarbage((drawn = (drawn + 1) % FULL_COLLECTION_EVERY) === 0 ? undefined : { type: 'minor' });
    setImmediate(next);
  };
  port.on('message', (/** @type {Job} */ job) => {
    queue.push(job);
    if (!drawing) {
      drawing = true;
      setImmediate(next);
    }
  });
}

module.exports = { encodePNG };
