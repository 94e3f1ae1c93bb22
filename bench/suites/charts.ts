import { funnelLimits } from '../../packages/core/dist/index.js';
import {
  compareAreasChart,
  compositionChart,
  fundingTimelineChart,
  funnelChart,
  heatmapChart,
  spineChart,
  toPNG,
  toSVG,
  trendChart,
  type ChartSpec,
} from '../../packages/charts/dist/index.js';
import { computeIndicators, SCOTLAND, type ResultRow } from '../../packages/framework/dist/index.js';
import type { BenchContext } from '../lib/context.js';
import { timeFigure, type Figure } from '../lib/figure.js';
import { summarise, timeRuns, type Timing } from '../lib/timing.js';

const AREA = 'S12000039'; // West Dunbartonshire, the SNSA default
const INDICATOR = 'NI4';

/**
 * One chart of each of the 7 presets, drawn from the national results for
 * West Dunbartonshire as an SNSA draws them.
 *
 * @example
 * ```ts
 * Object.keys(await presetCharts(ctx)); // ['trendChart', 'compareAreasChart', …]
 * ```
 */
export async function presetCharts(ctx: BenchContext): Promise<Record<string, ChartSpec>> {
  const data = await ctx.snsaData();
  const results = computeIndicators({ observations: data.observations, indicators: 'all', areas: 'all' }).objects() as ResultRow[];
  const ni4 = results.filter((r) => r.indicator === INDICATOR);
  const period = ni4.filter((r) => r.value !== null).map((r) => r.period).sort().pop()!;
  const latest = ni4.filter((r) => r.period === period && (r.area_type === 'council' || r.area === SCOTLAND.code));
  const scotland = latest.find((r) => r.area === SCOTLAND.code)!;
  const sizes = latest.filter((r) => r.area_type === 'council' && r.denominator).map((r) => r.denominator as number);
  const limits = funnelLimits({ type: 'proportion', baseline: scotland.value!, sizes: { min: Math.min(...sizes), max: Math.max(...sizes) }, multiplier: 100, points: 80 });
  const profile = results.filter((r) => (r.measure === 'rate' || r.measure === 'percentage') && (r.area_type === 'council' || r.area === SCOTLAND.code));
  const penalties = (data.observations.objects() as { indicator: string; period: string; breakdown: string; numerator: number | null; status: string; source: string }[])
    .filter((r) => r.indicator === 'convictions-by-main-penalty')
    .map((r) => ({ period: r.period, breakdown: r.breakdown, value: r.numerator, status: r.status, source: r.source }));
  const register = (await data.servicesRegister())!.table.objects() as Record<string, string>[];
  const services = register
    .filter((r) => r.area === AREA)
    .map((r) => ({ service: r.service_name, start: String(r.funding_start), end: String(r.funding_end), provider: r.provider_type }));
  return {
    trendChart: trendChart(results, { area: AREA, indicator: INDICATOR }),
    compareAreasChart: compareAreasChart(latest, { indicator: INDICATOR, period, highlight: AREA }),
    funnelChart: funnelChart(latest, { indicator: INDICATOR, period, limits, highlight: AREA, baseline: scotland.value! }),
    spineChart: spineChart(profile, { area: AREA }),
    heatmapChart: heatmapChart(profile.filter((r) => r.area_type === 'council')),
    compositionChart: compositionChart(penalties, { x: 'period', series: 'breakdown', title: 'Convictions by main penalty, Scotland' }),
    fundingTimelineChart: fundingTimelineChart(services, { asOf: '2025-01-01' }),
  };
}

/**
 * Figure 3, charts: charts' `toSVG` and `toPNG` for one chart of each of the 7
 * presets (median of repeated renders each), and the median over the presets.
 * Rendering includes compiling Vega-Lite to Vega, parsing the Vega dataflow
 * and drawing; PNG adds rasterising with resvg at scale 2.
 *
 * @example
 * ```ts
 * const figures = await benchCharts(ctx); // charts.svg.trendChart, …, charts.svg, charts.png
 * ```
 */
export async function benchCharts(ctx: BenchContext): Promise<Figure[]> {
  const charts = await presetCharts(ctx);
  const runs = ctx.runs(7);
  const svg: Record<string, Timing> = {};
  const png: Record<string, Timing> = {};
  for (const [name, chart] of Object.entries(charts)) {
    ctx.log(`charts: ${name}`);
    svg[name] = await timeRuns(() => toSVG(chart), { runs, warmup: 1 });
    png[name] = await timeRuns(() => toPNG(chart), { runs, warmup: 1 });
  }
  const names = Object.keys(charts);
  const overPresets = (t: Record<string, Timing>) => summarise(names.map((n) => t[n].median));
  return [
    timeFigure('charts.svg', 'charts', `toSVG, median over the ${names.length} presets`, overPresets(svg), {
      note: `of each preset's median of ${runs} renders; runs = presets`,
    }),
    timeFigure('charts.png', 'charts', `toPNG, median over the ${names.length} presets`, overPresets(png)),
    ...names.map((n) => timeFigure(`charts.svg.${n}`, 'charts', `toSVG: ${n}`, svg[n])),
    ...names.map((n) => timeFigure(`charts.png.${n}`, 'charts', `toPNG: ${n}`, png[n])),
  ];
}

