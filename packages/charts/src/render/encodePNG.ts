// Internal: write RGBA pixels as a PNG file (ISO/IEC 15948), compressing on the thread pool.
import { promisify } from 'node:util';
import { crc32, deflate } from 'node:zlib';

const deflateAsync = promisify(deflate);
const SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/**
 * Internal: encode 8-bit RGBA pixels (rows top to bottom, no padding) as a
 * PNG: signature, IHDR (bit depth 8, colour type 6, no interlace), one IDAT
 * with every scanline under filter type 0, compressed by Node's zlib on
 * libuv's thread pool (so the main thread goes on with the next chart), and
 * IEND. resvg's own encoder runs on the main thread, is several times slower
 * and writes larger files for charts' flat colours.
 */
export async function encodePNG(pixels: Uint8Array, width: number, height: number): Promise<Uint8Array> {
  if (pixels.length !== width * height * 4) throw new RangeError(`encodePNG: ${pixels.length} bytes are not ${width} × ${height} RGBA pixels`);
  const stride = width * 4;
  const scanlines = Buffer.alloc((stride + 1) * height); // each row: filter byte 0, then its pixels
  for (let y = 0; y < height; y++) scanlines.set(pixels.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // bit depth, colour type RGBA, deflate, filter method 0, no interlace
  const idat = await deflateAsync(scanlines, { level: 6 });
  return new Uint8Array(Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', idat), chunk('IEND', new Uint8Array(0))]));
}
