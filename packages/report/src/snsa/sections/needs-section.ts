import { classifyNeedsAndStrengths, type NeedsAndStrengthsRow } from '@cjsnsa/framework';
import { formatMeasure } from '../format.js';
import type { PackSection, PackTable } from '../pack-model.js';
import type { SnsaArea, SnsaContext } from '../snsa-context.js';
import type { SnsaTopic } from '../topics.js';

/**
 * The needs-and-strengths rows for a topic's indicators in one area (the
 * framework's documented classification, this toolkit's own rule).
 *
 * @example
 * ```ts
 * needsFor(ctx, snsaArea('S12000039'), topicById('bail'))[0].classification; // e.g. 'Stable'
 * ```
 */
export function needsFor(ctx: SnsaContext, area: SnsaArea, topic: SnsaTopic): NeedsAndStrengthsRow[] {
  const wanted = new Set(topic.indicators);
  const rows = ctx.results.filter((r) => wanted.has(r.indicator) && r.area === area.code);
  return classifyNeedsAndStrengths(rows, { area: area.code }).sort(
    (a, b) => topic.indicators.indexOf(a.indicator) - topic.indicators.indexOf(b.indicator),
  );
}

/**
 * Section 4, needs and strengths: each indicator classified, with the rule
 * that made the call, as a table (the notebook and report show the same).
 *
 * @example
 * ```ts
 * const s = needsSection(ctx, snsaArea('S12000039'), topicById('diversion'));
 * s.tables[0].columns; // ['Indicator', 'Period', 'Value', 'Compared with', 'Comparison', 'Trend', 'Classification', 'Rule']
 * ```
 */
export function needsSection(ctx: SnsaContext, area: SnsaArea, topic: SnsaTopic): PackSection {
  const rows = needsFor(ctx, area, topic);
  const measures = new Map(ctx.results.map((r) => [r.indicator, r.measure]));
  const table: PackTable = {
    id: 'needs-and-strengths',
    title: `Needs and strengths: ${topic.title}, ${area.name}`,
    columns: ['Indicator', 'Period', 'Value', 'Compared with', 'Comparison', 'Trend', 'Classification', 'Rule'],
    rows: rows.map((r) => [
      r.indicator_name,
      r.period,
      r.value === null ? (r.status.includes('suppressed') ? 'suppressed' : 'not available') : formatMeasure(r.value, measures.get(r.indicator)),
      r.benchmark,
      r.comparison,
      [r.trend, r.trend_direction].filter(Boolean).join(', ') || null,
      r.classification,
      r.rule,
    ]),
    notes: ['Classification rule: this toolkit\'s own, documented in docs/framework.md; it is not a Community Justice Scotland rule.'],
  };
  const count = (c: string) => rows.filter((r) => r.classification === c).length;
  const paragraphs = [
    `Of ${rows.length} indicators for ${topic.title.toLowerCase()} in ${area.name}, ${count('Need')} ${count('Need') === 1 ? 'is' : 'are'} classed as a need, ${count('Strength')} as a strength, ${count('Mixed')} as mixed, ${count('Stable')} as stable and ${count('Insufficient data')} with insufficient data.`,
    'Each call combines the comparison with Scotland (the 95% interval rule) with the recent-trend test: worse than Scotland, or similar but getting worse, is a need; better, or similar and getting better, is a strength; worse but improving, or better but worsening, is mixed; similar with no significant change is stable. The Rule column gives the rule that fired for each indicator.',
  ];
  return { id: 'needs-and-strengths', title: 'Needs and strengths', paragraphs, charts: [], tables: [table] };
}
