import { funnelLimits, isWithheld } from '@cjsnsa/core';
import { compareAreasChart, funnelChart, trendChart } from '@cjsnsa/charts';
import { indicatorDefinitions, type IndicatorDefinition, type ResultRow } from '@cjsnsa/framework';
import { describeIndicator } from '../describe-indicator.js';
import type { PackChart, PackSection } from '../pack-model.js';
import { renderChart } from '../render-chart.js';
import type { SnsaArea, SnsaContext } from '../snsa-context.js';
import type { SnsaTopic } from '../topics.js';

function latestPeriod(rows: ResultRow[]): string | null {
  const periods = [...new Set(rows.filter((r) => r.value !== null).map((r) => r.period))].sort();
  return periods[periods.length - 1] ?? null;
}

/**
 * The rate that matches a count indicator: a rate of the same data item over a
 * population (e.g. NI1b diversion cases commenced → SM-diversion-rate, per 10,000
 * population aged 16–70), drawn beside the count on its trend chart.
 *
 * @example
 * ```ts
 * rateCompanion('NI1b'); // 'SM-diversion-rate'
 * rateCompanion('NI1a'); // null (no rate of diversion assessments)
 * ```
 */
export function rateCompanion(indicator: string, definitions: IndicatorDefinition[] = indicatorDefinitions()): string | null {
  const count = definitions.find((d) => d.id === indicator);
  if (!count || count.measure !== 'count') return null;
  const rate = definitions.find(
    (d) => d.measure === 'rate' && d.numerator.item === count.numerator.item && d.numerator.field === count.numerator.field && d.denominator !== null && 'population' in d.denominator,
  );
  return rate?.id ?? null;
}

/**
 * Funnel plot of every council area for one rate or percentage indicator in
 * its latest period, with control limits from core's `funnelLimits` around
 * the Scotland value (the charts package computes nothing).
 */
async function funnelFor(ctx: SnsaContext, area: SnsaArea, indicator: string): Promise<PackChart | null> {
  const rows = ctx.results.filter((r) => r.indicator === indicator);
  const period = latestPeriod(rows.filter((r) => r.area_type === 'council'));
  if (!period) return null;
  const councils = rows.filter((r) => r.period === period && r.area_type === 'council' && r.value !== null && r.denominator);
  const scotland = rows.find((r) => r.period === period && r.area === 'S92000003');
  if (councils.length < 5 || !scotland || scotland.value === null) return null;
  const measure = councils[0]!.measure;
  if (measure !== 'rate' && measure !== 'percentage') return null;
  const sizes = councils.map((r) => r.denominator as number);
  const limits = funnelLimits({
    type: measure === 'percentage' ? 'proportion' : 'rate',
    baseline: scotland.value,
    sizes: { min: Math.min(...sizes), max: Math.max(...sizes) },
    multiplier: measure === 'percentage' ? 100 : 10000,
    points: 80,
  });
  return renderChart(
    funnelChart(rows.filter((r) => r.period === period && (r.area_type === 'council' || r.area === 'S92000003')), {
      limits,
      indicator,
      period,
      highlight: area.code,
      baseline: scotland.value,
      sizeTitle: measure === 'percentage' ? 'Denominator' : 'Population aged 16–70',
    }),
    `funnel-${indicator}`,
  );
}

/**
 * Section 2, indicators over five years: for each indicator of the topic a
 * trend chart (value with 95% interval, Scotland, family group) and sentences
 * generated from the numbers; for rates and percentages a ranked comparison
 * of all areas and, for the first of them, a funnel plot.
 *
 * @example
 * ```ts
 * const s = await indicatorsSection(ctx, snsaArea('S12000039'), topicById('diversion'));
 * s.charts.map((c) => c.id); // ['trend-NI1a', …, 'compare-SM-diversion-rate', 'funnel-SM-diversion-rate', …]
 * ```
 */
export async function indicatorsSection(ctx: SnsaContext, area: SnsaArea, topic: SnsaTopic): Promise<PackSection> {
  const paragraphs: string[] = [];
  const charts: PackChart[] = [];
  for (const id of topic.indicators) {
    const series = ctx.results.filter((r) => r.indicator === id && r.area === area.code);
    if (series.length === 0) {
      paragraphs.push(`${id}: no data for ${area.name}.`);
      continue;
    }
    paragraphs.push(describeIndicator(series).join(' '));
    // a count is drawn on its own scale, with its rate per 10,000 (or an index against Scotland) beneath
    const rateId = rateCompanion(id);
    const rate = rateId ? ctx.results.filter((r) => r.indicator === rateId && r.area === area.code) : [];
    charts.push(
      await renderChart(
        trendChart(ctx.results.filter((r) => r.indicator === id), { area: area.code, indicator: id, ...(rate.length ? { rate } : {}) }),
        `trend-${id}`,
      ),
    );
  }
  let funnelDone = false;
  for (const id of topic.compareIndicators) {
    const rows = ctx.results.filter((r) => r.indicator === id);
    const period = latestPeriod(rows.filter((r) => r.area === area.code));
    if (!period) continue;
    const latest = [...new Set(rows.map((r) => r.period))].sort().pop();
    let periodReason: string | undefined;
    if (latest && latest !== period) {
      // say so when the comparison cannot use the latest year: the area's own figure is withheld there
      const own = rows.find((r) => r.area === area.code && r.period === latest);
      periodReason = own && isWithheld(own.status) ? `${area.name}'s ${latest} figure is withheld to protect small numbers` : `${area.name} has no ${latest} figure`;
      paragraphs.push(`The comparison of all areas for ${own?.indicator_name ?? id} uses ${period}, the latest year with a figure for ${area.name}: ${periodReason}.`);
    }
    charts.push(
      await renderChart(
        compareAreasChart(rows.filter((r) => r.period === period && (r.area_type === 'council' || r.area === 'S92000003')), {
          indicator: id,
          period,
          highlight: area.code,
          ...(periodReason ? { periodReason } : {}),
        }),
        `compare-${id}`,
      ),
    );
    if (!funnelDone) {
      const funnel = await funnelFor(ctx, area, id);
      if (funnel) {
        charts.push(funnel);
        funnelDone = true;
        paragraphs.push(
          'The funnel plot shows each council area against its size, with 95% and 99.8% control limits around the Scotland value: areas outside the limits differ from Scotland by more than chance would explain, which a ranked chart alone cannot show.',
        );
      }
    }
  }
  return { id: 'indicators', title: 'Indicators over five years', paragraphs, charts, tables: [] };
}
