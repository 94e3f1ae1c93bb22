import { describe, expect, it } from 'vitest';
import type { Observation } from '@cjsnsa/core';
import { parseStatus } from '@cjsnsa/core';
import { computeIndicators, COUNCIL_AREAS, messages, populationFor, type ResultRow } from '../../src/index.js';

// Population aged 16-70: 1000 in every council area on the unrebased series (mid-2017 to mid-2021)
// and 800 on the Census-2022-based series (mid-2022), so which base a rate used shows in its value:
// 10 cases per area per year are 100 per 10,000 on the unrebased base and 125 on the rebased one.
const PERIODS = ['2017-18', '2018-19', '2019-20', '2020-21', '2021-22', '2022-23', '2023-24'];
function observations(options: { rebased2021?: boolean } = {}): Observation[] {
  const rows: Observation[] = [];
  for (const a of COUNCIL_AREAS) {
    for (const period of PERIODS) rows.push({ indicator: 'diversion-commenced', area: a.code, period, numerator: 10, denominator: null, status: 'published', source: 'test' });
    for (const year of [2017, 2018, 2019, 2020, 2021]) {
      rows.push({ indicator: 'population-16-70', area: a.code, period: String(year), numerator: 1000, denominator: null, status: 'published', source: 'NRS unrebased' });
    }
    rows.push({ indicator: 'population-16-70-rebased', area: a.code, period: '2022', numerator: 800, denominator: null, status: 'published', source: 'NRS Census-2022-based' });
    if (options.rebased2021) {
      rows.push({ indicator: 'population-16-70-rebased', area: a.code, period: '2021', numerator: 500, denominator: null, status: 'published', source: 'NRS rebased back series' });
    }
  }
  return rows;
}
const run = (obs: Observation[]) =>
  computeIndicators({ observations: obs, indicators: ['SM-diversion-rate'], areas: ['S12000039'], disclosure: false }).objects() as ResultRow[];
const row = (rows: ResultRow[], area: string, period: string) => rows.find((r) => r.area === area && r.period === period)!;

describe('rates name their population base, and the change of base is marked', () => {
  const rows = run(observations());

  it('uses the mid-year of the financial year on its own series: unrebased to 2021-22, Census-2022-based from 2022-23', () => {
    const wd = (p: string) => row(rows, 'S12000039', p);
    expect([wd('2021-22').value, wd('2021-22').population_year, wd('2021-22').population_base]).toEqual([100, 2021, 'unrebased']);
    expect([wd('2022-23').value, wd('2022-23').population_year, wd('2022-23').population_base]).toEqual([125, 2022, 'census-2022']);
    expect(wd('2021-22').source).toContain('NRS unrebased (mid-2021)');
    expect(wd('2022-23').source).toContain('NRS Census-2022-based (mid-2022)');
    // Scotland is the sum of the areas: 320 / 25,600 × 10,000 = 125, on the same base
    const scot = row(rows, 'S92000003', '2022-23');
    expect([scot.value, scot.denominator, scot.population_base, scot.population_year]).toEqual([125, 25_600, 'census-2022', 2022]);
  });

  it('falls back to mid-2022 (Census-2022-based) after 2022, flagged, and never to a later year', () => {
    const r = row(rows, 'S12000039', '2023-24');
    expect([r.value, r.population_year, r.population_base]).toEqual([125, 2022, 'census-2022']);
    expect(parseStatus(r.status)).toContain('population-fallback');
    expect(parseStatus(row(rows, 'S12000039', '2022-23').status)).not.toContain('population-fallback');
  });

  it('marks the first period on the new base break-in-series, for the area, Scotland and the group, and no other', () => {
    for (const area of ['S12000039', 'S92000003']) {
      const breaks = rows.filter((r) => r.area === area && parseStatus(r.status).includes('break-in-series')).map((r) => r.period);
      expect(breaks, area).toEqual(['2022-23']);
    }
    const group = rows.filter((r) => r.area_type === 'group' && parseStatus(r.status).includes('break-in-series')).map((r) => r.period);
    expect(group).toEqual(['2022-23']);
  });

  it('says so when the trend\'s five periods span the change of base', () => {
    const latest = row(rows, 'S12000039', '2023-24');
    expect(latest.trend).not.toBe('Cannot be calculated');
    expect(latest.trend_reason).toBe(messages.trendAcrossPopulationBreak(['2022-23 (unrebased (pre-Census 2022) to Census-2022-based)']));
  });

  it('leaves the trend note off a series that ends before the change', () => {
    const early = computeIndicators({ observations: observations(), indicators: ['SM-diversion-rate'], areas: ['S12000039'], periods: PERIODS.slice(0, 5), disclosure: false })
      .objects() as ResultRow[];
    expect(row(early, 'S12000039', '2021-22').trend_reason).toBeNull();
    expect(early.some((r) => parseStatus(r.status).includes('break-in-series'))).toBe(false);
  });

  it('prefers the Census-2022-based estimate where both series give a year', () => {
    const both = run(observations({ rebased2021: true }));
    const r = row(both, 'S12000039', '2021-22');
    expect([r.value, r.population_base]).toEqual([200, 'census-2022']);
    // the break then comes at 2021-22, where the base first changes
    expect(both.filter((x) => x.area === 'S12000039' && parseStatus(x.status).includes('break-in-series')).map((x) => x.period)).toEqual(['2021-22']);
  });

  it('counts carry no population base', () => {
    const counts = computeIndicators({ observations: observations(), indicators: ['NI1b'], areas: ['S12000039'], disclosure: false }).objects() as ResultRow[];
    for (const r of counts) expect([r.population_year, r.population_base]).toEqual([null, null]);
  });
});

describe('populationFor', () => {
  it('returns the base of the estimate used, falling back across series to the latest earlier year', () => {
    const lookup = new Map([['A', new Map([
      [2021, { value: 1000, source: 'u', base: 'unrebased' as const }],
      [2022, { value: 800, source: 'r', base: 'census-2022' as const }],
    ])]]);
    expect(populationFor(lookup, 'A', '2021-22')).toEqual({ value: 1000, year: 2021, fallback: false, source: 'u', base: 'unrebased' });
    expect(populationFor(lookup, 'A', '2025-26')).toEqual({ value: 800, year: 2022, fallback: true, source: 'r', base: 'census-2022' });
    expect(populationFor(lookup, 'A', '2020-21')).toEqual({ value: null, year: null, fallback: false, source: null, base: null });
  });
});
