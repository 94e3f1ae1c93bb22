import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { datasetsDir, load, pct1 } from './helpers.js';
import { deriveReal, sharedDataDir } from '../../scripts/datasets/derive-real.js';
import { parseCsv } from '../../scripts/datasets/csv.js';

const find = (rows: Record<string, string>[], q: Record<string, string>) =>
  rows.filter((r) => Object.entries(q).every(([k, v]) => r[k] === v));

describe('committed real datasets match figures printed in the source publications', () => {
  it('reconviction-rate-scotland gives 26.3% for the 2017-18 cohort of 36,700 and 31.8% for 1997-98', () => {
    const rows = load('real/reconviction-scotland-1997-98-to-2017-18.csv');
    // SG Reconviction Rates in Scotland 2017-18 cohort, Table 1 (domain.md §1.4): 26.3%, 36,700 offenders; 1997-98 31.8%.
    const r17 = find(rows, { indicator: 'reconviction-rate-scotland', period: '2017-18' })[0]!;
    expect(Number(r17.denominator)).toBe(36700);
    expect(pct1(Number(r17.numerator), Number(r17.denominator))).toBe(26.3);
    const r97 = find(rows, { indicator: 'reconviction-rate-scotland', period: '1997-98' })[0]!;
    expect(pct1(Number(r97.numerator), Number(r97.denominator))).toBe(31.8);
  });

  it('reconviction-rate-residence gives the Table 13 rates (West Dunbartonshire 29.1% of 563; Shetland 11.8% of 119)', () => {
    const rows = load('real/reconviction-residence-2017-18.csv');
    // Table 13 (Experimental), quoted in domain.md §3.2.
    const wd = find(rows, { indicator: 'reconviction-rate-residence', area: 'S12000039' })[0]!;
    expect(Number(wd.denominator)).toBe(563);
    expect(pct1(Number(wd.numerator), 563)).toBe(29.1);
    const sh = find(rows, { indicator: 'reconviction-rate-residence', area: 'S12000027' })[0]!;
    expect(pct1(Number(sh.numerator), Number(sh.denominator))).toBe(11.8);
    expect(find(rows, { indicator: 'reconviction-rate-residence' })).toHaveLength(33);
  });

  it('reconviction-rate-court-group gives Table 12 rates (Clackmannanshire 31.6%, Shetland 12.3%)', () => {
    const rows = load('real/reconviction-court-group-2017-18.csv');
    // Table 12, quoted in domain.md §3.2.
    const cl = find(rows, { indicator: 'reconviction-rate-court-group', area: 'S12000005' })[0]!;
    expect(pct1(Number(cl.numerator), Number(cl.denominator))).toBe(31.6);
    const sh = find(rows, { indicator: 'reconviction-rate-court-group', area: 'S12000027' })[0]!;
    expect(pct1(Number(sh.numerator), Number(sh.denominator))).toBe(12.3);
    expect(find(rows, { indicator: 'reconviction-rate-court-group', area: 'S12000045;S12000039' })).toHaveLength(1);
  });

  it('population series keep unrebased and rebased apart (Glasgow 2018: 626,410 vs 608,190; Scotland 5,438,100 vs 5,392,100)', () => {
    // Figures printed in shared/data/README.md "Caveats to carry into the code".
    const un = load('real/population-all-ages-unrebased.csv');
    const re = load('real/population-all-ages-rebased.csv');
    expect(find(un, { area: 'S12000049', period: '2018' })[0]!.numerator).toBe('626410');
    expect(find(re, { area: 'S12000049', period: '2018' })[0]!.numerator).toBe('608190');
    expect(find(un, { area: 'S92000003', period: '2018' })[0]!.numerator).toBe('5438100');
    expect(find(re, { area: 'S92000003', period: '2018' })[0]!.numerator).toBe('5392100');
    expect(new Set(un.map((r) => r.indicator))).toEqual(new Set(['population-all-ages-unrebased']));
    expect(new Set(re.map((r) => r.indicator))).toEqual(new Set(['population-all-ages-rebased']));
  });

  it('West Dunbartonshire population: 16-70 in 2018 is 63,062 (unrebased) and all ages 2018 is 89,660 (rebased)', () => {
    // shared/data/population_la_1998_2018_age_bands.csv row "S12000039,West Dunbartonshire,2018,P,89130,63062,..." (NRS single-year workbook)
    // and population_la_2015_2023_all_ages.csv row "S12000039,West Dunbartonshire,2018,89660" (Population sheet, Recorded Crime 2024-25).
    expect(find(load('real/population-16-70-unrebased.csv'), { area: 'S12000039', period: '2018' })[0]!.numerator).toBe('63062');
    expect(find(load('real/population-all-ages-unrebased.csv'), { area: 'S12000039', period: '2018' })[0]!.numerator).toBe('89130');
    expect(find(load('real/population-all-ages-rebased.csv'), { area: 'S12000039', period: '2018' })[0]!.numerator).toBe('89660');
    expect(find(load('real/population-16-70-unrebased.csv'), { period: '2018' })).toHaveLength(33);
  });

  it('population aged 16-70, unrebased, continues to 2021 with the NRS figures published in ONS MYE2 (Scotland 3,856,596 / 3,851,112 / 3,856,633; West Dunbartonshire 62,560 / 62,082 / 61,622)', () => {
    // Figures printed in shared/data/README.md for nrs_population_council_area_single_year_age_2019_2021_unrebased.csv.
    const rows = load('real/population-16-70-unrebased.csv');
    const at = (area: string, period: string) => find(rows, { area, period }).map((r) => Number(r.numerator));
    expect(['2019', '2020', '2021'].map((p) => at('S92000003', p)[0])).toEqual([3_856_596, 3_851_112, 3_856_633]);
    expect(['2019', '2020', '2021'].map((p) => at('S12000039', p)[0])).toEqual([62_560, 62_082, 61_622]);
    expect(rows).toHaveLength(33 * 24); // 1998-2021
    expect(find(rows, { period: '2022' })).toHaveLength(0);
    expect(new Set(rows.map((r) => r.indicator))).toEqual(new Set(['population-16-70']));
    expect(find(rows, { period: '2019' })[0]!.source).toMatch(/unrebased; pre-Census 2022.*MYE2/);
    // Scotland = the sum of the 32 areas in every year
    for (const p of ['2019', '2020', '2021']) {
      const councils = find(rows, { period: p }).filter((r) => r.area !== 'S92000003');
      expect(councils.reduce((s, r) => s + Number(r.numerator), 0), p).toBe(at('S92000003', p)[0]);
    }
    const all = load('real/population-all-ages-unrebased.csv');
    expect(['2019', '2020', '2021'].map((p) => Number(find(all, { area: 'S92000003', period: p })[0]!.numerator))).toEqual([5_463_300, 5_466_000, 5_479_900]);
    expect(['2017', '2018', '2019', '2020', '2021'].map((p) => Number(find(all, { area: 'S12000049', period: p })[0]!.numerator))).toEqual([621_020, 626_410, 633_120, 635_640, 635_130]);
  });

  it('population aged 16-70, Census-2022-based, mid-2022 (Revised) is its own data item: Scotland 3,831,825, West Dunbartonshire 61,965', () => {
    // shared/data/README.md, nrs_population_council_area_single_year_age_mid_2022.csv (first edition gave 3,832,469 and 61,963).
    const rows = load('real/population-16-70-rebased.csv');
    expect(rows).toHaveLength(33);
    expect(new Set(rows.map((r) => r.indicator))).toEqual(new Set(['population-16-70-rebased']));
    expect(new Set(rows.map((r) => r.period))).toEqual(new Set(['2022']));
    expect(find(rows, { area: 'S92000003' })[0]!.numerator).toBe('3831825');
    expect(find(rows, { area: 'S12000039' })[0]!.numerator).toBe('61965');
    expect(rows.filter((r) => r.area !== 'S92000003').reduce((s, r) => s + Number(r.numerator), 0)).toBe(3_831_825);
    expect(rows[0]!.source).toMatch(/mid-2022 \(Revised.*Census-2022-based/);
  });

  it('SIMD 2020v2 context: Inverclyde 51 of 114 data zones and Glasgow 339 of 746 among the 20% most deprived; Scotland 1,395 of 6,976', () => {
    // shared/data/README.md: Inverclyde 51/114 = 0.4474 (weighted 52); Glasgow City 339/746 = 0.4544 (weighted 343); Scotland 1,395 and 1,429.
    const rows = load('real/simd-2020v2-council-areas.csv');
    expect(rows).toHaveLength(33);
    const get = (code: string) => rows.find((r) => r.ca_code === code)!;
    expect([get('S12000018').datazones_most_deprived_20pct, get('S12000018').datazones, get('S12000018').datazones_pop_weighted_quintile1]).toEqual(['51', '114', '52']);
    expect([get('S12000049').datazones_most_deprived_20pct, get('S12000049').datazones, get('S12000049').datazones_pop_weighted_quintile1]).toEqual(['339', '746', '343']);
    expect([get('S92000003').datazones_most_deprived_20pct, get('S92000003').datazones, get('S92000003').datazones_pop_weighted_quintile1]).toEqual(['1395', '6976', '1429']);
    const councils = rows.filter((r) => r.ca_code !== 'S92000003');
    expect(councils.reduce((s, r) => s + Number(r.datazones_most_deprived_20pct), 0)).toBe(1395);
    expect(councils.reduce((s, r) => s + Number(r.datazones), 0)).toBe(6976);
  });

  it('convictions-by-main-penalty gives Table 7a: 68,067 people convicted and 12,632 CPOs in 2022-23', () => {
    // Criminal Proceedings in Scotland 2022-23, Table 7a (shared/data/convictions_by_main_penalty_...csv).
    const rows = load('real/convictions-by-main-penalty-2013-14-to-2022-23.csv');
    expect(find(rows, { period: '2022-23', breakdown: 'Total' })[0]!.numerator).toBe('68067');
    expect(find(rows, { period: '2022-23', breakdown: 'Community payback order' })[0]!.numerator).toBe('12632');
    expect(rows.some((r) => r.breakdown!.includes('[note'))).toBe(false);
  });

  it('council-areas lookup has 32 areas and puts West Dunbartonshire in division L, family group 4', () => {
    const rows = load('real/council-areas.csv');
    expect(rows).toHaveLength(32);
    const wd = rows.find((r) => r.ca_code === 'S12000039')!;
    expect([wd.police_division_letter, wd.lgbf_people_family_group]).toEqual(['L', '4']);
  });
});

describe.skipIf(!existsSync(sharedDataDir()))('re-deriving from ../shared/data', () => {
  it('reproduces the committed real files byte for byte', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cjsnsa-real-'));
    try {
      const files = deriveReal(sharedDataDir(), dir);
      for (const f of files) expect(readFileSync(join(dir, f), 'utf8'), f).toBe(readFileSync(join(datasetsDir, f), 'utf8'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('every derived reconviction count reproduces every printed rate in Tables 1, 12 and 13', () => {
    const check = (srcFile: string, rel: string, indicator: string, key: (r: Record<string, string>) => string | undefined) => {
      const src = parseCsv(readFileSync(join(sharedDataDir(), srcFile), 'utf8'));
      const rows = load(rel).filter((r) => r.indicator === indicator);
      for (const s of src) {
        const area = key(s);
        if (!area) continue;
        const row = rows.find((r) => r.area === area && r.period === s.cohort)!;
        expect(pct1(Number(row.numerator), Number(row.denominator)), `${srcFile} ${area} ${s.cohort}`).toBe(Number(s.reconviction_rate_pct));
      }
    };
    check('reconviction_la_residence_2017_18.csv', 'real/reconviction-residence-2017-18.csv', 'reconviction-rate-residence', (s) => s.ca_code || undefined);
    check('reconviction_la_court_group_2017_18.csv', 'real/reconviction-court-group-2017-18.csv', 'reconviction-rate-court-group', (s) => s.ca_codes || undefined);
    check('reconviction_scotland_1997_98_to_2017_18.csv', 'real/reconviction-scotland-1997-98-to-2017-18.csv', 'reconviction-rate-scotland', () => 'S92000003');
  });
});
