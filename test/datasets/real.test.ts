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
