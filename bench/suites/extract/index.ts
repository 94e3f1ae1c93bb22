import { statSync } from 'node:fs';
import * as core from '../../../packages/core/dist/index.js';
import { countRecords, readTable, type CountRecordsOptions } from '../../../packages/core/dist/index.js';
import type { BenchContext } from '../../lib/context.js';
import { missingFigure, timeFigure, type Figure } from '../../lib/figure.js';
import { median, settle, summarise, timed } from '../../lib/timing.js';
import { extractChartPNGs } from './charts.js';
import { duckdbCounter } from './duckdb-count.js';
import { floorCount, floorCountMap } from './floor-count.js';
import { EXTRACT_FIRST_YEAR, ensureExtract } from './generate.js';
import { extractStatistics, type CountedRow, type PopulationByYear } from './statistics.js';

type Table = Awaited<ReturnType<typeof readTable>>;

/** core's streaming count (read + count in one pass over the file), when this version of core has it. */
type CountRecordsStream = (source: string, options: CountRecordsOptions) => Promise<{ table: Table }>;
const countRecordsStream = (core as Record<string, unknown>).countRecordsStream as CountRecordsStream | undefined;

/** Pause after a DuckDB query before timing JavaScript: its worker threads are still busy for a moment on a small machine. */
const DUCKDB_SETTLE_MS = 250;

const COUNT_OPTIONS: CountRecordsOptions = {
  indicator: 'cpo-cases',
  area: 'area',
  date: 'start_date',
  periodKind: 'financial-year',
  by: ['measure'],
  source: 'bench: synthetic case extract',
};

/** A column's values in row order: the table's own array when it is neither filtered nor ordered (no copy), as countRecords reads it. */
function columnValues(t: Table, name: string): ArrayLike<unknown> {
  const column = t.column(name) as unknown;
  return !t.isFiltered() && !t.isOrdered() && Array.isArray(column) ? column : t.array(name);
}

function countedRows(counts: Table): CountedRow[] {
  return counts.objects() as CountedRow[];
}

function countMap(rows: readonly CountedRow[]): Map<string, number> {
  return new Map(rows.filter((r) => r.numerator).map((r) => [`${r.area}|${r.period}|${r.measure}`, r.numerator]));
}

function sameCounts(a: Map<string, number>, b: Map<string, number>): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) if (b.get(k) !== v) return false;
  return true;
}

async function populationByYear(ctx: BenchContext): Promise<PopulationByYear> {
  const data = await ctx.snsaData();
  const out = new Map<string, Map<number, number>>();
  for (const r of data.observations.objects() as { indicator: string; area: string; period: string; numerator: number | null }[]) {
    if (r.indicator !== 'population-16-70' || r.numerator === null || !/^S12/.test(r.area)) continue;
    if (!out.has(r.area)) out.set(r.area, new Map());
    out.get(r.area)!.set(Number(r.period), r.numerator);
  }
  return out;
}

/**
 * Figure 2, an individual-level extract end to end: a generated 1,000,000-row
 * case extract CSV (area, measure, start date, age band, sex) read with core
 * `readTable`, counted per area × financial year × measure with core
 * `countRecords`, turned into rates and completion percentages with
 * intervals, compared with Scotland and trend-tested (core), and drawn as 20
 * PNG charts (charts presets + `toPNG`). Each stage and the total are the
 * median of the end-to-end runs (target: total < 3 s).
 *
 * Counting is then compared, on the same parsed table and interleaved run by
 * run, with a hand-written typed-array loop (the floor; target: countRecords
 * within 3× of it) and with DuckDB in this process: the same GROUP BY on the
 * extract loaded into a DuckDB table (count alone), and read_csv + GROUP BY on
 * the same file (read + count, against readTable + countRecords). Every count
 * is checked equal before anything is reported.
 *
 * @example
 * ```ts
 * const figures = await benchExtract(ctx); // extract.read, extract.count, …, extract.total
 * ```
 */
export async function benchExtract(ctx: BenchContext): Promise<Figure[]> {
  const rows = ctx.options.rows;
  const population = await populationByYear(ctx);
  const mid2018 = new Map([...population].map(([a, years]) => [a, years.get(2018)!]));
  ctx.log(`extract: generating or reusing the ${rows.toLocaleString('en-GB')}-row extract in bench/.cache`);
  const file = ensureExtract(ctx.cacheDir, rows, mid2018);
  const megabytes = statSync(file).size / 1e6;
  for (let y = EXTRACT_FIRST_YEAR; y < EXTRACT_FIRST_YEAR + 10; y++) if (!population.get('S12000039')?.has(y)) throw new Error(`no population for ${y}`);

  // --- end to end: read, count, statistics, charts ---------------------------------
  const runs = ctx.runs(3);
  const stages = { read: [] as number[], count: [] as number[], statistics: [] as number[], charts: [] as number[], total: [] as number[] };
  let table: Table | null = null;
  let counted: CountedRow[] = [];
  let resultRows = 0;
  for (let run = 0; run <= runs; run++) {
    table = null; // let the previous run's table go before reading again
    await settle();
    const read = await timed(() => readTable(file));
    const count = await timed(() => countRecords(read.value, COUNT_OPTIONS));
    const statistics = await timed(() => extractStatistics(countedRows(count.value), population));
    const charts = await timed(() => extractChartPNGs(statistics.value));
    if (charts.value.length !== 20) throw new Error(`expected 20 charts, drew ${charts.value.length}`);
    table = read.value;
    counted = countedRows(count.value);
    resultRows = statistics.value.length;
    const total = read.ms + count.ms + statistics.ms + charts.ms;
    ctx.log(`extract run ${run === 0 ? 'warm-up' : run}: read ${read.ms.toFixed(0)} ms, count ${count.ms.toFixed(0)} ms, statistics ${statistics.ms.toFixed(0)} ms, charts ${charts.ms.toFixed(0)} ms, total ${total.toFixed(0)} ms`);
    if (run === 0) continue; // warm-up: first-call costs (module loading, JIT, font loading)
    stages.read.push(read.ms);
    stages.count.push(count.ms);
    stages.statistics.push(statistics.ms);
    stages.charts.push(charts.ms);
    stages.total.push(total);
  }
  const t = table!;
  if (t.numRows() !== rows) throw new Error(`readTable gave ${t.numRows()} rows, expected ${rows}`);

  // --- counting against the floor, same parsed table, pairs in alternating order ------------
  ctx.log('extract: counting against the hand-written loop');
  const floor = () => floorCount(columnValues(t, 'area'), columnValues(t, 'measure'), columnValues(t, 'start_date'));
  const count = () => countRecords(t, COUNT_OPTIONS);
  const expected = countMap(counted);
  if (!sameCounts(floorCountMap(floor()), expected)) throw new Error('the hand-written loop and countRecords disagree');
  const pairs = ctx.runs(9);
  const s = { count: [] as number[], floor: [] as number[], countWithDuck: [] as number[], duck: [] as number[], duckRead: [] as number[], readCount: [] as number[], stream: [] as number[] };
  const ratios = { floor: [] as number[], duck: [] as number[], duckRead: [] as number[], stream: [] as number[] };
  for (let i = 0; i <= pairs; i++) {
    let c: number, f: number;
    await settle();
    if (i % 2) {
      c = (await timed(count)).ms;
      await settle();
      f = (await timed(floor)).ms;
    } else {
      f = (await timed(floor)).ms;
      await settle();
      c = (await timed(count)).ms;
    }
    if (i === 0) continue; // warm-up pair
    s.count.push(c), s.floor.push(f), ratios.floor.push(c / f);
  }

  // --- DuckDB in this process: opened only now, as its worker threads slow what runs next ----
  ctx.log('extract: counting against DuckDB');
  const duck = await duckdbCounter(file);
  try {
    if (!sameCounts(await duck.count(), expected)) throw new Error('DuckDB and countRecords disagree');
    if (!sameCounts(await duck.readAndCount(), expected)) throw new Error('DuckDB read_csv and countRecords disagree');
    for (let i = 0; i <= pairs; i++) {
      await settle(DUCKDB_SETTLE_MS);
      const c = (await timed(count)).ms;
      await settle();
      const d = (await timed(() => duck.count())).ms;
      if (i === 0) continue;
      s.countWithDuck.push(c), s.duck.push(d), ratios.duck.push(c / d);
    }
    // read + count: readTable + countRecords (and core's streaming count) against DuckDB read_csv + GROUP BY, back to back
    if (countRecordsStream && !sameCounts(countMap((await countRecordsStream(file, COUNT_OPTIONS)).table.objects() as CountedRow[]), expected)) {
      throw new Error('countRecordsStream and countRecords disagree');
    }
    for (let i = 0; i < runs; i++) {
      await settle(DUCKDB_SETTLE_MS);
      const j = (await timed(async () => countRecords(await readTable(file), COUNT_OPTIONS))).ms;
      let st = 0;
      if (countRecordsStream) {
        await settle();
        st = (await timed(() => countRecordsStream(file, COUNT_OPTIONS))).ms;
      }
      await settle();
      const d = (await timed(() => duck.readAndCount())).ms;
      s.readCount.push(j), s.duckRead.push(d), ratios.duckRead.push(j / d);
      if (countRecordsStream) s.stream.push(st), ratios.stream.push(st / d);
    }
  } finally {
    duck.close();
  }

  const perMillion = (ms: number) => `${((ms / rows) * 1e6).toFixed(0)} ms per million rows`;
  return [
    timeFigure('extract.read', 'extract', `readTable: ${rows.toLocaleString('en-GB')}-row case extract CSV (${megabytes.toFixed(0)} MB)`, summarise(stages.read), {
      note: `${perMillion(median(stages.read))}; core io (every cell kept as text)`,
    }),
    timeFigure('extract.count', 'extract', 'countRecords: per area × financial year × measure', summarise(stages.count), {
      note: `${counted.length} observation rows out`,
    }),
    timeFigure('extract.statistics', 'extract', 'rates per 10,000 and completion % with 95%/99.8% intervals, vs Scotland, trends', summarise(stages.statistics), {
      note: `${resultRows} result rows (2 indicators × 33 areas × 10 years)`,
    }),
    timeFigure('extract.charts', 'extract', '20 PNG charts (16 trend, 2 compare-areas, 2 funnel)', summarise(stages.charts)),
    timeFigure('extract.total', 'extract', 'whole job: read + count + statistics + charts', summarise(stages.total), { targetMs: 3000 }),
    timeFigure('extract.count.floor', 'extract', 'hand-written typed-array loop on the same parsed table (the floor)', summarise(s.floor)),
    timeFigure('extract.count.vs-floor', 'extract', 'countRecords, timed back to back with the floor', summarise(s.count), {
      ratio: median(ratios.floor),
      ratioOf: 'extract.count.floor',
      maxRatio: 3,
    }),
    timeFigure('extract.count.duckdb', 'extract', 'DuckDB: same GROUP BY on the extract held as a DuckDB table (count alone)', summarise(s.duck), {
      note: `${duck.describe}; the table was loaded beforehand with read_csv(all_varchar = true), not timed`,
    }),
    timeFigure('extract.count.vs-duckdb', 'extract', 'countRecords, timed back to back with DuckDB count alone', summarise(s.countWithDuck), {
      ratio: median(ratios.duck),
      ratioOf: 'extract.count.duckdb',
    }),
    timeFigure('extract.read-count.duckdb', 'extract', 'DuckDB: read_csv(all_varchar = true) + the same GROUP BY on the same file', summarise(s.duckRead)),
    timeFigure('extract.read-count.vs-duckdb', 'extract', 'readTable + countRecords, timed back to back with DuckDB read + count', summarise(s.readCount), {
      ratio: median(ratios.duckRead),
      ratioOf: 'extract.read-count.duckdb',
    }),
    countRecordsStream
      ? timeFigure('extract.read-count.stream', 'extract', 'countRecordsStream: read and count in one streaming pass over the same file', summarise(s.stream), {
          ratio: median(ratios.stream),
          ratioOf: 'extract.read-count.duckdb',
          note: 'core io; memory bounded by the batch size, not the file',
        })
      : missingFigure('extract.read-count.stream', 'extract', 'countRecordsStream', 'skipped', 'this version of core has no countRecordsStream'),
  ];
}
