// Internal: the worker threads that rasterise SVG to PNG (worker/png-worker.cjs).
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { messages } from '../messages.js';
import { FONT_FAMILY } from '../theme/chartConfig.js';
import { fontFiles } from './fontFiles.js';

interface Pending {
  resolve(png: Uint8Array): void;
  reject(error: Error): void;
}

interface RasterWorker {
  worker: Worker;
  pending: Map<number, Pending>;
}

// src/render/ and dist/render/ are both two levels below the package root, where worker/ is.
const WORKER_FILE = fileURLToPath(new URL('../../worker/png-worker.cjs', import.meta.url));

let nextId = 0;
const pool: RasterWorker[] = [];

/**
 * How many worker threads rasterise at most: one per core, at most four (a
 * PNG job is 50–150 ms, and the main thread keeps drawing SVGs meanwhile).
 */
export function rasterThreads(): number {
  return Math.max(1, Math.min(4, availableParallelism()));
}

function startWorker(): RasterWorker {
  const files = fontFiles();
  const worker = new Worker(WORKER_FILE, {
    workerData: { resvg: createRequire(import.meta.url).resolve('@resvg/resvg-js'), fonts: [files.regular, files.bold], family: FONT_FAMILY },
  });
  const entry: RasterWorker = { worker, pending: new Map() };
  // an idle worker never keeps the process alive; one with jobs does, until they are answered
  worker.unref();
  const fail = (error: Error) => {
    const at = pool.indexOf(entry);
    if (at >= 0) pool.splice(at, 1);
    for (const p of entry.pending.values()) p.reject(error);
    entry.pending.clear();
  };
  worker.on('message', (m: { id: number; png?: Uint8Array; error?: string }) => {
    const p = entry.pending.get(m.id);
    if (!p) return;
    entry.pending.delete(m.id);
    if (entry.pending.size === 0) worker.unref();
    if (m.png) p.resolve(m.png);
    else p.reject(new Error(messages.rasterFailed(m.error ?? 'unknown error')));
  });
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(messages.rasterWorkerStopped(code))));
  return entry;
}

/**
 * Internal: rasterise `svg` at `scale` in a worker thread and resolve with
 * the PNG bytes. Jobs go to the least busy worker; workers are started as
 * needed up to {@link rasterThreads}.
 */
export function rasteriseInWorker(svg: string, scale: number): Promise<Uint8Array> {
  let target = pool.find((w) => w.pending.size === 0);
  if (!target && pool.length < rasterThreads()) {
    target = startWorker();
    pool.push(target);
  }
  target ??= pool.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
  const chosen = target;
  const id = nextId++;
  return new Promise<Uint8Array>((resolve, reject) => {
    if (chosen.pending.size === 0) chosen.worker.ref();
    chosen.pending.set(id, { resolve, reject });
    chosen.worker.postMessage({ id, svg, scale });
  });
}
