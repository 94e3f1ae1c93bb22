import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BenchContext } from '../../lib/context.js';
import { missingFigure, timeFigure, type Figure } from '../../lib/figure.js';
import { runProcess, stageTimings, type ProcessRun } from '../../lib/process.js';
import { median, summarise } from '../../lib/timing.js';
import { compareOutputs } from './agree.js';

/** Case extract sizes run side by side. */
export const PEER_SIZES = [100_000, 1_000_000] as const;

/** Stages both pipelines time, in the order they run (`total` is the whole process, timed from outside). */
export const PEER_STAGES = ['load_packages', 'read', 'aggregate', 'statistics', 'charts', 'write'] as const;

/** The Debian packages of R and the peer's libraries (the peer's README), installed by `--with-r`. */
export const R_DEBIAN_PACKAGES = [
  'r-base-core', 'r-cran-dplyr', 'r-cran-ggplot2', 'r-cran-readr', 'r-cran-tidyr', 'r-cran-lubridate', 'r-cran-data.table', 'r-cran-ragg',
];

const R_LIBRARIES = ['readr', 'dplyr', 'tidyr', 'lubridate', 'ggplot2'];

/** The goals of issue 16: the whole job in a third of R's time, and no more memory than R. */
const MAX_RATIO_OF_R = 1 / 3;

/** `100k`, `1m`: the size in an id. */
export function sizeLabel(n: number): string {
  return n >= 1e6 && n % 1e6 === 0 ? `${n / 1e6}m` : n >= 1e3 && n % 1e3 === 0 ? `${n / 1e3}k` : String(n);
}

function rReady(): boolean {
  const r = spawnSync('Rscript', ['-e', `for (p in c(${R_LIBRARIES.map((l) => `"${l}"`).join(', ')})) suppressPackageStartupMessages(library(p, character.only = TRUE))`], {
    stdio: 'ignore',
    env: { ...process.env, TZ: 'UTC' },
  });
  return r.status === 0;
}

function installR(ctx: BenchContext): void {
  const root = process.getuid?.() === 0;
  const run = (args: string[]) => {
    ctx.log(`peer: ${root ? '' : 'sudo '}apt-get ${args.join(' ')}`);
    execFileSync(root ? 'apt-get' : 'sudo', root ? args : ['apt-get', ...args], { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  };
  run(['update']);
  run(['install', '-y', '--no-install-recommends', ...R_DEBIAN_PACKAGES]);
}

/**
 * The case extract and population file of the R peer's generator
 * (`make_cases.py`, seeded), written once into `bench/.cache/peer`.
 *
 * @example
 * ```ts
 * const { cases, population } = ensurePeerData(ctx, peersDir, 1_000_000);
 * // bench/.cache/peer/cases_1000000.csv, bench/.cache/peer/population_16_70.csv
 * ```
 */
export function ensurePeerData(ctx: BenchContext, peersDir: string, rows: number): { cases: string; population: string } {
  const dir = join(ctx.cacheDir, 'peer');
  const cases = join(dir, `cases_${rows}.csv`);
  const population = join(dir, 'population_16_70.csv');
  if (!existsSync(cases) || !existsSync(population)) {
    mkdirSync(dir, { recursive: true });
    ctx.log(`peer: generating the ${rows.toLocaleString('en-GB')}-case extract with make_cases.py into bench/.cache/peer`);
    execFileSync('python3', [join(peersDir, 'make_cases.py'), String(rows), '--out', dir], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  return { cases, population };
}

/** Where the R peer lives: `CJSNSA_R_PEER` if set, else `../shared/peers` beside the repository. */
export function peersDirectory(root: string): string {
  return resolve(process.env.CJSNSA_R_PEER ?? join(root, '..', 'shared', 'peers'));
}

interface Side {
  walls: number[];
  peaks: number[];
  stages: Map<string, number[]>;
}

function record(side: Side, run: ProcessRun): void {
  side.walls.push(run.ms);
  if (run.peakMiB !== null) side.peaks.push(run.peakMiB);
  const t = stageTimings(run.stdout);
  for (const s of PEER_STAGES) {
    const ms = t.get(s);
    if (ms === undefined) throw new Error(`no "timing ${s}" line in: ${run.stdout.trim().split('\n').slice(-8).join(' | ')}`);
    if (!side.stages.has(s)) side.stages.set(s, []);
    side.stages.get(s)!.push(ms);
  }
}

/**
 * Side by side with R: the R pipeline of `../shared/peers` (readr + dplyr +
 * ggplot2, `snsa_pipeline.R`) and the same job on cjsnsa's public API
 * (`snsa-job.mjs`, importing the built packages), each run as a whole
 * process, alternately (R first in even pairs, cjsnsa first in odd ones),
 * on the peer generator's 100,000- and 1,000,000-case extracts. Before
 * anything is timed, one run of each is checked to agree (same counts, rates,
 * percentages and 95% limits to 1e-9, same comparison labels, same trend
 * results); a difference stops the group with the list of differences.
 * Reported: whole-process wall time of each and their ratio (median of the
 * per-pair ratios; goal ≤ 1/3 of R), each stage's time and ratio, and peak
 * memory of each (goal: no more than R). Skipped, saying why, without R
 * (`--with-r` installs it from Debian) or without Python 3.
 *
 * @example
 * ```ts
 * const figures = await benchPeer(ctx); // peer.100k.whole, peer.100k.whole.r, peer.100k.read, …, peer.1m.memory
 * ```
 */
export async function benchPeer(ctx: BenchContext): Promise<Figure[]> {
  const title = 'Side by side with the R pipeline';
  const peersDir = peersDirectory(ctx.root);
  const rScript = join(peersDir, 'snsa_pipeline.R');
  const jsScript = join(ctx.root, 'bench', 'suites', 'peer', 'snsa-job.mjs');
  if (!existsSync(rScript)) return [missingFigure('peer', 'peer', title, 'skipped', `the R peer is not at ${peersDir} (set CJSNSA_R_PEER to its folder)`)];
  if (spawnSync('python3', ['--version'], { stdio: 'ignore' }).status !== 0) {
    return [missingFigure('peer', 'peer', title, 'skipped', 'python3 is needed to generate the data (make_cases.py)')];
  }
  for (const p of ['core', 'framework', 'charts']) {
    if (!existsSync(join(ctx.root, 'packages', p, 'dist', 'index.js'))) {
      return [missingFigure('peer', 'peer', title, 'skipped', `packages/${p}/dist is missing: run \`pnpm build\` (pnpm bench does)`)];
    }
  }
  if (!rReady()) {
    if (!ctx.options.withR) {
      const message = `R or one of its packages (${R_LIBRARIES.join(', ')}) is missing; \`pnpm bench -- --only peer --with-r\` installs them from Debian (${R_DEBIAN_PACKAGES.join(' ')})`;
      ctx.log(`peer: skipped: ${message}`);
      return [missingFigure('peer', 'peer', title, 'skipped', message)];
    }
    installR(ctx);
    if (!rReady()) throw new Error(`R was installed but still cannot load ${R_LIBRARIES.join(', ')}`);
  }
  const rVersion = execFileSync('Rscript', ['-e', 'cat(R.version$major, R.version$minor, sep = ".")'], { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } }).trim();

  const env = { ...process.env, TZ: 'UTC' };
  const figures: Figure[] = [];
  for (const rows of PEER_SIZES) {
    const size = sizeLabel(rows);
    const words = `${rows.toLocaleString('en-GB')} cases`;
    const { cases, population } = ensurePeerData(ctx, peersDir, rows);
    const work = mkdtempSync(join(ctx.cacheDir, 'peer', `run-${size}-`));
    let n = 0;
    const runR = async () => runProcess('Rscript', [rScript, cases, population, join(work, `r-${++n}`)], { env });
    const runJs = async () => runProcess(process.execPath, [jsScript, cases, population, join(work, `cjsnsa-${++n}`)], { env });
    try {
      // one run of each, untimed: the file in the page cache, and the outputs checked to agree
      ctx.log(`peer ${size}: first run of each (not timed) and the agreement check`);
      const r0 = await runR();
      const rOut = join(work, `r-${n}`);
      const j0 = await runJs();
      const jsOut = join(work, `cjsnsa-${n}`);
      const agreement = compareOutputs(rOut, jsOut);
      if (agreement.differences.length) {
        for (const d of agreement.differences.slice(0, 40)) ctx.log(`peer ${size}: ${d}`);
        throw new Error(`cjsnsa and R disagree on ${agreement.differences.length} figure(s) with ${words}; first: ${agreement.differences[0]}`);
      }
      ctx.log(
        `peer ${size}: outputs agree: ${agreement.resultRows} result rows, ${agreement.trendRows} trends, ${agreement.labels} comparison labels, ` +
          `${agreement.numbers} numbers, largest relative difference ${agreement.maxRelativeDifference.toExponential(1)}`,
      );
      ctx.log(`peer ${size}: R ${(r0.ms / 1000).toFixed(2)} s, cjsnsa ${(j0.ms / 1000).toFixed(2)} s (not timed)`);
      rmSync(work, { recursive: true, force: true });
      mkdirSync(work, { recursive: true });

      const r: Side = { walls: [], peaks: [], stages: new Map() };
      const js: Side = { walls: [], peaks: [], stages: new Map() };
      const pairs = ctx.runs(3);
      for (let i = 0; i < pairs; i++) {
        let a: ProcessRun;
        let b: ProcessRun;
        if (i % 2 === 0) (a = await runR()), (b = await runJs());
        else (b = await runJs()), (a = await runR());
        rmSync(work, { recursive: true, force: true });
        mkdirSync(work, { recursive: true });
        record(r, a);
        record(js, b);
        ctx.log(
          `peer ${size} pair ${i + 1}: R ${(a.ms / 1000).toFixed(2)} s (${Math.round(a.peakMiB ?? 0)} MiB), ` +
            `cjsnsa ${(b.ms / 1000).toFixed(2)} s (${Math.round(b.peakMiB ?? 0)} MiB), ratio ${(b.ms / a.ms).toFixed(2)}`,
        );
      }
      const ratio = (x: number[], y: number[]) => median(x.map((v, i) => v / y[i]));
      const rPeak = r.peaks.length ? median(r.peaks) : null;
      const jsPeak = js.peaks.length ? median(js.peaks) : null;
      const mib = (v: number | null) => (v === null ? 'unknown' : `${Math.round(v)} MiB`);
      const idR = `peer.${size}.whole.r`;
      figures.push(
        timeFigure(`peer.${size}.whole`, 'peer', `cjsnsa: the SNSA extract job on ${words} (whole process)`, summarise(js.walls), {
          ratio: ratio(js.walls, r.walls),
          ratioOf: idR,
          maxRatio: Math.round(MAX_RATIO_OF_R * 100) / 100,
          note: `peak memory ${mib(jsPeak)}; outputs agree with R's (largest relative difference ${agreement.maxRelativeDifference.toExponential(1)}, ${agreement.labels} comparison labels, ${agreement.trendRows} trends)`,
        }),
        timeFigure(idR, 'peer', `R ${rVersion} (readr + dplyr + ggplot2): the same job (whole process)`, summarise(r.walls), { note: `peak memory ${mib(rPeak)}` }),
      );
      for (const s of PEER_STAGES) {
        const sr = r.stages.get(s)!;
        const sj = js.stages.get(s)!;
        figures.push(
          timeFigure(`peer.${size}.${s}`, 'peer', `cjsnsa: ${s.replace('_', ' ')} stage, ${words}`, summarise(sj), { ratio: ratio(sj, sr), ratioOf: `peer.${size}.${s}.r` }),
          timeFigure(`peer.${size}.${s}.r`, 'peer', `R: ${s.replace('_', ' ')} stage, ${words}`, summarise(sr)),
        );
      }
      figures.push({
        ...missingFigure(`peer.${size}.memory`, 'peer', `peak memory, ${words}: cjsnsa ${mib(jsPeak)}, R ${mib(rPeak)} (goal: no more than R)`, 'skipped', ''),
        ratio: jsPeak !== null && rPeak !== null ? Math.round((jsPeak / rPeak) * 100) / 100 : null,
        ratioOf: idR,
        result: jsPeak === null || rPeak === null ? 'no target' : jsPeak <= rPeak ? 'pass' : 'fail',
        note: `peak resident memory of the whole process (median of ${pairs} runs): cjsnsa ${mib(jsPeak)}, R ${mib(rPeak)}`,
      });
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
  return figures;
}
