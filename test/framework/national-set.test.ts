// The national set computed from the embedded datasets (synthetic demonstration data for
// 2017-18 to 2023-24, real NRS population and the real 2017-18 reconviction cohort), as
// Community Justice Scotland would: all 32 areas and Scotland in one call.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readObservations, type Observation } from '@cjsnsa/core';
import {
  PROVISIONAL_LABEL,
  SCOTLAND,
  classifyNeedsAndStrengths,
  computeIndicators,
  indicatorLabel,
  indicatorDefinitions,
  type ResultRow,
} from '@cjsnsa/framework';

const datasets = fileURLToPath(new URL('../../datasets/', import.meta.url));
const present = existsSync(`${datasets}synthetic`) && existsSync(`${datasets}real/population-16-70-unrebased.csv`);

async function load(): Promise<Observation[]> {
  const files = [
    // every synthetic observation file, as the catalogue lists them (extracts, the register and the survey are other schemas)
    ...(JSON.parse(readFileSync(`${datasets}catalogue.json`, 'utf8')).files as { path: string; kind: string; schema: string }[])
      .filter((e) => e.kind === 'synthetic' && e.schema === 'observation')
      .map((e) => `${datasets}${e.path}`),
    `${datasets}real/population-16-70-unrebased.csv`,
    `${datasets}real/population-16-70-rebased.csv`,
    `${datasets}real/reconviction-residence-2017-18.csv`,
  ];
  const rows: Observation[] = [];
  for (const f of files) rows.push(...((await readObservations(f)).table.objects() as Observation[]));
  return rows;
}

describe.skipIf(!present)('the national set from the embedded datasets', async () => {
  const observations = present ? await load() : [];
  const results = present ? (computeIndicators({ observations, indicators: 'all', areas: 'all', disclosure: false }).objects() as ResultRow[]) : [];

  it('gives every council area and Scotland', () => {
    const areas = new Set(results.filter((r) => r.indicator === 'NI1b').map((r) => r.area));
    expect([...areas].filter((a) => a.startsWith('S12')).length).toBe(32);
    expect(areas.has(SCOTLAND.code)).toBe(true);
  });

  it('makes every Scotland count the sum of the 32 areas\' counts', () => {
    const defs = indicatorDefinitions().filter((d) => d.geography.includes('council'));
    let checked = 0;
    for (const scot of results.filter((r) => r.area === SCOTLAND.code && defs.some((d) => d.id === r.indicator))) {
      const councils = results.filter((r) => r.indicator === scot.indicator && r.period === scot.period && r.area_type === 'council');
      expect(councils.length).toBe(32);
      if (scot.numerator === null) continue;
      expect(scot.numerator).toBe(councils.reduce((s, r) => s + (r.numerator as number), 0));
      if (scot.denominator !== null) expect(scot.denominator).toBe(councils.reduce((s, r) => s + (r.denominator as number), 0));
      checked++;
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('uses each year\'s own population, names its base, marks the change of base and falls back after mid-2022 (datasets/README)', () => {
    // West Dunbartonshire aged 16-70 (shared/data/README.md): 61,622 in mid-2021 (unrebased), 61,965 in mid-2022 (Census-2022-based)
    const wd = (period: string) => results.find((x) => x.indicator === 'SM-cpo-rate' && x.area === 'S12000039' && x.period === period)!;
    expect([wd('2021-22').denominator, wd('2021-22').population_year, wd('2021-22').population_base]).toEqual([61_622, 2021, 'unrebased']);
    expect([wd('2022-23').denominator, wd('2022-23').population_year, wd('2022-23').population_base]).toEqual([61_965, 2022, 'census-2022']);
    expect(wd('2022-23').status).toContain('break-in-series');
    expect(wd('2022-23').status).not.toContain('population-fallback');
    expect(wd('2021-22').status).not.toContain('population-fallback');
    expect([wd('2023-24').denominator, wd('2023-24').population_year]).toEqual([61_965, 2022]);
    expect(wd('2023-24').status).toContain('population-fallback');
    expect(wd('2023-24').status).toContain('synthetic');
    // Scotland: the sum of the 32 areas, 3,831,825 in mid-2022
    const scot = results.find((x) => x.indicator === 'SM-cpo-rate' && x.area === SCOTLAND.code && x.period === '2022-23')!;
    expect(scot.denominator).toBe(3_831_825);
  });

  it('never shows a provisional indicator without its label: results, classification', () => {
    const provisional = results.filter((r) => r.confirmation === 'provisional');
    expect(provisional.length).toBeGreaterThan(0);
    for (const r of provisional) expect(r.indicator_name).toContain(PROVISIONAL_LABEL);
    const classified = classifyNeedsAndStrengths(results, { area: 'West Dunbartonshire' });
    expect(classified.length).toBeGreaterThan(0);
    for (const c of classified.filter((x) => x.confirmation === 'provisional')) expect(c.indicator_name).toContain(PROVISIONAL_LABEL);
    for (const d of indicatorDefinitions().filter((x) => x.confirmation.status === 'provisional')) expect(indicatorLabel(d)).toContain(PROVISIONAL_LABEL);
  });

  it('computes with disclosure control on by default: small counts are withheld, with secondary suppression', () => {
    const controlled = computeIndicators({ observations, areas: 'all' }).objects() as ResultRow[];
    const open = computeIndicators({ observations, areas: 'all', disclosure: false }).objects() as ResultRow[];
    const key = (r: ResultRow) => `${r.indicator}|${r.area}|${r.period}`;
    const truth = new Map(open.map((r) => [key(r), r]));
    const withheld = controlled.filter((x) => x.status.includes('suppressed'));
    // suppression happened, of both kinds (the shipped data has small areas: Orkney, Shetland, Na h-Eileanan Siar)
    expect(withheld.filter((r) => /(^|; )suppressed(;|$)/.test(r.status)).length).toBeGreaterThan(10);
    expect(withheld.filter((r) => r.status.includes('secondary-suppressed')).length).toBeGreaterThan(10);
    for (const r of withheld) expect([r.numerator, r.value, r.lower, r.upper]).toEqual([null, null, null, null]);
    // every count of 1 to 4 in the uncontrolled set is withheld in the controlled one
    const small = open.filter((r) => r.area_type === 'council' && r.numerator !== null && r.numerator >= 1 && r.numerator <= 4);
    expect(small.length).toBeGreaterThan(0);
    for (const r of small) expect(controlled.find((c) => key(c) === key(r))!.numerator, key(r)).toBeNull();
    // and nothing else changed: a published count is the true count
    for (const r of controlled) if (r.numerator !== null) expect(r.numerator).toBe(truth.get(key(r))!.numerator);
  });
});
