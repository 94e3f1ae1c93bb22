import type { ChartSpec } from '../presets/ChartSpec.js';
import { loadVega } from './loadVega.js';

/**
 * Compile a chart's Vega-Lite spec to a Vega spec (vega-lite `compile`).
 *
 * @example
 * ```ts
 * const vgSpec = await toVegaSpec(trendChart(results, { area: 'S12000039' }));
 * vgSpec.marks.length > 0; // true
 * ```
 */
export async function toVegaSpec(chart: ChartSpec | ChartSpec['spec']): Promise<import('vega').Spec> {
  const { vl } = await loadVega();
  const spec = 'spec' in chart && 'altText' in chart ? (chart as ChartSpec).spec : (chart as ChartSpec['spec']);
  return vl.compile(spec as any).spec as import('vega').Spec;
}
