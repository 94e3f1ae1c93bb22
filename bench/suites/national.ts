import { join } from 'node:path';
import { computeIndicators } from '../../packages/framework/dist/index.js';
import { loadSnsaData } from '../../packages/report/dist/index.js';
import type { BenchContext } from '../lib/context.js';
import { timeFigure, type Figure } from '../lib/figure.js';
import { timeRuns } from '../lib/timing.js';

/**
 * Figure 1, the national indicator set: framework `computeIndicators` for
 * every indicator × the 32 council areas, Scotland and the comparator groups
 * × every period, with intervals, trends and comparisons, in-process after
 * the embedded datasets are loaded (report's `loadSnsaData`). Target < 100 ms.
 *
 * @example
 * ```ts
 * const figures = await benchNational(ctx); // national.load, national.compute
 * ```
 */
export async function benchNational(ctx: BenchContext): Promise<Figure[]> {
  const datasetsDir = join(ctx.root, 'datasets');
  ctx.log('national: loading the embedded datasets (loadSnsaData)');
  const load = await timeRuns(() => loadSnsaData({ datasetsDir }), { runs: ctx.runs(3), warmup: 1 });
  const data = await ctx.snsaData();
  const compute = () => computeIndicators({ observations: data.observations, indicators: 'all', areas: 'all' });
  const results = compute();
  const areas = new Set(results.array('area') as string[]).size;
  const indicators = new Set(results.array('indicator') as string[]).size;
  ctx.log(`national: computeIndicators, ${indicators} indicators × ${areas} areas`);
  const timing = await timeRuns(compute, { runs: ctx.runs(15), warmup: 2 });
  return [
    timeFigure('national.load', 'national', 'loadSnsaData: read and validate the embedded datasets', load, {
      note: `${data.observations.numRows()} observation rows; setup for figure 1, not part of its target`,
    }),
    timeFigure('national.compute', 'national', 'computeIndicators: all indicators × 32 areas + Scotland + groups × all periods', timing, {
      targetMs: 100,
      note: `${results.numRows()} result rows: ${indicators} indicators × ${areas} areas (councils, Scotland, comparator groups), intervals, trends, comparisons`,
    }),
  ];
}
