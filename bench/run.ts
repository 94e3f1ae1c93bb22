/**
 * `pnpm bench`: times cjsnsa against the speed targets of docs/performance.md,
 * prints a table and writes `bench/results.json`. Not a test: it never fails
 * on a missed target, it reports it. Each figure is the median of repeated
 * runs; each comparison is a ratio of two tasks timed back to back in this
 * process on the same data, so the machine's speed cancels out.
 *
 *   pnpm bench                                  every figure
 *   pnpm bench -- --only national,extract       some groups (results.partial.json)
 *   pnpm bench -- --skip all-areas,notebooks    leave the slow ones out
 *   pnpm bench -- --only peer --with-r          side by side with R (installed from Debian if absent)
 */
import os from 'node:os';
import { join, relative, resolve } from 'node:path';
import { benchContext, type BenchContext } from './lib/context.js';
import { missingFigure, type Figure, type GroupId } from './lib/figure.js';
import { machineFacts } from './lib/machine.js';
import { BENCH_USAGE, parseBenchArgs } from './lib/options.js';
import { formatTable, writeResults, type BenchResults } from './lib/report.js';

const ROOT = resolve(import.meta.dirname, '..');

type Suite = (ctx: BenchContext) => Promise<Figure[]>;

// Each group is loaded only when it runs, so a package that fails to load fails only its own figures.
const SUITES: Record<GroupId, { title: string; load: () => Promise<Suite> }> = {
  national: { title: 'National indicator set', load: async () => (await import('./suites/national.js')).benchNational },
  extract: { title: 'Individual-level extract end to end', load: async () => (await import('./suites/extract/index.js')).benchExtract },
  'own-data': { title: 'A partnership\'s own 2-million-row extract through snsa --data', load: async () => (await import('./suites/own-data/index.js')).benchOwnData },
  charts: { title: 'Charts: SVG and PNG per preset', load: async () => (await import('./suites/charts.js')).benchCharts },
  pack: { title: 'Data pack for one area', load: async () => (await import('./suites/packs.js')).benchOneArea },
  'all-areas': { title: 'Data packs for all 32 areas', load: async () => (await import('./suites/packs.js')).benchAllAreas },
  notebooks: { title: 'Notebooks under tslab', load: async () => (await import('./suites/notebooks.js')).benchNotebooks },
  core: { title: 'Core micro-benchmarks', load: async () => (await import('./suites/core.js')).benchCore },
  dashboard: { title: 'National dashboard (snsa dashboard)', load: async () => (await import('./suites/dashboard.js')).benchDashboard },
  peer: { title: 'Side by side with the R pipeline (readr + dplyr + ggplot2)', load: async () => (await import('./suites/peer/index.js')).benchPeer },
  scaling: { title: 'Scaling: read + count at 100 k, 1 M and 10 M cases', load: async () => (await import('./suites/scaling/index.js')).benchScaling },
};

let options;
try {
  options = parseBenchArgs(process.argv.slice(2));
} catch (err) {
  process.stderr.write(`${(err as Error).message}\n\n${BENCH_USAGE}`);
  process.exit(2);
}
if (options.help) {
  process.stdout.write(BENCH_USAGE);
  process.exit(0);
}

const ctx = benchContext(ROOT, options);
const machine = machineFacts(ROOT);
ctx.log(`${machine.cpu}, ${machine.cores} cores, ${machine.ramGiB} GiB, Node ${machine.node}; load average ${machine.loadAverage.start}`);
if (machine.loadAverage.start > 0.5 * machine.cores) ctx.log('the machine is busy (load average above 0.5 per core): timings will be high and noisy');

const figures: Figure[] = [];
for (const group of options.groups) {
  const suite = SUITES[group];
  ctx.log(`--- ${suite.title} (${group})`);
  try {
    figures.push(...(await (await suite.load())(ctx)));
  } catch (err) {
    const e = err as Error;
    ctx.log(`${group} failed: ${e.stack ?? e.message}`);
    figures.push(missingFigure(group, group, suite.title, 'error', e.message.split('\n')[0]));
  }
}
machine.loadAverage.end = Math.round(os.loadavg()[0] * 100) / 100;

const results: BenchResults = {
  format: 'cjsnsa-bench/1',
  machine,
  arguments: process.argv.slice(2).filter((a) => a !== '--'),
  groups: options.groups,
  skippedGroups: (Object.keys(SUITES) as GroupId[]).filter((g) => !options.groups.includes(g)),
  figures,
};
const out = options.out ? resolve(options.out) : join(ROOT, 'bench', options.partial ? 'results.partial.json' : 'results.json');
writeResults(out, results);

console.log(`\n${machine.cpu}, ${machine.cores} cores, ${machine.ramGiB} GiB RAM, Node ${machine.node}, ${machine.os}`);
console.log(`${machine.date}, commit ${machine.commit ?? 'unknown'}, load average ${machine.loadAverage.start} → ${machine.loadAverage.end}\n`);
console.log(formatTable(figures));
const met = figures.filter((f) => f.result === 'pass').length;
const missed = figures.filter((f) => f.result === 'fail').length;
console.log(`\n${met} target${met === 1 ? '' : 's'} met, ${missed} missed; written to ${relative(process.cwd(), out) || out}`);
