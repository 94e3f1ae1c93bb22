import { describeSmallCountRule, hasStatus, isWithheld } from '@cjsnsa/core';
import { compositionChart } from '@cjsnsa/charts';
import { messages } from '../../messages.js';
import { formatMeasure } from '../format.js';
import { categoryLabel } from '../category-label.js';
import type { PackChart, PackSection } from '../pack-model.js';
import { renderChart } from '../render-chart.js';
import type { SnsaArea, SnsaContext } from '../snsa-context.js';
import type { SnsaTopic } from '../topics.js';

/**
 * Section 3, who and what happened: the individual-level extract counted
 * into financial years by age band, sex and outcome. The counts come from
 * the context (`ctx.breakdowns`), already disclosure-controlled in one table
 * with every total they add up to (the area's count in the results, and
 * through it Scotland's), so nothing here can be worked out from a figure
 * published elsewhere in the pack, in another area's pack or in the results.
 * The extract's total is set beside the aggregate series: both routes
 * should give the same number.
 *
 * @example
 * ```ts
 * const s = await whoSection(ctx, snsaArea('S12000039'), topicById('diversion'));
 * s.paragraphs[0]; // 'Counting the individual-level extract gives 52 diversion cases commenced in 2023-24, …'
 * ```
 */
export async function whoSection(ctx: SnsaContext, area: SnsaArea, topic: SnsaTopic): Promise<PackSection | null> {
  if (!topic.extract || !topic.extractCount) return null;
  const { item, label } = topic.extractCount;
  const extract = ctx.data.extractSource(topic.extract);
  if (!extract) {
    // the partnership gave its own totals without an extract: the embedded synthetic breakdown would describe other numbers
    if (!ctx.data.ownItems.includes(item)) return null;
    return { id: 'who', title: 'Who, and what happened', paragraphs: [messages.whoOwnTotalsOnly(label)], charts: [], tables: [] };
  }
  const synthetic = extract.synthetic;
  const source = synthetic && !/synthetic/i.test(extract.title) ? `${extract.title} (synthetic demonstration data)` : extract.title;
  const cells = ctx.breakdowns.filter((b) => b.item === item && b.area === area.code);
  const periods = [...new Set(ctx.results.filter((r) => r.area === area.code && r.indicator === topic.indicators[0]).map((r) => r.period as string))].sort();
  const paragraphs: string[] = [];
  const charts: PackChart[] = [];

  // the extract's total beside the aggregate series, both as controlled
  const latest = periods[periods.length - 1];
  const total = cells.find((c) => c.category === null && c.period === latest);
  if (total) {
    const same = total.total_of === 'results' ? 'the same number as the aggregate series' : 'not the number in the aggregate series: check the extract against the return';
    paragraphs.push(
      total.count === null
        ? suppliedWithheld(ctx, item, area.code, latest)
          ? messages.whoTotalWithheldBySupplier(label, latest)
          : `Counting the individual-level extract for ${latest} gives a number of ${label} that is withheld here to protect small numbers; it is ${same}.`
        : `Counting the individual-level extract gives ${formatMeasure(total.count, 'count')} ${label} in ${latest}, ${same}.`,
    );
  }
  for (const b of topic.breakdowns) {
    const rows = cells
      .filter((c) => c.breakdown === b.column && c.category !== null && periods.includes(c.period))
      .map((c) => ({
        period: c.period,
        breakdown: categoryLabel(b.column, c.category!),
        value: isWithheld(c.status) ? null : c.count,
        status: synthetic && !hasStatus(c.status, 'synthetic') ? `${c.status}; synthetic` : c.status,
        source,
      }));
    if (rows.length === 0) continue;
    if (!rows.some((r) => typeof r.value === 'number' && r.value > 0)) {
      // nothing to draw: every count is withheld or zero
      paragraphs.push(`${label[0]!.toUpperCase()}${label.slice(1)} by ${b.label.toLowerCase()} are not shown for ${area.name}: every count that is not zero is withheld to protect small numbers.`);
      continue;
    }
    charts.push(
      await renderChart(
        compositionChart(rows, {
          x: 'period',
          series: 'breakdown',
          title: `${label[0]!.toUpperCase()}${label.slice(1)} by ${b.label.toLowerCase()}, ${area.name}`,
          valueTitle: 'Count',
          source,
        }),
        `who-${b.column.replace(/_/g, '-')}`,
      ),
    );
  }
  paragraphs.push(
    `The charts break ${label} down by ${topic.breakdowns.map((b) => b.label.toLowerCase()).join(', ')}. ${describeSmallCountRule(ctx.disclosure)} Each breakdown was controlled together with the totals it adds up to, here and in every other area's pack.`,
  );
  if (synthetic) paragraphs.push('The extract is synthetic demonstration data: replace it with your own case-management extract to see your area\'s real picture.');
  if (extract.own && extract.counts) paragraphs.push(messages.whoOwnExtract(extract.counts.file.split(/[\\/]/).pop()!, extract.counts.read, extract.counts.counted));
  return { id: 'who', title: 'Who, and what happened', paragraphs, charts, tables: [] };
}

/** Whether the data as supplied already withheld the area's count (e.g. `[c]` in a published table). */
function suppliedWithheld(ctx: SnsaContext, item: string, area: string, period: string): boolean {
  const rows = ctx.data.observations
    .params({ item, area, period })
    .filter((d: any, $: any) => d.indicator === $.item && d.area === $.area && d.period === $.period)
    .array('status') as string[];
  return rows.some((s) => isWithheld(s));
}
