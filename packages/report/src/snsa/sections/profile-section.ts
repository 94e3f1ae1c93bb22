import { join } from 'node:path';
import * as aq from 'arquero';
import { compositionChart, spineChart } from '@cjsnsa/charts';
import { readTable } from '@cjsnsa/core';
import { COUNCIL_AREAS, POPULATION_ITEMS, SCOTLAND, populationBaseLabel, type PopulationBase, type ResultRow } from '@cjsnsa/framework';
import { formatMeasure } from '../format.js';
import type { PackSection } from '../pack-model.js';
import { renderChart } from '../render-chart.js';
import type { SnsaArea, SnsaContext } from '../snsa-context.js';

/**
 * The embedded SIMD context file (catalogue path).
 *
 * @example
 * ```ts
 * join(findDatasetsDir(), SIMD_CONTEXT_PATH); // '/…/datasets/real/simd-2020v2-council-areas.csv'
 * ```
 */
export const SIMD_CONTEXT_PATH = 'real/simd-2020v2-council-areas.csv';

/**
 * An area's SIMD 2020v2 context: data zones, and those among Scotland's 20% most deprived.
 *
 * @example
 * ```ts
 * const simd: SimdContext | null = await simdContext(ctx, 'S12000039');
 * if (simd) simdSentence('West Dunbartonshire', simd);
 * ```
 */
export interface SimdContext {
  area: string;
  datazones: number;
  mostDeprived: number;
  scotlandDatazones: number;
  scotlandMostDeprived: number;
}

/**
 * The SIMD 2020v2 context of an area from the embedded file (`null` when
 * the datasets have none, or no row for the area).
 *
 * @example
 * ```ts
 * (await simdContext(ctx, 'S12000018'))?.mostDeprived; // 51 (of 114 data zones)
 * ```
 */
export async function simdContext(ctx: SnsaContext, area: string): Promise<SimdContext | null> {
  const entry = ctx.data.catalogue.find((e) => e.path === SIMD_CONTEXT_PATH);
  if (!entry) return null;
  const rows = (await readTable(join(ctx.data.datasetsDir, entry.path))).objects() as Record<string, string>[];
  const get = (code: string) => rows.find((r) => String(r.ca_code).trim() === code);
  const a = get(area);
  const s = get(SCOTLAND.code);
  if (!a || !s) return null;
  return {
    area,
    datazones: Number(a.datazones),
    mostDeprived: Number(a.datazones_most_deprived_20pct),
    scotlandDatazones: Number(s.datazones),
    scotlandMostDeprived: Number(s.datazones_most_deprived_20pct),
  };
}

/**
 * The SIMD context sentence, e.g. "45% of Inverclyde's data zones (51 of
 * 114) are among Scotland's 20% most deprived (SIMD 2020v2; Scotland 20%)."
 *
 * @example
 * ```ts
 * simdSentence('Inverclyde', { area: 'S12000018', datazones: 114, mostDeprived: 51, scotlandDatazones: 6976, scotlandMostDeprived: 1395 });
 * ```
 */
export function simdSentence(name: string, c: SimdContext): string {
  const pct = (n: number, d: number) => `${Math.round((100 * n) / d)}%`;
  const possessive = name.endsWith('s') ? `${name}'` : `${name}'s`;
  const zones = `${formatMeasure(c.mostDeprived, 'count')} of ${formatMeasure(c.datazones, 'count')}`;
  return c.mostDeprived === 0
    ? `None of ${possessive} ${formatMeasure(c.datazones, 'count')} data zones are among Scotland's 20% most deprived (SIMD 2020v2; Scotland ${pct(c.scotlandMostDeprived, c.scotlandDatazones)}).`
    : `${pct(c.mostDeprived, c.datazones)} of ${possessive} data zones (${zones}) are among Scotland's 20% most deprived (SIMD 2020v2; Scotland ${pct(c.scotlandMostDeprived, c.scotlandDatazones)}).`;
}

/**
 * Section 1, area profile and context: population aged 16–70 over ten years
 * (NRS; the unrebased and Census-2022-based series shown apart, never
 * joined), the share of data zones among Scotland's 20% most deprived (SIMD
 * 2020v2, context, not an indicator), the family group used for comparison
 * and its members, the police division, and a spine chart of every rate and
 * percentage indicator against the range across Scotland's council areas.
 *
 * @example
 * ```ts
 * const s = await profileSection(ctx, snsaArea('S12000039'));
 * s.title; // 'Area profile and context'
 * ```
 */
export async function profileSection(ctx: SnsaContext, area: SnsaArea): Promise<PackSection> {
  const items = Object.keys(POPULATION_ITEMS);
  const all = (ctx.data.observations
    .params({ items, area: area.code })
    .filter((d: any, $: any) => aq.op.includes($.items, d.indicator) && d.area === $.area)
    .objects() as { indicator: string; period: string; numerator: number | null; source: string; status: string }[])
    .map((p) => ({ ...p, period: String(p.period), base: POPULATION_ITEMS[p.indicator]! }));
  // one estimate per mid-year: where both series give a year, the Census-2022-based one (as the rates use)
  const byYear = new Map<string, (typeof all)[number]>();
  for (const p of all) if (!byYear.has(p.period) || p.base === 'census-2022') byYear.set(p.period, p);
  const pop = [...byYear.values()].sort((a, b) => Number(a.period) - Number(b.period)).slice(-10);
  const paragraphs: string[] = [];
  const members = area.group.members
    .filter((c) => c !== area.code)
    .map((c) => COUNCIL_AREAS.find((a) => a.code === c)?.name ?? c);
  paragraphs.push(
    `${area.name} (${area.code}) is compared with Scotland and with its ${area.group.name} (${members.join(', ')}), the Improvement Service grouping of councils by the population they serve, used for social work indicators. It is in Police Scotland's ${area.policeDivision} division.`,
  );
  const simd = await simdContext(ctx, area.code);
  if (simd) {
    paragraphs.push(
      `${simdSentence(area.name, simd)} This is context for the area, not an indicator: SIMD ranks Scotland's ${formatMeasure(simd.scotlandDatazones, 'count')} data zones by deprivation, and most people in deprived areas are not deprived, nor are all deprived people in deprived areas. Source: Scottish Government, Scottish Index of Multiple Deprivation 2020v2 (data zone lookup published by Public Health Scotland); Crown copyright, OGL v3.`,
    );
  }
  const charts = [];
  if (pop.length) {
    const last = pop[pop.length - 1]!;
    const series = (base: PopulationBase) => pop.filter((p) => p.base === base);
    const label = (base: PopulationBase) => `Aged 16–70, ${populationBaseLabel(base)}`;
    const describe = (p: (typeof pop)[number]) => `${formatMeasure(p.numerator, 'count')} in mid-${p.period}`;
    const changeText = (s: typeof pop) => {
      const a = s[0]!;
      const b = s[s.length - 1]!;
      if (s.length < 2 || !a.numerator || !b.numerator) return '';
      const change = ((b.numerator - a.numerator) / a.numerator) * 100;
      return `, ${change >= 0 ? 'up' : 'down'} ${Math.abs(change).toFixed(1)}% since mid-${a.period}`;
    };
    const older = series('unrebased');
    const rebased = series('census-2022');
    if (last.base === 'census-2022') {
      paragraphs.push(
        `Its population aged 16 to 70, the base for justice social work rates, was ${describe(last)} (NRS mid-year estimate based on Scotland's Census 2022)${changeText(rebased)}.` +
          (older.length
            ? ` Before mid-${rebased[0]!.period} the estimates are NRS's unrebased series, rolled forward from Census 2011 (${describe(older[older.length - 1]!)}${changeText(older)}). The two series are not joined: the Census 2022 rebasing changed every area's estimate, so the step between them is partly a change of method, and rates from the first year on the new base are marked as a break in series.`
            : ''),
      );
    } else {
      paragraphs.push(
        `Its population aged 16 to 70, the base for justice social work rates, was ${describe(last)} (NRS mid-year estimate, ${populationBaseLabel(last.base)})${changeText(older)}.`,
      );
    }
    const bases = [...new Set(pop.map((p) => p.base))];
    charts.push(
      await renderChart(
        compositionChart(
          pop.map((p) => ({ period: p.period, breakdown: label(p.base), value: p.numerator, status: p.status, source: p.source })),
          {
            title: `Population aged 16–70, ${area.name}`,
            subtitle: `NRS mid-year estimates, ${pop[0]!.period} to ${last.period}${bases.length > 1 ? ': two series, not comparable across the change' : ` (${populationBaseLabel(bases[0]!)})`}`,
            valueTitle: 'People',
            seriesOrder: bases.map(label),
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
