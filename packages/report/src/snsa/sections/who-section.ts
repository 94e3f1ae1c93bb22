import { applyDisclosureControl, countRecords, hasStatus, isWithheld } from '@cjsnsa/core';
import { compositionChart } from '@cjsnsa/charts';
import { indicatorDefinition } from '@cjsnsa/framework';
import { formatMeasure } from '../format.js';
import type { PackChart, PackSection } from '../pack-model.js';
import { renderChart } from '../render-chart.js';
import type { SnsaArea, SnsaContext } from '../snsa-context.js';
import type { SnsaTopic } from '../topics.js';

/**
 * Section 3, who and what happened: the individual-level extract counted
 * into financial years by age band, sex and outcome (core `countRecords`),
 * disclosure-controlled (core `applyDisclosureControl`, with secondary
 * suppression within each period) before it is drawn, and checked against
 * the aggregate series: both routes give the same number.
 *
 * @example
 * ```ts
 * const s = await whoSection(ctx, snsaArea('S12000039'), topicById('diversion'));
 * s.paragraphs[0]; // 'Counting the individual-level extract gives 52 diversion cases commenced in 2023-24, …'
 * ```
 */
export async function whoSection(ctx: SnsaContext, area: SnsaArea, topic: SnsaTopic): Promise<PackSection | null> {
  if (!topic.extract || !topic.extractCount) return null;
  const extract = await ctx.data.extract(topic.extract);
  if (!extract) return null;
  const { date, item, label } = topic.extractCount;
  const synthetic = extract.entry.kind === 'synthetic';
  const source = synthetic ? `${extract.entry.title} (synthetic demonstration data)` : extract.entry.title;
  const records = extract.table
    .params({ area: area.code, date })
    .filter((d: any, $: any) => d.area === $.area && d[$.date] != null && d[$.date] !== '');
  const periods = (ctx.results.filter((r) => r.area === area.code && r.indicator === topic.indicators[0]).map((r) => r.period) as string[]).sort();
  const paragraphs: string[] = [];
  const charts: PackChart[] = [];

  const inPeriods = (rows: Record<string, unknown>[]) => rows.filter((r) => periods.includes(r.period as string));
  const totals = inPeriods(
    countRecords(records, { indicator: item, area: 'area', date, periodKind: 'financial-year', source, frame: { area: [area.code] } }).objects() as Record<string, unknown>[],
  ) as { period: string; numerator: number }[];
  const aggregate = ctx.data.observations
    .params({ item, area: area.code })
    .filter((d: any, $: any) => d.indicator === $.item && d.area === $.area)
    .objects() as { period: string; numerator: number | null }[];
  // the results' own row for this item's count: its disclosure status rules what the extract may show
  const countRow = (period: string) => {
    const rows = ctx.results.filter((r) => r.area === area.code && r.period === period && indicatorDefinition(r.indicator).numerator.item === item);
    return rows.find((r) => r.measure === 'count') ?? rows[0];
  };
  const totalWithheld = (period: string) => {
    const r = countRow(period);
    return r === undefined || isWithheld(r.status) || r.numerator === null;
  };
  const latest = periods[periods.length - 1];
  const counted = totals.find((t) => t.period === latest);
  const published = aggregate.find((a) => a.period === latest);
  if (counted && published) {
    const same = counted.numerator === published.numerator;
    const small = counted.numerator >= 1 && counted.numerator <= 4;
    paragraphs.push(
      small || totalWithheld(latest!)
        ? `Counting the individual-level extract for ${latest} gives a number of ${label} that is withheld here to protect small numbers; ${same ? 'it matches' : 'it does not match'} the aggregate series.`
        : `Counting the individual-level extract gives ${formatMeasure(counted.numerator, 'count')} ${label} in ${latest}; the aggregate series has ${formatMeasure(published.numerator, 'count')}${same ? ': both routes give the same number' : ': the two differ, so check the extract against the return'}.`,
    );
  }
  for (const b of topic.breakdowns) {
    const counts = countRecords(records, {
      indicator: item,
      area: 'area',
      date,
      periodKind: 'financial-year',
      by: [b.column],
      source,
      frame: { area: [area.code] },
    });
    // the breakdown cells add up to the area's count: control them with that total, withheld where the results withhold it
    const cells = inPeriods(counts.objects() as Record<string, unknown>[]);
    const TOTAL = '\u0000total';
    const areaTotals = periods.map((period) => ({
      indicator: item,
      area: area.code,
      period,
      [b.column]: TOTAL,
      numerator: cells.filter((c) => c.period === period).reduce((sum, c) => sum + (c.numerator as number), 0),
      status: totalWithheld(period) ? 'suppressed' : 'published',
    }));
    const controlled = applyDisclosureControl([...cells, ...areaTotals], { groups: [{ by: ['indicator', 'area', 'period'], total: { [b.column]: TOTAL } }] });
    const rows = (controlled.objects() as Record<string, unknown>[]).filter((r) => r[b.column] !== TOTAL).map((r) => ({
      period: r.period,
      breakdown: r[b.column],
      value: isWithheld(r.status as string) ? null : r.numerator,
      status: synthetic && !hasStatus(r.status as string, 'synthetic') ? `${r.status}; synthetic` : r.status,
      source,
    }));
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
    `The charts break ${label} down by ${topic.breakdowns.map((b) => b.label.toLowerCase()).join(', ')}. Counts of 1 to 4 are suppressed, with a second cell suppressed where needed so that a hidden count cannot be worked out from the total.`,
  );
  if (synthetic) paragraphs.push('The extract is synthetic demonstration data: replace it with your own case-management extract to see your area\'s real picture.');
  return { id: 'who', title: 'Who, and what happened', paragraphs, charts, tables: [] };
}
