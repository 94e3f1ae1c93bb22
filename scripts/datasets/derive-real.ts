/**
 * Derive the real (published) tidy datasets in datasets/real/ from the public
 * Scottish Government / NRS tables in ../shared/data (OGL v3).
 *
 * Usage: npx tsx scripts/datasets/derive-real.ts [outDir]   (default: datasets)
 * Source folder: env CJSNSA_SHARED_DATA, else ../shared/data relative to the repo root.
 * When the source folder is absent it prints "skipped: ../shared/data not found" and exits 0.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCsv, writeCsv, type Cell } from './csv.js';
import { writeCatalogue } from './catalogue.js';

const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');

/** Where the shared source data lives (env override first). */
export function sharedDataDir(): string {
  return process.env.CJSNSA_SHARED_DATA ? resolve(process.env.CJSNSA_SHARED_DATA) : resolve(repoRoot, '../shared/data');
}

export const OBS_COLUMNS = ['indicator', 'area', 'period', 'numerator', 'denominator', 'status', 'source'] as const;
const SCOTLAND = 'S92000003';
const OGL = 'Crown copyright, OGL v3';

export const REAL_SOURCES = {
  popUnrebased:
    `National Records of Scotland mid-year population estimates 1998-2018 (unrebased; pre-Census 2022) via ScotGovAnalysis/population_estimates; ${OGL}`,
  popUnrebased2019To2021:
    `National Records of Scotland mid-year population estimates mid-2019 to mid-2021 (unrebased; pre-Census 2022), as published by ONS in MYE2 (Population estimates for the UK, mid-2019, mid-2020, mid-2021); ${OGL}`,
  pop2022:
    `National Records of Scotland, Mid-Year Population Estimates, Scotland, mid-2022 (Revised, 8 October 2024), Table 1 (Census-2022-based); ${OGL}`,
  popRebased:
    `National Records of Scotland mid-year population estimates 2015-2023 (rebased on Census 2022), Population sheet of Recorded Crime in Scotland 2024-25 bulletin tables; ${OGL}`,
  simd:
    `Scottish Government, Scottish Index of Multiple Deprivation 2020v2, data zone lookup as published by Public Health Scotland (simd2020v2_22062020.csv); ${OGL}`,
  reconResidence:
    `Scottish Government, Reconviction Rates in Scotland: 2017-18 Offender Cohort (Oct 2020), Table 13 (offender residence; Experimental Statistics); ${OGL}`,
  reconCourt:
    `Scottish Government, Reconviction Rates in Scotland: 2017-18 Offender Cohort (Oct 2020), Table 12 (court-area groups); ${OGL}`,
  reconScotland:
    `Scottish Government, Reconviction Rates in Scotland: 2017-18 Offender Cohort (Oct 2020), Table 1; ${OGL}`,
  convictions:
    `Scottish Government, Criminal Proceedings in Scotland 2022-23 (Dec 2024), Table 7a; ${OGL}`,
} as const;

type Row = Record<string, Cell>;

function read(dir: string, name: string): Record<string, string>[] {
  return parseCsv(readFileSync(join(dir, name), 'utf8'));
}

function int(text: string, where: string): number {
  const n = Number(text.replace(/,/g, ''));
  if (!Number.isFinite(n)) throw new Error(`not a number: "${text}" (${where})`);
  return n;
}

/** round(offenders × rate%/100), computed on integers (rate printed to 1 dp). */
export function countFromRate(offenders: number, ratePct: number): number {
  return Math.round((offenders * Math.round(ratePct * 10)) / 1000);
}

/** round(offenders × average), computed on integers (average printed to 2 dp). */
export function countFromAverage(offenders: number, average: number): number {
  return Math.round((offenders * Math.round(average * 100)) / 100);
}

/**
 * Persons aged 16-70 and all ages per area and year from a single-year-of-age
 * extract (columns ca_code, sex, year, age 0..90, population). Every area and
 * year must have all 91 ages.
 */
function ageSums(rows: Record<string, string>[], codes: Set<string>, file: string): { area: string; year: string; ages16to70: number; all: number }[] {
  const acc = new Map<string, { area: string; year: string; ages16to70: number; all: number; ages: number }>();
  for (const r of rows) {
    if (r.sex !== 'Persons') continue;
    if (!codes.has(r.ca_code!)) throw new Error(`unknown area code ${r.ca_code} in ${file}`);
    const key = `${r.ca_code}|${r.year}`;
    const a = acc.get(key) ?? { area: r.ca_code!, year: r.year!, ages16to70: 0, all: 0, ages: 0 };
    const age = int(r.age!, 'age');
    const n = int(r.population!, 'population');
    if (age >= 16 && age <= 70) a.ages16to70 += n;
    a.all += n;
    a.ages++;
    acc.set(key, a);
  }
  for (const a of acc.values()) if (a.ages !== 91) throw new Error(`${file}: ${a.area} ${a.year} has ${a.ages} single years of age, not 91`);
  return [...acc.values()].map(({ ages: _ages, ...rest }) => rest);
}

function sortObs(rows: Row[]): Row[] {
  const key = (r: Row) => [r.indicator, r.area, r.period, r.breakdown ?? ''].map(String);
  return rows.sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i]! < kb[i]! ? -1 : 1;
    return 0;
  });
}

export function deriveReal(sourceDir: string, outDir: string): string[] {
  const written: string[] = [];
  const out = (name: string, columns: readonly string[], rows: Row[]) => {
    writeCsv(join(outDir, 'real', name), columns, rows);
    written.push(`real/${name}`);
  };

  // Council-area lookup (copied column for column; codes are current GSS codes).
  const areas = read(sourceDir, 'council_areas.csv');
  if (areas.length !== 32) throw new Error(`expected 32 council areas, found ${areas.length}`);
  const lookupColumns = Object.keys(areas[0]!);
  out('council-areas.csv', lookupColumns, areas);
  const codes = new Set(areas.map((a) => a.ca_code!));
  codes.add(SCOTLAND);

  // Population, unrebased (persons), 1998-2018: all ages and aged 16-70.
  const bands = read(sourceDir, 'population_la_1998_2018_age_bands.csv').filter((r) => r.sex === 'P');
  const pop1670: Row[] = [];
  const popAll: Row[] = [];
  for (const r of bands) {
    if (!codes.has(r.ca_code!)) throw new Error(`unknown area code ${r.ca_code} in population_la_1998_2018_age_bands.csv`);
    const base = { area: r.ca_code, period: r.year_mid, denominator: null, status: 'published', source: REAL_SOURCES.popUnrebased };
    pop1670.push({ indicator: 'population-16-70', ...base, numerator: int(r.age_16_70!, 'age_16_70') });
    popAll.push({ indicator: 'population-all-ages-unrebased', ...base, numerator: int(r.all_ages!, 'all_ages') });
  }
  // Population, unrebased (persons), 2019-2021, single years of age (NRS via ONS MYE2): continues the 1998-2018 series.
  const single = ageSums(read(sourceDir, 'nrs_population_council_area_single_year_age_2019_2021_unrebased.csv'), codes, 'nrs_population_council_area_single_year_age_2019_2021_unrebased.csv');
  for (const r of single) {
    const base = { area: r.area, period: r.year, denominator: null, status: 'published', source: REAL_SOURCES.popUnrebased2019To2021 };
    pop1670.push({ indicator: 'population-16-70', ...base, numerator: r.ages16to70 });
    popAll.push({ indicator: 'population-all-ages-unrebased', ...base, numerator: r.all });
  }
  out('population-16-70-unrebased.csv', OBS_COLUMNS, sortObs(pop1670));
  out('population-all-ages-unrebased.csv', OBS_COLUMNS, sortObs(popAll));

  // Population aged 16-70, Census-2022-based (persons), mid-2022 (Revised): a separate data item, never joined silently.
  const rebased1670 = ageSums(read(sourceDir, 'nrs_population_council_area_single_year_age_mid_2022.csv'), codes, 'nrs_population_council_area_single_year_age_mid_2022.csv').map((r) => ({
    indicator: 'population-16-70-rebased', area: r.area, period: r.year, numerator: r.ages16to70, denominator: null, status: 'published', source: REAL_SOURCES.pop2022,
  }));
  out('population-16-70-rebased.csv', OBS_COLUMNS, sortObs(rebased1670));

  // Population, Census-2022-rebased, all ages, 2015-2023.
  const rebased = read(sourceDir, 'population_la_2015_2023_all_ages.csv').map((r) => {
    if (!codes.has(r.ca_code!)) throw new Error(`unknown area code ${r.ca_code} in population_la_2015_2023_all_ages.csv`);
    return {
      indicator: 'population-all-ages-rebased', area: r.ca_code, period: r.year_mid,
      numerator: int(r.population_all_ages!, 'population_all_ages'), denominator: null, status: 'published', source: REAL_SOURCES.popRebased,
    };
  });
  out('population-all-ages-rebased.csv', OBS_COLUMNS, sortObs(rebased));

  // Reconviction by residence (Table 13). "Other" and "Unknown" have no council area and are left out.
  const residence: Row[] = [];
  for (const r of read(sourceDir, 'reconviction_la_residence_2017_18.csv')) {
    if (!r.ca_code) continue;
    const offenders = int(r.offenders!, 'offenders');
    const common = { area: r.ca_code, period: r.cohort, denominator: offenders, status: 'published', source: REAL_SOURCES.reconResidence };
    residence.push({ indicator: 'reconviction-rate-residence', ...common, numerator: countFromRate(offenders, int(r.reconviction_rate_pct!, 'rate')) });
    residence.push({ indicator: 'reconvictions-residence', ...common, numerator: countFromAverage(offenders, int(r.avg_reconvictions_per_offender!, 'avg')) });
  }
  out('reconviction-residence-2017-18.csv', OBS_COLUMNS, sortObs(residence));

  // Reconviction by court-area group (Table 12). The High Court row has no area and is left out.
  const court: Row[] = [];
  for (const r of read(sourceDir, 'reconviction_la_court_group_2017_18.csv')) {
    if (!r.ca_codes) continue;
    const offenders = int(r.offenders!, 'offenders');
    const common = { area: r.ca_codes, period: r.cohort, denominator: offenders, status: 'published', source: REAL_SOURCES.reconCourt };
    court.push({ indicator: 'reconviction-rate-court-group', ...common, numerator: countFromRate(offenders, int(r.reconviction_rate_pct!, 'rate')) });
    court.push({ indicator: 'reconvictions-court-group', ...common, numerator: countFromAverage(offenders, int(r.avg_reconvictions_per_offender!, 'avg')) });
  }
  out('reconviction-court-group-2017-18.csv', OBS_COLUMNS, sortObs(court));

  // National reconviction series (Table 1).
  const national: Row[] = [];
  for (const r of read(sourceDir, 'reconviction_scotland_1997_98_to_2017_18.csv')) {
    const offenders = int(r.offenders!, 'offenders');
    const common = { area: SCOTLAND, period: r.cohort, denominator: offenders, status: 'published', source: REAL_SOURCES.reconScotland };
    national.push({ indicator: 'reconviction-rate-scotland', ...common, numerator: countFromRate(offenders, int(r.reconviction_rate_pct!, 'rate')) });
    national.push({ indicator: 'reconvictions-scotland', ...common, numerator: countFromAverage(offenders, int(r.avg_reconvictions_per_offender!, 'avg')) });
  }
  out('reconviction-scotland-1997-98-to-2017-18.csv', OBS_COLUMNS, sortObs(national));

  // People convicted by main penalty, Scotland (Table 7a). Note markers like " [note 18]" are dropped from labels.
  const convictions = read(sourceDir, 'convictions_by_main_penalty_scotland_2013_14_to_2022_23.csv').map((r) => ({
    indicator: 'convictions-by-main-penalty', area: SCOTLAND, period: r.year,
    numerator: int(r.people_convicted!, 'people_convicted'), denominator: null, status: 'published', source: REAL_SOURCES.convictions,
    breakdown: r.main_penalty!.replace(/\s*\[note \d+\]/g, '').trim(),
  }));
  out('convictions-by-main-penalty-2013-14-to-2022-23.csv', [...OBS_COLUMNS, 'breakdown'], sortObs(convictions));

  // SIMD 2020v2: each area's data zones and those among Scotland's 20% most deprived (area context, not an indicator).
  const simd = read(sourceDir, 'simd_2020v2_council_area_share_most_deprived.csv').map((r) => {
    if (!codes.has(r.ca_code!)) throw new Error(`unknown area code ${r.ca_code} in simd_2020v2_council_area_share_most_deprived.csv`);
    const datazones = int(r.datazones!, 'datazones');
    const most = int(r.datazones_most_deprived_20pct!, 'datazones_most_deprived_20pct');
    // the printed share (4 dp) must be the counts' share: the file is consistent with itself
    if (Math.abs(most / datazones - Number(r.share_most_deprived_20pct)) > 0.00005) throw new Error(`SIMD share for ${r.ca_code} is not ${most}/${datazones}`);
    return { ca_code: r.ca_code, datazones, datazones_most_deprived_20pct: most, datazones_pop_weighted_quintile1: int(r.datazones_pop_weighted_quintile1!, 'weighted') };
  });
  if (simd.length !== 33) throw new Error(`expected Scotland and 32 council areas in the SIMD file, found ${simd.length}`);
  out('simd-2020v2-council-areas.csv', ['ca_code', 'datazones', 'datazones_most_deprived_20pct', 'datazones_pop_weighted_quintile1'], simd);
  return written;
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const outDir = resolve(process.argv[2] ?? join(repoRoot, 'datasets'));
  const src = sharedDataDir();
  if (!existsSync(src)) {
    console.log('skipped: ../shared/data not found');
    process.exit(0);
  }
  const files = deriveReal(src, outDir);
  writeCatalogue(outDir);
  console.log(`wrote ${files.length} files to ${outDir}/real from ${src}`);
}
