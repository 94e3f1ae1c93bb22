import { closeSync, existsSync, mkdirSync, openSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/** Seed of the generated extract: the same file on every machine. */
export const EXTRACT_SEED = 20240601;

/** Financial years the extract's start dates fall in (population aged 16–70 is published for each start year). */
export const EXTRACT_FIRST_YEAR = 2009;
export const EXTRACT_YEARS = 10;

/** The measure column's values: an order commenced, completed, or revoked (terminated other than by completion). */
export const EXTRACT_MEASURES = ['cpo-commenced', 'cpo-completed', 'cpo-revoked'] as const;

/** Change when the generator's output changes, so a stale cached file is not reused. */
const GENERATOR_VERSION = 1;

/**
 * A seeded pseudo-random number generator (mulberry32): uniform in [0, 1).
 *
 * @example
 * ```ts
 * const random = mulberry32(1);
 * random(); // 0.6270739405881613, the same on every run
 * ```
 */
export function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pickWeighted(cumulative: Float64Array, u: number): number {
  const x = u * cumulative[cumulative.length - 1];
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid] > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

const AGE_BANDS = ['16-17', '18-20', '21-25', '26-30', '31-40', '41-50', '51-60', '61+'];
const AGE_WEIGHTS = [2, 10, 18, 17, 26, 16, 8, 3];

/**
 * Write a synthetic case extract, one row per case (`area,measure,start_date,age_band,sex`),
 * deterministically from {@link EXTRACT_SEED}, into `dir` (reused when present).
 * Cases are spread over the council areas in proportion to their population
 * aged 16–70 times a seeded local factor, over financial years 2009-10 to
 * 2018-19 with a seeded trend per area; about half are commencements and the
 * rest completions or revocations, with a completion rate that differs by area
 * and drifts over time; about 1% of cases have a blank sex.
 *
 * @param dir - directory for the file (bench/.cache, not committed)
 * @param rows - number of cases
 * @param population - population aged 16–70 in mid-2018 by council area code
 * @returns the CSV file's path
 * @example
 * ```ts
 * const file = ensureExtract('bench/.cache', 1_000_000, population2018);
 * // bench/.cache/cpo-cases-1000000-s20240601-v1.csv, about 43 MB
 * ```
 */
export function ensureExtract(dir: string, rows: number, population: ReadonlyMap<string, number>): string {
  const file = join(dir, `cpo-cases-${rows}-s${EXTRACT_SEED}-v${GENERATOR_VERSION}.csv`);
  if (existsSync(file)) return file;
  mkdirSync(dir, { recursive: true });
  const random = mulberry32(EXTRACT_SEED);
  const areas = [...population.keys()].sort();
  // per area: local factor on volume, yearly trend, completion rate and its drift
  const local = areas.map(() => ({ factor: 0.6 + random(), trend: (random() - 0.5) * 0.1, completion: 0.62 + random() * 0.22, drift: (random() - 0.5) * 0.02 }));
  const cells = new Float64Array(areas.length * EXTRACT_YEARS);
  let total = 0;
  areas.forEach((a, i) => {
    for (let y = 0; y < EXTRACT_YEARS; y++) {
      total += population.get(a)! * local[i].factor * Math.max(0.2, 1 + local[i].trend * (y - EXTRACT_YEARS / 2)) * (0.9 + random() * 0.2);
      cells[i * EXTRACT_YEARS + y] = total;
    }
  });
  const ages = new Float64Array(AGE_WEIGHTS.length);
  AGE_WEIGHTS.reduce((s, w, i) => (ages[i] = s + w), 0);
  // every date of each financial year, as ISO text
  const days: string[][] = [];
  for (let y = 0; y < EXTRACT_YEARS; y++) {
    const list: string[] = [];
    const start = Date.UTC(EXTRACT_FIRST_YEAR + y, 3, 1);
    const end = Date.UTC(EXTRACT_FIRST_YEAR + y + 1, 3, 1);
    for (let t = start; t < end; t += 86_400_000) list.push(new Date(t).toISOString().slice(0, 10));
    days.push(list);
  }
  const partial = `${file}.${process.pid}.part`;
  const fd = openSync(partial, 'w');
  try {
    let chunk = 'area,measure,start_date,age_band,sex\n';
    for (let r = 0; r < rows; r++) {
      const cell = pickWeighted(cells, random());
      const a = (cell / EXTRACT_YEARS) | 0;
      const y = cell % EXTRACT_YEARS;
      const u = random();
      const completion = local[a].completion + local[a].drift * (y - EXTRACT_YEARS / 2);
      const measure = u < 0.5 ? EXTRACT_MEASURES[0] : u < 0.5 + 0.5 * completion ? EXTRACT_MEASURES[1] : EXTRACT_MEASURES[2];
      const yearDays = days[y];
      const date = yearDays[(random() * yearDays.length) | 0];
      const age = AGE_BANDS[pickWeighted(ages, random())];
      const s = random();
      const sex = s < 0.78 ? 'M' : s < 0.99 ? 'F' : '';
      chunk += `${areas[a]},${measure},${date},${age},${sex}\n`;
      if (chunk.length > 1 << 20) {
        writeSync(fd, chunk);
        chunk = '';
      }
    }
    writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
  renameSync(partial, file);
  return file;
}
