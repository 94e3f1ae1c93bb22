import { compositionChart, spineChart } from '@cjsnsa/charts';
import { COUNCIL_AREAS, type ResultRow } from '@cjsnsa/framework';
import { formatMeasure } from '../format.js';
import type { PackSection } from '../pack-model.js';
import { renderChart } from '../render-chart.js';
import type { SnsaArea, SnsaContext } from '../snsa-context.js';

const POPULATION_ITEM = 'population-16-70';

/**
 * Section 1, area profile and context: population aged 16–70 over ten years
 * (NRS), the family group used for comparison and its members, the police
 * division, and a spine chart of every rate and percentage indicator against
 * the range across Scotland's council areas.
 *
 * @example
 * ```ts
 * const s = await profileSection(ctx, snsaArea('S12000039'));
 * s.title; // 'Area profile and context'
 * ```
 */
export async function profileSection(ctx: SnsaContext, area: SnsaArea): Promise<PackSection> {
  const pop = (ctx.data.observations
    .params({ item: POPULATION_ITEM, area: area.code })
    .filter((d: any, $: any) => d.indicator === $.item && d.area === $.area)
    .orderby('period')
    .objects() as { period: string; numerator: number | null; source: string; status: string }[]).slice(-10);
  const paragraphs: string[] = [];
  const members = area.group.members
    .filter((c) => c !== area.code)
    .map((c) => COUNCIL_AREAS.find((a) => a.code === c)?.name ?? c);
  paragraphs.push(
    `${area.name} (${area.code}) is compared with Scotland and with its ${area.group.name} (${members.join(', ')}), the Improvement Service grouping of councils by the population they serve, used for social work indicators. It is in Police Scotland's ${area.policeDivision} division.`,
  );
  const charts = [];
  if (pop.length) {
    const first = pop[0]!;
    const last = pop[pop.length - 1]!;
    const change = first.numerator && last.numerator ? ((last.numerator - first.numerator) / first.numerator) * 100 : null;
    paragraphs.push(
      `Its population aged 16 to 70, the base for justice social work rates, was ${formatMeasure(last.numerator, 'count')} in mid-${last.period} (NRS mid-year estimate, before the Census 2022 rebasing)${change !== null ? `, ${change >= 0 ? 'up' : 'down'} ${Math.abs(change).toFixed(1)}% since mid-${first.period}` : ''}.`,
    );
    charts.push(
      await renderChart(
        compositionChart(
          pop.map((p) => ({ period: p.period, breakdown: 'Aged 16–70', value: p.numerator, status: p.status, source: p.source })),
          {
            title: `Population aged 16–70, ${area.name}`,
            subtitle: `NRS mid-year estimates, ${first.period} to ${last.period} (unrebased)`,
            valueTitle: 'People',
            source: 'National Records of Scotland mid-year population estimates; Crown copyright, OGL v3',
          },
        ),
        'profile-population',
      ),
    );
  }
  const profileRows = ctx.results.filter(
    (r: ResultRow) => (r.measure === 'rate' || r.measure === 'percentage') && (r.area_type === 'council' || r.area === 'S92000003'),
  );
  const areaRows = profileRows.filter((r) => r.area === area.code && r.value !== null);
  // a spine needs a Scotland value at the area's latest period for at least one indicator (suppliers may withhold them all)
  const latest = (indicator: string) => profileRows.filter((r) => r.indicator === indicator && r.area === area.code).map((r) => r.period).sort().pop();
  const drawable = areaRows.length > 0 && profileRows.some((r) => r.area === area.code && r.period === latest(r.indicator) && r.scotland_value !== null);
  if (drawable) {
    charts.push(
      await renderChart(
        spineChart(profileRows, { area: area.code, title: `Area profile: ${area.name} against Scotland's council areas` }),
        'profile-spine',
      ),
    );
    paragraphs.push(
      'The area profile shows each rate and percentage indicator for its latest period: the area\'s value against the range across the 32 council areas (lowest, 25th and 75th percentiles, highest), coloured by the comparison with Scotland.',
    );
  }
  return { id: 'profile', title: 'Area profile and context', paragraphs, charts, tables: [] };
}
