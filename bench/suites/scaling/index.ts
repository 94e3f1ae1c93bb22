import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchContext } from '../../lib/context.js';
import { missingFigure, timeFigure, type Figure } from '../../lib/figure.js';
import { runProcess } from '../../lib/process.js';
import { median, summarise } from '../../lib/timing.js';
import { ensurePeerData, peersDirectory, sizeLabel } from '../peer/index.js';

/** Case extract sizes of the scaling figures. */
export const SCALING_SIZES = [100_000, 1_000_000, 10_000_000] as const;

/** The 10-million-case read + count must run within this peak memory (issue 16). */
export const SCALING_PEAK_LIMIT_MIB = 2048;

/** Above this many rows readTable is not run: it holds every cell as text, so its memory grows with the file (see the 1 M figure). */
const TABLE_MAX_ROWS = 1_000_000;

interface Output {
  path: 'table' | 'stream';
  read: number;
  counted: number;
  observations: number;
  readMs: number | null;
  countMs: number | null;
  totalMs: number;
}

/**
 * Scaling: read + count of the R peer generator's case extracts at 100,000,
 * 1,000,000 and 10,000,000 cases (the largest generated once into
 * `bench/.cache/peer`, about 510 MB), each run as a fresh process
 * (`read-count.mjs`) so that its peak memory is its own. Two paths of core:
 * `table`, readTable then countRecords (the whole file in memory; run up to
 * 1 M), and `stream`, countRecordsStream (one pass, memory bounded by the
 * batch; run at every size). Each figure is the process's wall time (Node's
 * start-up included), with the time inside, the time per million cases and
 * the peak resident memory in its note; the 10 M figure must stay under
 * 2 GiB. Every run must read and count every case.
 *
 * @example
 * ```ts
 * const figures = await benchScaling(ctx); // scaling.table.100k, …, scaling.stream.10m
 * ```
 */
export async function benchScaling(ctx: BenchContext): Promise<Figure[]> {
  const script = join(ctx.root, 'bench', 'suites', 'scaling', 'read-count.mjs');
  if (!existsSync(join(ctx.root, 'packages', 'core', 'dist', 'index.js'))) {
    return [missingFigure('scaling', 'scaling', 'Scaling', 'skipped', 'packages/core/dist is missing: run `pnpm build` (pnpm bench does)')];
  }
  const peersDir = peersDirectory(ctx.root);
  if (!existsSync(join(peersDir, 'make_cases.py'))) {
    return [missingFigure('scaling', 'scaling', 'Scaling', 'skipped', `the data generator make_cases.py is not at ${peersDir} (set CJSNSA_R_PEER to its folder)`)];
  }
  const figures: Figure[] = [];
  for (const path of ['table', 'stream'] as const) {
    for (const rows of SCALING_SIZES) {
      const size = sizeLabel(rows);
      const id = `scaling.${path}.${size}`;
      const words = `${rows.toLocaleString('en-GB')} cases`;
      const name = path === 'table' ? `readTable + countRecords, ${words} (fresh process)` : `countRecordsStream, ${words} (fresh process)`;
      if (path === 'table' && rows > TABLE_MAX_ROWS) {
        figures.push(missingFigure(id, 'scaling', name, 'skipped', `not run: readTable holds every cell of the file, so its memory grows with the rows (see scaling.table.${sizeLabel(TABLE_MAX_ROWS)}); countRecordsStream is the path for this size`));
        continue;
      }
      const { cases } = ensurePeerData(ctx, peersDir, rows);
      const megabytes = statSync(cases).size / 1e6;
      const walls: number[] = [];
      const inside: number[] = [];
      const peaks: number[] = [];
      let last: Output | null = null;
      const runs = rows >= 10_000_000 ? (ctx.options.runs ?? 2) : ctx.runs(3);
      for (let i = 0; i <= runs; i++) {
        const run = await runProcess(process.execPath, [script, path, cases], { env: { ...process.env, TZ: 'UTC' } });
        const out = JSON.parse(run.stdout.trim().split('\n').pop()!) as Output;
        if (out.read !== rows || out.counted !== rows) throw new Error(`${id}: read ${out.read} and counted ${out.counted} of ${rows} cases`);
        if (last && out.observations !== last.observations) throw new Error(`${id}: ${out.observations} observation rows, before ${last.observations}`);
        last = out;
        ctx.log(`${id} ${i === 0 ? 'warm-up' : `run ${i}`}: ${(run.ms / 1000).toFixed(2)} s, inside ${(out.totalMs / 1000).toFixed(2)} s, peak ${Math.round(run.peakMiB ?? 0)} MiB`);
        if (i === 0) continue; // the file into the page cache
        walls.push(run.ms);
        inside.push(out.totalMs);
        if (run.peakMiB !== null) peaks.push(run.peakMiB);
      }
      const peak = peaks.length ? Math.max(...peaks) : null;
      const perMillion = (median(inside) / rows) * 1e6;
      const limit = rows >= 10_000_000 ? SCALING_PEAK_LIMIT_MIB : null;
      const figure = timeFigure(id, 'scaling', name, summarise(walls), {
        note:
          `${path === 'table' ? 'readTable + countRecords' : 'countRecordsStream'}; ${megabytes.toFixed(0)} MB file; ` +
          `read + count ${(median(inside) / 1000).toFixed(2)} s inside the process (${perMillion.toFixed(0)} ms per million cases); ` +
          `peak memory ${peak === null ? 'unknown' : `${Math.round(peak)} MiB`}${limit ? ` (limit ${limit} MiB)` : ''}; ${last!.observations} observation rows`,
      });
      figures.push(limit && peak !== null ? { ...figure, result: peak < limit ? 'pass' : 'fail' } : figure);
    }
  }
  return figures;
}
