import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchContext } from '../lib/context.js';
import { missingFigure, timeFigure, type Figure, type GroupId } from '../lib/figure.js';
import { summarise } from '../lib/timing.js';

/** Run the built `snsa` CLI once into a fresh temporary directory; milliseconds, and the files written. */
async function runSnsa(ctx: BenchContext, args: string[], timeoutMs: number): Promise<{ ms: number; files: number }> {
  const out = mkdtempSync(join(tmpdir(), 'cjsnsa-bench-pack-'));
  try {
    const t0 = performance.now();
    const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
      const child = spawn(process.execPath, [join(ctx.root, 'packages/report/dist/cli.js'), ...args, '--out', out, '--quiet'], {
        cwd: ctx.root,
        stdio: ['ignore', 'ignore', 'pipe'],
        timeout: timeoutMs,
      });
      let err = '';
      child.stderr.on('data', (d) => (err += d));
      child.on('error', reject);
      child.on('close', (c, signal) => resolve({ code: signal ? -1 : c, stderr: signal ? `killed (${signal}) after ${timeoutMs / 1000} s\n${err}` : err }));
    });
    const ms = performance.now() - t0;
    if (code !== 0) throw new Error(`snsa ${args.join(' ')} exited with ${code}: ${stderr.trim().split('\n').slice(-3).join(' | ')}`);
    return { ms, files: readdirSync(out, { recursive: true }).length };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

async function packFigure(
  ctx: BenchContext,
  spec: { id: string; group: GroupId; name: string; args: string[]; runs: number; targetMs: number; timeoutMs: number },
): Promise<Figure[]> {
  if (!existsSync(join(ctx.root, 'packages/report/dist/cli.js'))) {
    return [missingFigure(spec.id, spec.group, spec.name, 'skipped', 'packages/report/dist/cli.js is missing: run `pnpm build` (pnpm bench does)')];
  }
  const samples: number[] = [];
  let files = 0;
  for (let i = 0; i < spec.runs; i++) {
    const r = await runSnsa(ctx, spec.args, spec.timeoutMs);
    ctx.log(`${spec.id} run ${i + 1}: ${(r.ms / 1000).toFixed(2)} s, ${r.files} files`);
    samples.push(r.ms);
    files = r.files;
  }
  return [timeFigure(spec.id, spec.group, spec.name, summarise(samples), { targetMs: spec.targetMs, note: `node packages/report/dist/cli.js ${spec.args.map((a) => (/\s/.test(a) ? `"${a}"` : a)).join(' ')}: a fresh process each run (start-up, data loading included); ${files} files written` })];
}

/**
 * Figure 3, the data pack for one area: the built `snsa` command for West
 * Dunbartonshire, every topic, HTML and Word, as a child process, wall time.
 * Target < 3 s.
 *
 * @example
 * ```ts
 * const [figure] = await benchOneArea(ctx); // pack.one-area
 * ```
 */
export function benchOneArea(ctx: BenchContext): Promise<Figure[]> {
  return packFigure(ctx, {
    id: 'pack.one-area',
    group: 'pack',
    name: 'snsa --area "West Dunbartonshire": every topic, HTML + Word',
    args: ['--area', 'West Dunbartonshire'],
    runs: ctx.runs(3),
    targetMs: 3000,
    timeoutMs: 10 * 60_000,
  });
}

/**
 * Figure 3, the data packs for all 32 areas on two cores: `snsa --area all
 * --jobs 2`, as a child process, wall time. Target < 30 s.
 *
 * @example
 * ```ts
 * const [figure] = await benchAllAreas(ctx); // pack.all-areas
 * ```
 */
export function benchAllAreas(ctx: BenchContext): Promise<Figure[]> {
  return packFigure(ctx, {
    id: 'pack.all-areas',
    group: 'all-areas',
    name: 'snsa --area all --jobs 2: 32 packs and an index page',
    args: ['--area', 'all', '--jobs', '2'],
    runs: ctx.runs(1),
    targetMs: 30_000,
    timeoutMs: 30 * 60_000,
  });
}
