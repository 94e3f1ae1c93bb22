import { AsyncLocalStorage } from 'node:async_hooks';
import { svgToPNG, toSVG, type ChartSpec } from '@cjsnsa/charts';
import { messages } from '../messages.js';
import type { PackChart } from './pack-model.js';

function svgSize(svg: string): { width: number; height: number } {
  const open = svg.slice(0, svg.indexOf('>'));
  const w = /\bwidth="([\d.]+)"/.exec(open);
  const h = /\bheight="([\d.]+)"/.exec(open);
  return { width: w ? Math.round(Number(w[1])) : 600, height: h ? Math.round(Number(h[1])) : 400 };
}

// Charts already drawn, by spec and alt text: the area profile charts recur in
// every topic of a pack, and are drawn once (the topics of a pack are built together). Bounded: cleared when full.
interface Drawn {
  svg: Promise<{ svg: string; width: number; height: number }>;
  /** the PNG at a pixel density, rasterised on first call for it */
  png(scale: number): Promise<Uint8Array>;
}
const drawnCharts = new Map<string, Drawn>();

function draw(chart: ChartSpec): Drawn {
  const key = `${chart.altText}\u0000${JSON.stringify(chart.spec)}`;
  let hit = drawnCharts.get(key);
  if (!hit) {
    const svg = toSVG(chart).then((text) => ({ svg: text, ...svgSize(text) }));
    const pngs = new Map<number, Promise<Uint8Array>>();
    hit = {
      svg,
      png: (scale) => {
        let png = pngs.get(scale);
        if (!png) pngs.set(scale, (png = svg.then((d) => svgToPNG(d.svg, { scale }))));
        return png;
      },
    };
    if (drawnCharts.size >= 128) drawnCharts.clear();
    drawnCharts.set(key, hit);
    // a failed drawing is not kept, so a later call tries again
    svg.catch(() => drawnCharts.delete(key));
  }
  return hit;
}

function checkedScale(scale: number | undefined): number {
  if (scale === undefined) return DEFAULT_PNG_SCALE;
  if (!(typeof scale === 'number' && scale >= 1 && scale <= 4)) throw new RangeError(messages.pngScale(String(scale)));
  return scale;
}

// Inside rasteriseAsDrawn(), each chart's PNG starts rasterising as soon as its SVG is drawn; the store holds
// the PNG jobs that call started, so it waits for its own charts only.
const eager = new AsyncLocalStorage<{ jobs: Set<Promise<void>>; scale: number }>();

/**
 * The PNGs' pixel density when none is given: 2, crisp in Word and in print
 * at the chart's size.
 *
 * @example
 * ```ts
 * const c = await renderChart(chart, 'trend-NI1b');
 * await chartsRasterised();
 * // the PNG has DEFAULT_PNG_SCALE × the SVG's width in pixels
 * ```
 */
export const DEFAULT_PNG_SCALE = 2;

/**
 * Options of {@link rasteriseAsDrawn}.
 *
 * @example
 * ```ts
 * await rasteriseAsDrawn(() => indicatorsSection(ctx, area, topic), { pngScale: 1 } satisfies RasteriseOptions);
 * ```
 */
export interface RasteriseOptions {
  /** Pixel density of the PNGs of the charts rendered inside (1 to 4). __Default value:__ {@link DEFAULT_PNG_SCALE} */
  pngScale?: number;
}

// Every chart returned, with how to make its PNG: started at once inside rasteriseAsDrawn(), otherwise only when
// asked for (notebooks show only the SVG).
const pngJobs = new WeakMap<PackChart, () => Promise<void>>();
// Charts returned whose PNG is not made yet (started or not).
const pending = new Set<PackChart>();

/**
 * Wait until each of `charts` (from {@link renderChart}) has its PNG,
 * starting those not started yet; rejects if one could not be made.
 * `writePack` waits for its own pack's charts only, so one pack can be
 * written while the next one's charts are still rasterising.
 *
 * @param charts - charts returned by {@link renderChart}
 * @example
 * ```ts
 * const c = await renderChart(trendChart(results, { area: 'S12000039', indicator: 'NI1b' }), 'trend-NI1b');
 * await pngReady([c]);
 * c.png.length > 0; // true
 * ```
 */
export async function pngReady(charts: readonly PackChart[]): Promise<void> {
  await Promise.all(charts.map((c) => pngJobs.get(c)?.()));
}

/**
 * Run `build` (e.g. the sections of a pack) so that every chart it renders
 * starts rasterising its PNG at once, in the background, while the next
 * chart is drawn: that keeps every core busy when a pack is written.
 * Resolves with what `build` returned once the PNG of every chart it
 * rendered is made (and rejects if one could not be). Outside it (in a
 * notebook, say) PNGs are made only when {@link chartsRasterised} asks for
 * them, at the default scale.
 *
 * @param build - builds what renders the charts (a pack's sections)
 * @param options - `pngScale`: the PNGs' pixel density, 1 to 4 (default 2)
 * @example
 * ```ts
 * const section = await rasteriseAsDrawn(() => indicatorsSection(ctx, area, topic));
 * section.charts[0].png.length > 0; // true
 * ```
 */
export async function rasteriseAsDrawn<T>(build: () => Promise<T>, options: RasteriseOptions = {}): Promise<T> {
  const jobs = new Set<Promise<void>>();
  const built = await eager.run({ jobs, scale: checkedScale(options.pngScale) }, build);
  await Promise.all(jobs);
  return built;
}

/**
 * Make the PNG of every chart returned by {@link renderChart} (those not yet
 * started), wait until each has its PNG, and fail if any rasterisation
 * failed.
 *
 * @example
 * ```ts
 * const c = await renderChart(chart, 'trend-NI1b');
 * await chartsRasterised();
 * c.png.length > 0; // true
 * ```
 */
export async function chartsRasterised(): Promise<void> {
  await pngReady([...pending]);
}

/**
 * Render a chart preset's output for the pack: SVG, PNG at 2×, alt text,
 * CSV and the data table, under a file stem.
 *
 * The SVG is drawn once (one Vega dataflow per chart) and the PNG made from
 * it, in the background: at once inside {@link rasteriseAsDrawn} (as
 * `buildSnsaPack` does, so the next chart's SVG is built meanwhile and every
 * core is used), otherwise only when asked for. `png` is filled in when
 * {@link chartsRasterised} resolves; `writePack` waits for its own charts'.
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
  let job: Promise<void> | null = null;
  const scale = eager.getStore()?.scale ?? DEFAULT_PNG_SCALE;
  const start = () =>
    (job ??= drawn.png(scale).then(
      (png) => {
        rendered.png = png;
        pending.delete(rendered);
      },
      (error: unknown) => {
        pending.delete(rendered); // reported once, to whoever waits for it
        throw error;
      },
    ));
  pngJobs.set(rendered, start);
  pending.add(rendered);
  const store = eager.getStore();
  if (store) {
    const started = start();
    started.catch(() => {}); // the failure is reported to whoever waits for it, not as unhandled
    store.jobs.add(started);
  }
  return rendered;
}

