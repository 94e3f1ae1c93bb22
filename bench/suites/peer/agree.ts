import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Relative tolerance of every compared number (the 1e-9). */
export const AGREE_TOLERANCE = 1e-9;

/** What {@link compareOutputs} found: rows and numbers compared, the largest relative difference, and every disagreement. */
export interface Agreement {
  resultRows: number;
  trendRows: number;
  /** Numbers compared (counts, values, limits, Scotland values, slopes, SEs, χ²). */
  numbers: number;
  /** Largest relative difference among the numbers compared. */
  maxRelativeDifference: number;
  /** Comparison labels compared (areas only; Scotland's rows have none). */
  labels: number;
  differences: string[];
}

/** A small CSV parser (quoted fields, doubled quotes), independent of the code under test. */
export function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell), rows.push(row), (row = []), (cell = '');
    } else cell += c;
  }
  if (cell !== '' || row.length) row.push(cell), rows.push(row);
  const [head, ...body] = rows;
  return body.map((r) => Object.fromEntries(head.map((h, j) => [h, r[j] ?? ''])));
}

function relative(a: number, b: number): number {
  if (a === b) return 0;
  return Math.abs(a - b) / Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * Compare the R pipeline's and cjsnsa's `results.csv` and `trends.csv`:
 * the same rows (area × financial year × measure; area × measure), the same
 * counts and denominators exactly, values, 95% limits, Scotland values,
 * trend slopes, their SEs and χ² to {@link AGREE_TOLERANCE} (relative, or
 * absolute below 1), the same statistic names, comparison labels, area names,
 * points and trend results. R writes NA as an empty cell; so does cjsnsa.
 * cjsnsa's recentTrend gives the slope and χ², so its SE is |b|/√χ², unknown
 * when b = 0: an empty SE there is accepted.
 *
 * @example
 * ```ts
 * const a = compareOutputs('out/r', 'out/cjsnsa');
 * if (a.differences.length) throw new Error(a.differences.slice(0, 10).join('\n'));
 * ```
 */
export function compareOutputs(rDir: string, jsDir: string): Agreement {
  const out: Agreement = { resultRows: 0, trendRows: 0, numbers: 0, maxRelativeDifference: 0, labels: 0, differences: [] };
  const differ = (what: string) => out.differences.push(what);
  const number = (where: string, col: string, a: string, b: string, exact = false) => {
    if (a === '' || b === '') {
      if (a !== b) differ(`${where} ${col}: R "${a}", cjsnsa "${b}"`);
      return;
    }
    const x = Number(a);
    const y = Number(b);
    const d = relative(x, y);
    out.numbers++;
    if (Number.isFinite(d)) out.maxRelativeDifference = Math.max(out.maxRelativeDifference, d);
    if (exact ? x !== y : !(d <= AGREE_TOLERANCE)) differ(`${where} ${col}: R ${a}, cjsnsa ${b} (relative difference ${d.toExponential(2)})`);
  };
  const text = (where: string, col: string, a: string, b: string) => {
    if (a !== b) differ(`${where} ${col}: R "${a}", cjsnsa "${b}"`);
  };

  const load = (dir: string, file: string) => parseCsv(readFileSync(join(dir, file), 'utf8'));
  const keyed = (rows: Record<string, string>[], key: (r: Record<string, string>) => string) => new Map(rows.map((r) => [key(r), r]));

  const resultKey = (r: Record<string, string>) => `${r.area_code} ${r.financial_year} ${r.measure}`;
  const rResults = load(rDir, 'results.csv');
  const jsResults = keyed(load(jsDir, 'results.csv'), resultKey);
  if (rResults.length !== jsResults.size) differ(`results.csv: R has ${rResults.length} rows, cjsnsa ${jsResults.size}`);
  for (const r of rResults) {
    const where = `results.csv ${resultKey(r)}`;
    const j = jsResults.get(resultKey(r));
    if (!j) {
      differ(`${where}: missing from cjsnsa's output`);
      continue;
    }
    out.resultRows++;
    text(where, 'statistic', r.statistic, j.statistic);
    number(where, 'numerator', r.numerator, j.numerator, true);
    number(where, 'denominator', r.denominator, j.denominator, true);
    for (const col of ['value', 'lower', 'upper', 'scotland_value']) number(where, col, r[col], j[col]);
    if (r.area_code !== 'S92000003') out.labels++;
    text(where, 'comparison', r.comparison, j.comparison);
    text(where, 'area_name', r.area_name, j.area_name);
  }

  const trendKey = (r: Record<string, string>) => `${r.area_code} ${r.measure}`;
  const rTrends = load(rDir, 'trends.csv');
  const jsTrends = keyed(load(jsDir, 'trends.csv'), trendKey);
  if (rTrends.length !== jsTrends.size) differ(`trends.csv: R has ${rTrends.length} rows, cjsnsa ${jsTrends.size}`);
  for (const r of rTrends) {
    const where = `trends.csv ${trendKey(r)}`;
    const j = jsTrends.get(trendKey(r));
    if (!j) {
      differ(`${where}: missing from cjsnsa's output`);
      continue;
    }
    out.trendRows++;
    number(where, 'n_points', r.n_points, j.n_points, true);
    number(where, 'slope', r.slope, j.slope);
    if (!(j.se_slope === '' && r.se_slope !== '' && Number(j.slope) === 0)) number(where, 'se_slope', r.se_slope, j.se_slope);
    number(where, 'chi_sq', r.chi_sq, j.chi_sq);
    text(where, 'trend', r.trend, j.trend);
    text(where, 'area_name', r.area_name, j.area_name);
  }
  return out;
}
