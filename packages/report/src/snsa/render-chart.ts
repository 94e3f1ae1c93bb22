import { AsyncLocalStorage } from 'node:async_hooks';
import { svgToPNG, toSVG, type ChartSpec } from '@cjsnsa/charts';
import type { PackChart } from './pack-model.js';

function svgSize(svg: string): { width: number; height: number } {
  const open = svg.slice(0, svg.indexOf('>'));
  const w = /\bwidth="([\d.]+)"/.exec(open);
  const h = /\bheight="([\d.]+)"/.exec(open);
  return { width: w ? Math.round(Number(w[1])) : 600, height: h ? Math.round(Number(h[1])) : 400 };
}

// Charts already drawn, by spec and alt text: the area profile charts recur in
// every topic of a pack, and are drawn once. Bounded: cleared when full.
interface Drawn {
  svg: Promise<{ svg: string; width: number; height: number }>;
  /** the PNG, rasterised on first call */
  png(): Promise<Uint8Array>;
}
const drawnCharts = new Map<string, Drawn>();

function draw(chart: ChartSpec): Drawn {
  const key = `${chart.altText}\u0000${JSON.stringify(chart.spec)}`;
  let hit = drawnCharts.get(key);
  if (!hit) {
    const svg = toSVG(chart).then((text) => ({ svg: text, ...svgSize(text) }));
    let png: Promise<Uint8Array> | null = null;
    hit = { svg, png: () => (png ??= svg.then((d) => svgToPNG(d.svg, { scale: 2 }))) };
    if (drawnCharts.size >= 32) drawnCharts.clear();
    drawnCharts.set(key, hit);
    // a failed drawing is not kept, so a later call tries again
    svg.catch(() => drawnCharts.delete(key));
  }
  return hit;
}

// Inside rasteriseAsDrawn(), each chart's PNG starts rasterising as soon as its SVG is drawn.
const eager = new AsyncLocalStorage<boolean>();
// Charts returned whose PNG has not been asked for yet (notebooks show only the SVG).
const unstarted = new Set<() => void>();

/**
 * Run `build` (e.g. the sections of a pack) so that every chart it renders
 * starts rasterising its PNG at once, in the background, while the next
 * chart is drawn: that keeps every core busy when a pack is written.
 * Outside it (in a notebook, say) PNGs are made only when
 * {@link chartsRasterised} asks for them.
 *
 * @example
 * ```ts
 * const section = await rasteriseAsDrawn(() => indicatorsSection(ctx, area, topic));
 * await chartsRasterised(); // every chart's png is now filled in
 * ```
 */
export function rasteriseAsDrawn<T>(build: () => Promise<T>): Promise<T> {
  return eager.run(true, build);
}

// PNGs still being rasterised (on the thread pool) for charts already returned.
const rasterising = new Set<Promise<void>>();
const failures: unknown[] = [];

/**
 * Make the PNG of every chart returned by {@link renderChart} (those not yet
 * started), wait until each has its PNG, and fail if any rasterisation
 * failed. `writePack` calls it before writing.
 *
 * @example
 * ```ts
 * const c = await renderChart(chart, 'trend-NI1b');
 * await chartsRasterised();
 * c.png.length > 0; // true
 * ```
 */
export async function chartsRasterised(): Promise<void> {
  for (const start of unstarted) start();
  unstarted.clear();
  while (rasterising.size) await Promise.all([...rasterising]);
  if (failures.length) throw failures.splice(0)[0];
}

/**
 * Render a chart preset's output for the pack: SVG, PNG at 2×, alt text,
 * CSV and the data table, under a file stem.
 *
 * The SVG is drawn once (one Vega dataflow per chart) and the PNG made from
 * it, in the background: at once inside {@link rasteriseAsDrawn} (as
 * `buildSnsaPack` does, so the next chart's SVG is built meanwhile and every
 * core is used), otherwise only when asked for. `png` is filled in when
 * {@link chartsRasterised} resolves; `writePack` waits for it.
 *
 * @param chart - a preset's output from `@cjsnsa/charts`
 * @param id - file stem in the chart pack, e.g. `trend-NI1b`
 * @returns the rendered {@link PackChart}
 * @example
 * ```ts
 * const c = await renderChart(trendChart(results, { area: 'S12000039', indicator: 'NI1b' }), 'trend-NI1b');
 * await chartsRasterised();
 * c.png.length > 0; // true
 * ```
 */
export async function renderChart(chart: ChartSpec, id: string): Promise<PackChart> {
  const drawn = draw(chart);
  const { svg, width, height } = await drawn.svg;
  const rendered: PackChart = {
    id,
    title: chart.title,
    svg,
    png: new Uint8Array(0),
    width,
    height,
    altText: chart.altText,
    description: chart.description,
    csv: chart.csv,
    data: {
      columns: chart.columns,
      rows: chart.dataTable.map((r) => chart.columns.map((c) => (r[c] === undefined ? null : r[c]) as string | number | null)),
    },
    notes: chart.notes,
  };
  const start = () => {
    const job: Promise<void> = drawn.png().then(
      (png) => {
        rendered.png = png;
      },
      (error: unknown) => {
        failures.push(error);
      },
    );
    rasterising.add(job);
    void job.then(() => rasterising.delete(job));
  };
  if (eager.getStore()) start();
  else unstarted.add(start);
  return rendered;
}

