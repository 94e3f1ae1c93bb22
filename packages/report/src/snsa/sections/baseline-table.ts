import { isWithheld } from '@cjsnsa/core';
import type { ResultRow } from '@cjsnsa/framework';
import { localMeasuresFor } from '../../evidence/local-evidence.js';
import { formatMeasure } from '../format.js';
import type { PackTable } from '../pack-model.js';
import type { SnsaArea, SnsaContext } from '../snsa-context.js';
import type { SnsaTopic } from '../topics.js';
import { needsFor, trendWords } from './needs-section.js';

/**
 * Section 6, the baseline table for the CJOIP: one row per indicator with its
 * latest period, value and 95% interval, Scotland and family group values,
 * trend, comparison, classification with the rule that made it (in plain
 * words) and status (provisional and synthetic labels included), ready to
 * paste into the plan. When the context holds the area's local evidence
 * workbook, its local measures for the topic's outcomes follow the
 * indicators, with the same columns (no Scotland or family-group figure).
 *
 * @example
 * ```ts
 * baselineTable(ctx, snsaArea('S12000039'), topicById('bail')).columns[0]; // 'Indicator'
 * ```
 */
export function baselineTable(ctx: Pick<SnsaContext, 'results' | 'frameworkVersion'> & Partial<Pick<SnsaContext, 'evidence'>>, area: SnsaArea, topic: SnsaTopic): PackTable {
  const needs = new Map(needsFor(ctx, area, topic).map((n) => [n.indicator, n]));
  const local = localMeasuresFor(ctx.evidence, area.code, topic.outcomes);
  const all = [...ctx.results, ...local.results];
  const rows: (string | number | null)[][] = [];
  for (const id of [...topic.indicators, ...local.definitions.map((d) => d.id)]) {
    const series = all.filter((r) => r.indicator === id && r.area === area.code).sort((a, b) => (a.period < b.period ? -1 : 1));
    const latest: ResultRow | undefined = series[series.length - 1];
    if (!latest) continue;
    const withheld = isWithheld(latest.status);
    rows.push([
      latest.indicator_name,
      latest.period,
      withheld ? 'suppressed' : formatMeasure(latest.value, latest.measure),
      withheld || latest.lower === null ? null : `${formatMeasure(latest.lower, latest.measure)} to ${formatMeasure(latest.upper, latest.measure)}`,
      latest.unit,
      latest.scotland_value === null && latest.indicator_kind === 'local' ? null : formatMeasure(latest.scotland_value, latest.measure),
      latest.group_value === null ? null : formatMeasure(latest.group_value, latest.measure),
      latest.comparison_scotland,
      trendWords(latest.trend, latest.trend_direction, needs.get(id)?.classification),
      needs.get(id)?.classification ?? null,
      needs.get(id)?.rule ?? null,
      latest.status,
    ]);
  }
  return {
    id: 'baseline',
    title: `Baseline for the CJOIP: ${topic.title}, ${area.name}`,
    columns: ['Indicator', 'Latest period', 'Value', '95% interval', 'Unit', 'Scotland', area.group.name, 'Compared with Scotland', 'Trend', 'Classification', 'Rule', 'Status'],
    rows,
    notes: [
      `Framework ${ctx.frameworkVersion}. Status lists the caveats of each figure (synthetic demonstration data, provisional, pandemic year, withheld, latest population estimate used).`,
      'Classification and Rule: the rule of cjsnsa, the toolkit that made this pack, not a Community Justice Scotland rule. A need or strength rests on a significant comparison or trend; counts are volumes, shown as context, never as a need or strength.',
      ...(local.definitions.length ? ['Local measures ([Locally determined indicator]) are the partnership\'s own figures from its local evidence workbook: they have no Scotland or family-group figure.'] : []),
    ],
  };
}
