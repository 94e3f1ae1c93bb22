/**
 * Benchmarks of the data half of @cjsnsa/core (`pnpm bench`). Not a test:
 * prints median timings, and each task's ratio against a plain baseline run
 * in the same process on the same data (so machine speed cancels out).
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import {
  applyDisclosureControl,
  countRecords,
  readObservations,
  sumCounts,
} from '../packages/core/src/index.js';

// csv-parse and arquero are dependencies of @cjsnsa/core, not of the root: resolve them from there
const fromCore = createRequire(new URL('../packages/core/package.json', import.meta.url));
const load = (id: string) => import(pathToFileURL(fromCore.resolve(id)).href);
const { parse } = (await load('csv-parse/sync')) as typeof import('csv-parse/sync');
const aq = (await load('arquero')) as typeof import('arquero');

// seeded PRNG (mulberry32) so every run benchmarks the same data
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = rng(20240601);
const AREAS = Array.from({ length: 32 }, (_, i) => `S120000${String(i + 10).padStart(2, '0')}`);
const PERIODS = ['2017-18', '2018-19', '2019-20', '2020-21', '2021-22', '2022-23', '2023-24'];
const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];

async function time(fn: () => unknown | Promise<unknown>, runs = 5): Promise<number> {
  await fn(); // warm up
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    ms.push(performance.now() - t0);
  }
  return ms.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

const rows: string[][] = [];
async function report(name: string, task: () => unknown, baselineName: string, baseline: () => unknown) {
  const t = await time(task);
  const b = await time(baseline);
  rows.push([name, `${t.toFixed(1)} ms`, baselineName, `${b.toFixed(1)} ms`, `${(t / b).toFixed(1)}×`]);
}

// 1. reading a 100k-row observations CSV
const csvLines = ['indicator,area,period,numerator,denominator,status,source'];
for (let i = 0; i < 100_000; i++) {
  const n = Math.floor(random() * 5000);
  const cell = random() < 0.02 ? '[c]' : n >= 1000 ? `"${n.toLocaleString('en-GB')}"` : String(n);
  csvLines.push(`item-${Math.floor(i / 224)},${AREAS[i % 32]},${PERIODS[Math.floor(i / 32) % 7].replace('-', '/')},${cell},,,bench`);
}
const csv = csvLines.join('\r\n') + '\r\n';
await report('readObservations, 100k-row CSV', () => readObservations({ name: 'bench.csv', data: csv }), 'csv-parse alone', () => parse(csv));

// 2. countRecords on 200k individual rows
const records = Array.from({ length: 200_000 }, () => {
  const d = new Date(Date.UTC(2017, 3, 1) + Math.floor(random() * 7 * 365) * 86_400_000);
  return { council: pick(AREAS), date: d.toISOString().slice(0, 10), sex: pick(['Female', 'Male', 'Unknown']) };
});
const recordsTable = aq.from(records);
await report(
  'countRecords, 200k records by sex',
  () => countRecords(recordsTable, { indicator: 'x', area: 'council', date: 'date', periodKind: 'financial-year', by: ['sex'], source: 'bench' }),
  'Map count loop',
  () => {
    const m = new Map<string, number>();
    for (const r of records) {
      const y = Number(r.date.slice(0, 4)) - (Number(r.date.slice(5, 7)) < 4 ? 1 : 0);
      const k = `${r.council}|${y}|${r.sex}`;
      m.set(k, (m.get(k) ?? 0) + 1);
    }
    return m;
  },
);

// 3. sumCounts to Scotland totals, and 4. disclosure control on all areas × periods
const obs: Record<string, unknown>[] = [];
for (let k = 0; k < 20; k++)
  for (const area of AREAS)
    for (const period of PERIODS)
      for (const breakdown of ['Female', 'Male', 'Unknown']) {
        obs.push({ indicator: `item-${k}`, area, period, breakdown, numerator: Math.floor(random() * 40), denominator: null, status: 'published', source: 'bench' });
      }
const obsTable = aq.from(obs);
await report(
  `sumCounts, ${obs.length} rows to indicator × period`,
  () => sumCounts(obsTable, ['indicator', 'period']),
  'arquero rollup sum',
  () => obsTable.groupby('indicator', 'period').rollup({ numerator: aq.op.sum('numerator') }),
);
await report(
  `applyDisclosureControl, ${obs.length} rows, 2 group sets`,
  () => applyDisclosureControl(obsTable, { groups: [['indicator', 'period', 'area'], ['indicator', 'period', 'breakdown']] }),
  'primary suppression only',
  () => applyDisclosureControl(obsTable),
);

const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
console.log(`node ${process.version}, median of 5 runs`);
for (const r of rows) console.log(r.map((v, c) => v.padEnd(widths[c])).join('  '));
