/**
 * Generate the synthetic demonstration datasets in datasets/synthetic/.
 *
 * Usage: npx tsx scripts/datasets/generate-synthetic.ts [outDir] [seed]   (defaults: datasets, 20240331)
 *
 * Reads only committed files (datasets/real/council-areas.csv and
 * datasets/real/population-16-70-unrebased.csv, reconviction-residence-2017-18.csv),
 * so it runs without ../shared/data. Same seed => byte-identical files.
 *
 * Method: for each item, a national total per financial year (calibration
 * targets from published JSW figures where quoted in domain.md, otherwise
 * generator assumptions) is split across the 32 council areas in proportion to
 * population aged 16-70 (mid-2018, unrebased) × an area propensity × yearly
 * noise, by largest remainder (so Scotland totals are exact). Individual-level
 * extracts are then synthesised record by record with event dates inside the
 * financial year, and every aggregate is COUNTED from the extract, so both
 * routes give the same number by construction.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCsv, writeCsv, type Cell } from './csv.js';
import { allocate, SeededRandom } from './random.js';
import { writeCatalogue } from './catalogue.js';
import { generateSurvey } from './generate-survey.js';

const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
export const DEFAULT_SEED = 20240331;
export const FIRST_YEAR = 2017;
export const LAST_YEAR = 2023;
const YEARS = [2017, 2018, 2019, 2020, 2021, 2022, 2023];
const OBS = ['indicator', 'area', 'period', 'numerator', 'denominator', 'status', 'source'] as const;
const EXTRACT_END = day(2024, 3, 31);

export function syntheticSource(seed: number): string {
  return `synthetic demonstration data (cjsnsa generator, seed ${seed})`;
}
export function fyLabel(y: number): string {
  return `${y}-${String((y + 1) % 100).padStart(2, '0')}`;
}
function day(y: number, m: number, d: number): number {
  return Date.UTC(y, m - 1, d) / 86400000;
}
function iso(d: number | null): string | null {
  return d === null ? null : new Date(d * 86400000).toISOString().slice(0, 10);
}
const fyStart = (y: number) => day(y, 4, 1);
const fyEnd = (y: number) => day(y + 1, 3, 31);

interface Area { code: string; name: string; fg: number; pop: number }
type Row = Record<string, Cell>;

const AGE_BANDS = ['16-17', '18-20', '21-25', '26-30', '31-40', '41-50', '51+'];
const AGE_WEIGHTS: Record<string, number[]> = {
  diversion: [18, 25, 20, 12, 13, 7, 5],
  bail: [5, 15, 20, 18, 24, 12, 6],
  custody: [3, 10, 17, 20, 28, 14, 8],
  release: [1, 8, 17, 21, 31, 14, 8],
  cpo: [3, 12, 18, 18, 27, 14, 8],
};
const FEMALE_SHARE: Record<string, number> = { diversion: 0.3, bail: 0.15, custody: 0.2, release: 0.08, cpo: 0.16 };

/** National totals per financial year 2017-18..2023-24 (index 0..6). See datasets/README.md for which are published targets. */
export const NATIONAL_TARGETS = {
  'diversion-referrals': [3300, 3500, 3800, 2600, 3900, 4800, 5600],
  'diversion-assessments': [3000, 3200, 3500, 2400, 3600, 4400, 5200],
  'diversion-commenced': [1750, 1830, 1980, 1300, 2100, 2700, 3400],
  'custody-referrals': [2400, 2500, 2600, 1700, 2300, 2700, 2900],
  'bail-assessment-reports': [2200, 2300, 2400, 1800, 2500, 2900, 3300],
  'bail-supervision-commenced': [700, 720, 760, 600, 850, 1100, 1300],
  'cpo-commenced': [17600, 17200, 15700, 8300, 12300, 14700, 15100],
  'dtto-commenced': [520, 480, 420, 220, 280, 300, 280],
  'prison-releases': [3600, 3700, 3500, 2600, 3000, 3300, 3400],
  'throughcare-voluntary-commenced': [2100, 2000, 1900, 1300, 1500, 1840, 1870],
  'employability-support': [900, 950, 1000, 600, 800, 1000, 1100],
} as const;

/** Published CPOs per 10,000 aged 16-70 in 2022-23 (JSW 2022-23, domain.md §3.2), used as fixed anchors. */
export const CPO_RATE_ANCHORS_2022: Record<string, number> = {
  S12000039: 60.5, S12000008: 58, S12000033: 56, S12000027: 12.2, S12000011: 18, S12000036: 19, S12000049: 48, S12000042: 42,
};
/** Diversion propensity relative to Scotland (DfP commenced per 10,000, 2018-19: D&G 17.7, Shetland 10.7, Borders 0.8, E Dunbartonshire 1.4 vs 4.8). */
const DIVERSION_ANCHORS: Record<string, number> = { S12000006: 17.7 / 4.8, S12000027: 10.7 / 4.8, S12000026: 0.8 / 4.8, S12000045: 1.4 / 4.8 };
const FG_FACTOR = [0, 0.75, 0.9, 1.1, 1.3];

function loadAreas(): Area[] {
  const lookup = parseCsv(readFileSync(join(repoRoot, 'datasets/real/council-areas.csv'), 'utf8'));
  const pop = parseCsv(readFileSync(join(repoRoot, 'datasets/real/population-16-70-unrebased.csv'), 'utf8'));
  const pop2018 = new Map(pop.filter((r) => r.period === '2018').map((r) => [r.area!, Number(r.numerator)]));
  return lookup
    .map((r) => ({ code: r.ca_code!, name: r.ca_name!, fg: Number(r.lgbf_people_family_group), pop: pop2018.get(r.ca_code!)! }))
    .sort((a, b) => (a.code < b.code ? -1 : 1));
}

function statusFor(y: number): string {
  return y === 2020 || y === 2021 ? 'synthetic; pandemic-caveat' : 'synthetic';
}

class Generator {
  readonly source: string;
  constructor(readonly areas: Area[], readonly seed: number) {
    this.source = syntheticSource(seed);
  }
  rng(topic: string): SeededRandom {
    let h = this.seed >>> 0;
    for (const ch of topic) h = (Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0);
    return new SeededRandom(h);
  }
  /** Area propensity: deprivation family group × log-normal noise, with optional anchors. */
  propensity(rng: SeededRandom, sd: number, anchors: Record<string, number> = {}): number[] {
    return this.areas.map((a) => anchors[a.code] ?? FG_FACTOR[a.fg]! * rng.lognormalFactor(sd));
  }
  /** Split national totals across areas for each year: weights = pop × propensity × yearly noise. */
  series(rng: SeededRandom, totals: readonly number[], propensity: number[], noiseSd: number): number[][] {
    const byYear = totals.map((t) => allocate(t, this.areas.map((a, i) => a.pop * propensity[i]! * rng.lognormalFactor(noiseSd))));
    return this.areas.map((_, i) => byYear.map((y) => y[i]!));
  }
  person(rng: SeededRandom, topic: string): { age_band: string; sex: string } {
    return { age_band: AGE_BANDS[rng.weightedIndex(AGE_WEIGHTS[topic]!)]!, sex: rng.chance(FEMALE_SHARE[topic]!) ? 'F' : 'M' };
  }
  obs(indicator: string, area: string, y: number, numerator: number, denominator: number | null = null, status = statusFor(y)): Row {
    return { indicator, area, period: fyLabel(y), numerator, denominator, status, source: this.source };
  }
}

/** Count extract rows into observation rows: one per area × year in scope (zeros included). */
function countRows(g: Generator, indicator: string, rows: Row[], dateColumn: string, keep: (r: Row) => boolean = () => true): Row[] {
  const counts = new Map<string, number>();
  for (const r of rows) {
    const d = r[dateColumn] as string | null;
    if (!d || !keep(r)) continue;
    const [yy, mm] = d.split('-').map(Number) as [number, number];
    const fy = mm >= 4 ? yy : yy - 1;
    if (fy < FIRST_YEAR || fy > LAST_YEAR) continue;
    const k = `${r.area}|${fy}`;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const out: Row[] = [];
  for (const a of g.areas) for (const y of YEARS) out.push(g.obs(indicator, a.code, y, counts.get(`${a.code}|${y}`) ?? 0));
  return out;
}

function uniformDay(rng: SeededRandom, from: number, to: number): number {
  return rng.integer(from, to);
}
function sortAndNumber(rows: Row[], idColumn: string, prefix: string, dateColumn: string): Row[] {
  const keyed = rows.map((r, i) => ({ r, i }));
  keyed.sort((a, b) => (a.r.area! < b.r.area! ? -1 : a.r.area! > b.r.area! ? 1 : String(a.r[dateColumn]).localeCompare(String(b.r[dateColumn])) || a.i - b.i));
  return keyed.map(({ r }, n) => ({ [idColumn]: `${prefix}${String(n + 1).padStart(6, '0')}`, ...r }));
}
/** Split `total` into a non-negative integer chain: first part constrained within each area by `base`. */
function addOn(g: Generator, rng: SeededRandom, base: number[][], totals: readonly number[], baseTotals: readonly number[], propensity: number[], sd: number): number[][] {
  const extra = g.series(rng, totals.map((t, j) => t - baseTotals[j]!), propensity, sd);
  return base.map((row, i) => row.map((v, j) => v + extra[i]![j]!));
}
function sumCols(m: number[][]): number[] {
  return YEARS.map((_, j) => m.reduce((s, row) => s + row[j]!, 0));
}

// ---------------------------------------------------------------- topics
function diversion(g: Generator) {
  const rng = g.rng('diversion');
  const prop = g.propensity(rng, 0.35, DIVERSION_ANCHORS);
  const T = NATIONAL_TARGETS;
  const commenced = g.series(rng, T['diversion-commenced'], prop, 0.12);
  const assessed = addOn(g, rng, commenced, T['diversion-assessments'], T['diversion-commenced'], prop, 0.15);
  const referred = addOn(g, rng, assessed, T['diversion-referrals'], T['diversion-assessments'], prop, 0.15);
  const burnIn = g.series(rng, [1650], prop, 0.12).map((r) => r[0]!);
  const pComplete = g.areas.map(() => Math.min(0.95, Math.max(0.65, rng.normal(0.86, 0.05))));
  const rows: Row[] = [];
  const make = (i: number, y: number, stage: 'commenced' | 'assessed' | 'referred') => {
    const a = g.areas[i]!;
    const referral = uniformDay(rng, fyStart(y), fyEnd(y));
    const assessment = stage === 'referred' ? null : Math.min(referral + rng.integer(5, 45), fyEnd(y));
    const start = stage === 'commenced' ? Math.min(assessment! + rng.integer(3, 30), fyEnd(y)) : null;
    let end: number | null = null;
    let outcome = stage === 'referred' ? 'not-assessed' : 'assessed-not-commenced';
    if (start !== null) {
      end = start + rng.integer(45, 270);
      outcome = rng.chance(pComplete[i]!) ? 'completed' : 'not-completed';
      if (end > EXTRACT_END) { end = null; outcome = 'ongoing'; }
    }
    return { area: a.code, referral_date: iso(referral), assessment_date: iso(assessment), commenced_date: iso(start), end_date: iso(end), ...g.person(rng, 'diversion'), outcome };
  };
  g.areas.forEach((_, i) => {
    for (let k = 0; k < burnIn[i]!; k++) {
      const r = make(i, 2016, 'commenced');
      if (r.end_date !== null && r.end_date >= '2017-04-01') rows.push(r);
    }
    YEARS.forEach((y, j) => {
      for (let k = 0; k < referred[i]![j]!; k++) rows.push(make(i, y, k < commenced[i]![j]! ? 'commenced' : k < assessed[i]![j]! ? 'assessed' : 'referred'));
    });
  });
  const extract = sortAndNumber(rows, 'case_id', 'DIV', 'referral_date');
  const agg = [
    ...countRows(g, 'diversion-referrals', extract, 'referral_date'),
    ...countRows(g, 'diversion-assessments', extract, 'assessment_date'),
    ...countRows(g, 'diversion-commenced', extract, 'commenced_date'),
    ...countRows(g, 'diversion-completed', extract, 'end_date', (r) => r.outcome === 'completed'),
  ];
  return { extract, agg, columns: ['case_id', 'area', 'referral_date', 'assessment_date', 'commenced_date', 'end_date', 'age_band', 'sex', 'outcome'] };
}

function bail(g: Generator) {
  const rng = g.rng('bail');
  const prop = g.propensity(rng, 0.3);
  const T = NATIONAL_TARGETS;
  const sup = g.series(rng, T['bail-supervision-commenced'], prop, 0.15);
  const reports = addOn(g, rng, sup, T['bail-assessment-reports'], T['bail-supervision-commenced'], prop, 0.15);
  const burnIn = g.series(rng, [680], prop, 0.15).map((r) => r[0]!);
  const rows: Row[] = [];
  const make = (i: number, y: number, supervised: boolean) => {
    const assess = uniformDay(rng, fyStart(y), fyEnd(y));
    let start: number | null = null;
    let end: number | null = null;
    let outcome = 'no-supervision';
    if (supervised) {
      start = Math.min(assess + rng.integer(0, 14), fyEnd(y));
      end = start + rng.integer(20, 200);
      outcome = rng.chance(0.72) ? 'completed' : 'breached';
      if (end > EXTRACT_END) { end = null; outcome = 'ongoing'; }
    }
    return { area: g.areas[i]!.code, assessment_date: iso(assess), supervision_start_date: iso(start), supervision_end_date: iso(end), ...g.person(rng, 'bail'), outcome };
  };
  g.areas.forEach((_, i) => {
    for (let k = 0; k < burnIn[i]!; k++) {
      const r = make(i, 2016, true);
      if (r.supervision_end_date !== null && r.supervision_end_date >= '2017-04-01') rows.push(r);
    }
    YEARS.forEach((y, j) => {
      for (let k = 0; k < reports[i]![j]!; k++) rows.push(make(i, y, k < sup[i]![j]!));
    });
  });
  const extract = sortAndNumber(rows, 'case_id', 'BAIL', 'assessment_date');
  const agg = [
    ...countRows(g, 'bail-assessment-reports', extract, 'assessment_date'),
    ...countRows(g, 'bail-supervision-commenced', extract, 'supervision_start_date'),
    ...countRows(g, 'bail-supervision-completed', extract, 'supervision_end_date', (r) => r.outcome === 'completed'),
  ];
  return { extract, agg, columns: ['case_id', 'area', 'assessment_date', 'supervision_start_date', 'supervision_end_date', 'age_band', 'sex', 'outcome'] };
}

function custody(g: Generator) {
  const rng = g.rng('custody');
  const prop = g.propensity(rng, 0.3);
  const n = g.series(rng, NATIONAL_TARGETS['custody-referrals'], prop, 0.15);
  const services = ['substance-use', 'mental-health', 'housing', 'welfare-benefits', 'other'];
  const rows: Row[] = [];
  g.areas.forEach((a, i) => YEARS.forEach((y, j) => {
    for (let k = 0; k < n[i]![j]!; k++) {
      rows.push({ area: a.code, referral_date: iso(uniformDay(rng, fyStart(y), fyEnd(y))), ...g.person(rng, 'custody'),
        referred_to: services[rng.weightedIndex([40, 25, 15, 12, 8])]!, engaged: rng.chance(0.62) ? 'Y' : 'N' });
    }
  }));
  const extract = sortAndNumber(rows, 'referral_id', 'ARR', 'referral_date');
  return { extract, agg: countRows(g, 'custody-referrals', extract, 'referral_date'), columns: ['referral_id', 'area', 'referral_date', 'age_band', 'sex', 'referred_to', 'engaged'] };
}

function release(g: Generator) {
  const rng = g.rng('release');
  const prop = g.propensity(rng, 0.25);
  const T = NATIONAL_TARGETS;
  const through = g.series(rng, T['throughcare-voluntary-commenced'], prop, 0.12);
  const releases = addOn(g, rng, through, T['prison-releases'], T['throughcare-voluntary-commenced'], prop, 0.12);
  const pHealth = [0.55, 0.57, 0.58, 0.52, 0.6, 0.63, 0.66];
  const pHome = [0.7, 0.71, 0.72, 0.69, 0.73, 0.75, 0.76];
  const rows: Row[] = [];
  g.areas.forEach((a, i) => YEARS.forEach((y, j) => {
    const areaShift = (a.fg - 2.5) * -0.03;
    for (let k = 0; k < releases[i]![j]!; k++) {
      const rel = uniformDay(rng, fyStart(y), fyEnd(y));
      const tc = k < through[i]![j]! ? Math.min(rel + rng.integer(0, 45), fyEnd(y)) : null;
      rows.push({ area: a.code, release_date: iso(rel), ...g.person(rng, 'release'),
        health_continuity: rng.chance(pHealth[j]! + areaShift) ? 'Y' : 'N', accommodation: rng.chance(pHome[j]! + areaShift) ? 'Y' : 'N', throughcare_commenced_date: iso(tc) });
    }
  }));
  const extract = sortAndNumber(rows, 'person_id', 'REL', 'release_date');
  const agg = [
    ...countRows(g, 'prison-releases', extract, 'release_date'),
    ...countRows(g, 'release-health-continuity', extract, 'release_date', (r) => r.health_continuity === 'Y'),
    ...countRows(g, 'release-accommodation', extract, 'release_date', (r) => r.accommodation === 'Y'),
    ...countRows(g, 'throughcare-voluntary-commenced', extract, 'throughcare_commenced_date'),
  ];
  return { extract, agg, columns: ['person_id', 'area', 'release_date', 'age_band', 'sex', 'health_continuity', 'accommodation', 'throughcare_commenced_date'] };
}

/** Successful-completion share of CPOs by financial year of termination (JSW: 73% 2022-23, 71% 2023-24; earlier years assumed). */
export const CPO_COMPLETION = [0.7, 0.7, 0.69, 0.66, 0.69, 0.73, 0.71];

function cpo(g: Generator) {
  const rng = g.rng('cpo');
  // Area rate profile (per 10,000 aged 16-70) fixed so that 2022-23 hits the published anchors and the Scotland total.
  const t2022 = NATIONAL_TARGETS['cpo-commenced'][5];
  const raw = g.areas.map((a) => CPO_RATE_ANCHORS_2022[a.code] ?? Math.min(55, Math.max(22, 38 * FG_FACTOR[a.fg]! * rng.lognormalFactor(0.15))));
  const anchored = g.areas.reduce((s, a, i) => s + (a.code in CPO_RATE_ANCHORS_2022 ? (a.pop * raw[i]!) / 1e4 : 0), 0);
  const free = g.areas.reduce((s, a, i) => s + (a.code in CPO_RATE_ANCHORS_2022 ? 0 : (a.pop * raw[i]!) / 1e4), 0);
  const k = (t2022 - anchored) / free;
  const rate = g.areas.map((a, i) => (a.code in CPO_RATE_ANCHORS_2022 ? raw[i]! : raw[i]! * k));
  const totals = [...NATIONAL_TARGETS['cpo-commenced']];
  const counts = totals.map((t, j) => allocate(t, g.areas.map((a, i) => a.pop * rate[i]! * (j === 5 ? 1 : rng.lognormalFactor(0.07)))));
  const burnTotals = [19000, 18400];
  const burn = burnTotals.map((t) => allocate(t, g.areas.map((a, i) => a.pop * rate[i]! * rng.lognormalFactor(0.07))));
  const rows: Row[] = [];
  const make = (i: number, y: number) => {
    const imposed = uniformDay(rng, fyStart(y), fyEnd(y));
    const req = rng.weightedIndex([0.362, 0.318, 0.32]); // both, unpaid work only, supervision only
    const length = rng.chance(0.6) ? rng.integer(120, 400) : rng.integer(300, 720);
    let term: number | null = imposed + length;
    let reason: string | null = null;
    if (term > EXTRACT_END) term = null;
    else {
      const ty = new Date(term * 86400000).getUTCMonth() >= 3 ? new Date(term * 86400000).getUTCFullYear() : new Date(term * 86400000).getUTCFullYear() - 1;
      const p = CPO_COMPLETION[Math.min(6, Math.max(0, ty - FIRST_YEAR))]!;
      const u = rng.uniform();
      reason = u < p - 0.04 ? 'completed' : u < p ? 'early-discharge' : u < p + (1 - p) * 0.75 ? 'revoked-breach' : 'revoked-other';
    }
    return { area: g.areas[i]!.code, imposed_date: iso(imposed), ...g.person(rng, 'cpo'),
      unpaid_work: req !== 2 ? 'Y' : 'N', supervision: req !== 1 ? 'Y' : 'N', terminated_date: iso(term), termination_reason: reason };
  };
  g.areas.forEach((_, i) => {
    [2015, 2016].forEach((y, b) => {
      for (let n = 0; n < burn[b]![i]!; n++) {
        const r = make(i, y);
        if (r.terminated_date === null || r.terminated_date >= '2017-04-01') rows.push(r);
      }
    });
    YEARS.forEach((y, j) => { for (let n = 0; n < counts[j]![i]!; n++) rows.push(make(i, y)); });
  });
  const extract = sortAndNumber(rows, 'order_id', 'CPO', 'imposed_date');
  const dtto = g.series(rng, NATIONAL_TARGETS['dtto-commenced'], rate.map((r) => r / 38), 0.2);
  const agg = [
    ...countRows(g, 'cpo-commenced', extract, 'imposed_date'),
    ...countRows(g, 'cpo-unpaid-work', extract, 'imposed_date', (r) => r.unpaid_work === 'Y'),
    ...countRows(g, 'cpo-supervision', extract, 'imposed_date', (r) => r.supervision === 'Y'),
    ...countRows(g, 'cpo-terminated', extract, 'terminated_date'),
    ...countRows(g, 'cpo-completed', extract, 'terminated_date', (r) => r.termination_reason === 'completed' || r.termination_reason === 'early-discharge'),
  ];
  const dttoRows = g.areas.flatMap((a, i) => YEARS.map((y, j) => g.obs('dtto-commenced', a.code, y, dtto[i]![j]!)));
  return { extract, agg: [...agg, ...dttoRows], columns: ['order_id', 'area', 'imposed_date', 'age_band', 'sex', 'unpaid_work', 'supervision', 'terminated_date', 'termination_reason'] };
}

function employability(g: Generator): Row[] {
  const rng = g.rng('employability');
  const n = g.series(rng, NATIONAL_TARGETS['employability-support'], g.propensity(rng, 0.3), 0.15);
  return g.areas.flatMap((a, i) => YEARS.map((y, j) => g.obs('employability-support', a.code, y, n[i]![j]!)));
}

function reconviction(g: Generator): Row[] {
  const rng = g.rng('reconviction');
  const real = parseCsv(readFileSync(join(repoRoot, 'datasets/real/reconviction-residence-2017-18.csv'), 'utf8'));
  const get = (ind: string, area: string) => real.find((r) => r.indicator === ind && r.area === area)!;
  const cohorts = [2018, 2019, 2020, 2021];
  const size = [0.96, 0.9, 0.62, 0.78];
  const level = [0.99, 0.95, 0.92, 1.0];
  const out: Row[] = [];
  for (const a of g.areas) {
    const base = get('reconviction-rate-residence', a.code);
    const avg = get('reconvictions-residence', a.code);
    const n0 = Number(base.denominator);
    const r0 = Number(base.numerator) / n0;
    const m0 = Number(avg.numerator) / n0;
    cohorts.forEach((c, j) => {
      const n = Math.max(20, Math.round(n0 * size[j]! * rng.lognormalFactor(0.05)));
      const r = Math.min(0.6, r0 * level[j]! * rng.lognormalFactor(0.06));
      const m = m0 * level[j]! * rng.lognormalFactor(0.06);
      const status = c >= 2019 ? 'synthetic; pandemic-caveat' : 'synthetic';
      out.push(g.obs('reconviction-rate-residence', a.code, c, Math.round(n * r), n, status));
      out.push(g.obs('reconvictions-residence', a.code, c, Math.round(n * m), n, status));
    });
  }
  return out;
}

function confidence(g: Generator): Row[] {
  const rng = g.rng('confidence');
  const years = [2017, 2018, 2019, 2021, 2023];
  const share = [0.61, 0.62, 0.6, 0.58, 0.59];
  return years.map((y, j) => {
    const n = rng.integer(5300, 5700);
    return g.obs('confidence-in-justice', 'S92000003', y, Math.round(n * share[j]! * rng.lognormalFactor(0.01)), n, y === 2021 ? 'synthetic; pandemic-caveat' : 'synthetic');
  });
}

const SERVICE_TEMPLATES: { name: string; outcomes: string; type: string[] }[] = [
  { name: 'Diversion Support Project', outcomes: '1', type: ['third-sector', 'local-authority'] },
  { name: 'Custody Link Workers', outcomes: '2', type: ['third-sector', 'nhs'] },
  { name: 'Bail Support Service', outcomes: '3', type: ['third-sector', 'local-authority'] },
  { name: 'Unpaid Work Placement Partnership', outcomes: '4', type: ['local-authority', 'third-sector'] },
  { name: "Women's Justice Service", outcomes: '1;3;4', type: ['third-sector'] },
  { name: 'Prison Release Health Navigator', outcomes: '5', type: ['nhs', 'third-sector'] },
  { name: 'Housing on Release Service', outcomes: '6', type: ['third-sector', 'housing-association'] },
  { name: 'Employability Pathway for People with Convictions', outcomes: '7', type: ['third-sector', 'local-authority'] },
  { name: 'Voluntary Throughcare Mentoring', outcomes: '8', type: ['third-sector'] },
  { name: 'Community Justice Awareness Programme', outcomes: '9', type: ['third-sector', 'local-authority'] },
  { name: 'Recovery Cafe', outcomes: '2;4;5', type: ['third-sector'] },
  { name: 'Restorative Justice Service', outcomes: '4;9', type: ['third-sector'] },
];

function register(g: Generator): Row[] {
  const rng = g.rng('register');
  const rows: Row[] = [];
  const lo = day(2024, 4, 1);
  const hi = day(2028, 6, 30);
  for (const a of g.areas) {
    const n = Math.max(3, Math.min(9, Math.round(3 + (a.pop / 1e5) * 1.5 + rng.integer(0, 2))));
    const picks = new Set<number>();
    while (picks.size < n) picks.add(rng.integer(0, SERVICE_TEMPLATES.length - 1));
    for (const t of [...picks].sort((x, y) => x - y)) {
      const tpl = SERVICE_TEMPLATES[t]!;
      const end = uniformDay(rng, lo, hi);
      const start = Math.max(day(2016, 4, 1), end - rng.integer(12, 60) * 30);
      const capacity = Math.max(5, Math.round((a.pop / 1e4) * rng.integer(3, 9)));
      rows.push({ area: a.code, service_name: `${a.name} ${tpl.name}`, provider_type: tpl.type[rng.integer(0, tpl.type.length - 1)],
        outcomes: tpl.outcomes, capacity, referrals_2023_24: Math.round(capacity * (0.5 + rng.uniform() * 1.1)),
        funding_start: iso(start), funding_end: iso(end), status: 'synthetic', source: g.source });
    }
  }
  return rows.map((r, i) => ({ service_id: `SVC${String(i + 1).padStart(4, '0')}`, ...r }));
}

function sortObs(rows: Row[]): Row[] {
  return rows.sort((a, b) => String(a.indicator).localeCompare(String(b.indicator)) || (a.area! < b.area! ? -1 : a.area! > b.area! ? 1 : 0) || String(a.period).localeCompare(String(b.period)));
}

export function generateSynthetic(outDir: string, seed = DEFAULT_SEED): string[] {
  const g = new Generator(loadAreas(), seed);
  const written: string[] = [];
  const out = (name: string, columns: readonly string[], rows: Row[]) => {
    writeCsv(join(outDir, 'synthetic', name), columns, rows);
    written.push(`synthetic/${name}`);
  };
  const topics = { diversion: diversion(g), bail: bail(g), 'custody-referrals': custody(g), release: release(g), cpo: cpo(g) } as const;
  const aggName: Record<keyof typeof topics, string> = {
    diversion: 'diversion-synthetic.csv', bail: 'bail-synthetic.csv', 'custody-referrals': 'custody-referrals-synthetic.csv',
    release: 'release-throughcare-synthetic.csv', cpo: 'cpo-dtto-synthetic.csv',
  };
  for (const [topic, t] of Object.entries(topics) as [keyof typeof topics, (typeof topics)[keyof typeof topics]][]) {
    out(aggName[topic], OBS, sortObs(t.agg));
    // each record says it is synthetic, so a copy taken out of the repository still says so
    out(`extract-${topic}-synthetic.csv`, [...t.columns, 'source'], t.extract.map((r) => ({ ...r, source: g.source })));
  }
  out('employability-synthetic.csv', OBS, sortObs(employability(g)));
  out('reconviction-residence-synthetic.csv', OBS, sortObs(reconviction(g)));
  out('confidence-in-justice-synthetic.csv', OBS, confidence(g));
  out('register-services-synthetic.csv', ['service_id', 'area', 'service_name', 'provider_type', 'outcomes', 'capacity', 'referrals_2023_24', 'funding_start', 'funding_end', 'status', 'source'], register(g));
  return written;
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const outDir = resolve(process.argv[2] ?? join(repoRoot, 'datasets'));
  const seed = process.argv[3] ? Number(process.argv[3]) : DEFAULT_SEED;
  const files = [...generateSynthetic(outDir, seed), ...generateSurvey(outDir, seed)];
  writeCatalogue(outDir, seed);
  console.log(`wrote ${files.length} synthetic files to ${outDir}/synthetic (seed ${seed})`);
}
