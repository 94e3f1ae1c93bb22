import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { applyDisclosureControl, readObservations, sumCounts } from '../../packages/core/dist/index.js';
import type { BenchContext } from '../lib/context.js';
import { timeFigure, type Figure } from '../lib/figure.js';
import { median, settle, summarise } from '../lib/timing.js';
import { mulberry32 } from './extract/generate.js';

const AREAS = Array.from({ length: 32 }, (_, i) => `S120000${String(i + 10).padStart(2, '0')}`);
const PERIODS = ['2017-18', '2018-19', '2019-20', '2020-21', '2021-22', '2022-23', '2023-24'];

/** Time `task` and `baseline` back to back, `runs` pairs after one warm-up pair; the task's timing and the median ratio. */
async function pair(task: () => unknown, baseline: () => unknown, runs: number) {
  const t: number[] = [];
  const b: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i <= runs; i++) {
    await settle();
    const t0 = performance.now();
    await task();
    const t1 = performance.now();
    await baseline();
    const t2 = performance.now();
    if (i === 0) continue;
    t.push(t1 - t0), b.push(t2 - t1), ratios.push((t1 - t0) / (t2 - t1));
  }
  return { task: summarise(t), baseline: summarise(b), ratio: median(ratios) };
}

/**
 * Core micro-benchmarks (kept from the first bench): reading a 100k-row
 * observations CSV against csv-parse alone, `sumCounts` against an arquero
 * rollup, and disclosure control with secondary suppression against primary
 * suppression only, each as a ratio timed back to back.
 *
 * @example
 * ```ts
 * const figures = await benchCore(ctx); // core.readObservations, core.sumCounts, core.disclosure
 * ```
 */
export async function benchCore(ctx: BenchContext): Promise<Figure[]> {
  // csv-parse and arquero are dependencies of @cjsnsa/core, not of the root: resolve them from there
  const fromCore = createRequire(join(ctx.root, 'packages/core/package.json'));
  const load = (id: string) => import(pathToFileURL(fromCore.resolve(id)).href);
  const { parse } = (await load('csv-parse/sync')) as { parse: (text: string) => unknown };
  const aq = (await load('arquero')) as { from: (rows: object[]) => any; op: { sum: (f: string) => unknown } };
  const random = mulberry32(20240601);
  const runs = ctx.runs(5);

  const csvLines = ['indicator,area,period,numerator,denominator,status,source'];
  for (let i = 0; i < 100_000; i++) {
    const n = Math.floor(random() * 5000);
    const cell = random() < 0.02 ? '[c]' : n >= 1000 ? `"${n.toLocaleString('en-GB')}"` : String(n);
    csvLines.push(`item-${Math.floor(i / 224)},${AREAS[i % 32]},${PERIODS[Math.floor(i / 32) % 7].replace('-', '/')},${cell},,,bench`);
  }
  const csv = `${csvLines.join('\r\n')}\r\n`;
  ctx.log('core: readObservations');
  const read = await pair(() => readObservations({ name: 'bench.csv', data: csv }), () => parse(csv), runs);

  const obs: Record<string, unknown>[] = [];
  for (let k = 0; k < 20; k++)
    for (const area of AREAS)
      for (const period of PERIODS)
        for (const breakdown of ['Female', 'Male', 'Unknown']) {
          obs.push({ indicator: `item-${k}`, area, period, breakdown, numerator: Math.floor(random() * 40), denominator: null, status: 'published', source: 'bench' });
        }
  const table = aq.from(obs);
  ctx.log('core: sumCounts, applyDisclosureControl');
  const sum = await pair(() => sumCounts(table, ['indicator', 'period']), () => table.groupby('indicator', 'period').rollup({ numerator: aq.op.sum('numerator') }), runs);
  const disclosure = await pair(
    () => applyDisclosureControl(table, { groups: [['indicator', 'period', 'area'], ['indicator', 'period', 'breakdown']] }),
    () => applyDisclosureControl(table),
    runs,
  );
  return [
    timeFigure('core.readObservations.csv-parse', 'core', 'csv-parse alone, 100k-row observations CSV', read.baseline),
    timeFigure('core.readObservations', 'core', 'readObservations, the same CSV (parse, validate, symbols)', read.task, { ratio: read.ratio, ratioOf: 'core.readObservations.csv-parse' }),
    timeFigure('core.sumCounts.rollup', 'core', `arquero rollup sum, ${obs.length} rows to indicator × period`, sum.baseline),
    timeFigure('core.sumCounts', 'core', 'sumCounts, the same rows (statuses, missing values)', sum.task, { ratio: sum.ratio, ratioOf: 'core.sumCounts.rollup' }),
    timeFigure('core.disclosure.primary', 'core', `applyDisclosureControl, ${obs.length} rows, primary only`, disclosure.baseline),
    timeFigure('core.disclosure', 'core', 'applyDisclosureControl with 2 secondary group sets', disclosure.task, { ratio: disclosure.ratio, ratioOf: 'core.disclosure.primary' }),
  ];
}
