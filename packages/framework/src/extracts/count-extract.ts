import { DataError, columnLetter, dateParts, periodOfDate, periodRange, sortPeriods, streamRecords, type DataIssue, type StreamSource } from '@cjsnsa/core';
import type { BreakdownCount } from '../compute/disclose-counts.js';
import { resolveArea } from '../geography/resolve-area.js';
import { messages } from '../messages.js';
import { extractSchemaOf, normaliseColumnName, type ExtractSchema } from './extract-schemas.js';

/**
 * Options of {@link countExtract}.
 *
 * - `schema`: the extract's schema. __Default value:__ recognised from the header ({@link extractSchemaOf}).
 * - `today`: dates after it are errors. __Default value:__ now.
 * - `onProgress`: called with the number of rows read after each batch (for a progress line).
 * - `batchSize`: rows per batch read. __Default value:__ 50,000.
 *
 * @example
 * ```ts
 * const options: CountExtractOptions = { onProgress: (n) => process.stderr.write(`\r${n} rows`) };
 * ```
 */
export interface CountExtractOptions {
  schema?: ExtractSchema;
  /** Count by `'financial-year'` or by financial-year `'quarter'` (`2023-24 Q3`, for the quarterly report). __Default value:__ `'financial-year'`. */
  periodKind?: 'financial-year' | 'quarter';
  today?: Date;
  onProgress?: (rowsRead: number) => void;
  batchSize?: number;
}

/**
 * Rows of an extract that were read and not counted, with why: every row
 * read is either counted or in one of these.
 *
 * @example
 * ```ts
 * const n: RowsNotCounted = { reason: 'no date in any of referral_date, …', rows: 12, firstRows: [5, 9, 40] };
 * ```
 */
export interface RowsNotCounted {
  reason: string;
  rows: number;
  firstRows: number[];
}

/**
 * An observation row counted from an extract (the observation schema).
 *
 * @example
 * ```ts
 * const row: CountedObservation = { indicator: 'diversion-commenced', area: 'S12000006', period: '2023-24',
 *   numerator: 41, denominator: null, status: 'published', source: 'Diversion cases, own extract' };
 * ```
 */
export interface CountedObservation {
  indicator: string;
  area: string;
  period: string;
  numerator: number;
  denominator: null;
  status: string;
  source: string;
}

/**
 * What {@link countExtract} returns.
 *
 * - `observations`: one row per data item the extract holds a date column
 *   for, council area in it and financial year from the item's first to its
 *   last (0 where nothing happened).
 * - `breakdowns`: the same counts broken down by each category column the
 *   extract has (`age_band`, `sex`, `outcome`, …), for disclosure control
 *   with the totals (framework `computeIndicatorSet({ breakdowns })`).
 * - `items`: the data items counted; `missingItems`: those the schema has but
 *   the file lacks a column for.
 * - `read`, `counted`: rows read, and rows counted in at least one item.
 * - `notCounted`: every row read and not counted, grouped by reason.
 * - `warnings`: values outside the documented ones, dates out of order, …
 *
 * @example
 * ```ts
 * const { observations, read, counted } = await countExtract('diversion-cases.csv');
 * ```
 */
export interface ExtractCounts {
  file: string;
  schema: ExtractSchema;
  source: string;
  observations: CountedObservation[];
  breakdowns: BreakdownCount[];
  items: string[];
  missingItems: string[];
  areas: string[];
  read: number;
  counted: number;
  notCounted: RowsNotCounted[];
  warnings: DataIssue[];
}

/** How many rows a problem or note lists by number. */
const LISTED_ROWS = 5;
const MAX_PROBLEMS = 1000;

/** Category values counted for a blank cell, per column (others: `Unknown`). */
const BLANK: Record<string, string> = { termination_reason: 'not-yet-ended' };

/** The documented age band of an age in whole years, or null under 16. */
function ageBand(age: number): string | null {
  if (age < 16) return null;
  if (age <= 17) return '16-17';
  if (age <= 20) return '18-20';
  if (age <= 25) return '21-25';
  if (age <= 30) return '26-30';
  if (age <= 40) return '31-40';
  if (age <= 50) return '41-50';
  return '51+';
}

interface Tally {
  rows: number;
  firstRows: number[];
}
const tally = (map: Map<string, Tally>, key: string, row: number) => {
  const t = map.get(key) ?? { rows: 0, firstRows: [] };
  t.rows++;
  if (t.firstRows.length < LISTED_ROWS) t.firstRows.push(row);
  map.set(key, t);
};

/**
 * Count a partnership's individual-level extract (one row per case, order,
 * referral or person; CSV of any size, streamed, or a workbook's first
 * sheet) into the framework's data items by its schema's counting rules
 * ({@link extractSchemas}), and into breakdowns by each category column.
 * Memory depends on the number of areas × years × categories, and the
 * record ids (kept to find repeats), not on the whole file.
 *
 * Checked, with every problem listed by file, row and column in one
 * `DataError` (the first 1,000): a blank or repeated id; a blank area, an
 * area that is not a council area (nearest names suggested); a date that
 * cannot be read or is after `today`; an `age` that is not a whole number.
 * Warned (counted as given): a category value outside the documented ones,
 * dates out of order (e.g. ended before it commenced), an outcome that
 * needs a date without one, an `age` under 16. Rows with no date in any
 * counting column are not counted and are listed with that reason.
 *
 * @param source - a CSV or XLSX path, or `{ name, data }`
 * @param options - see {@link CountExtractOptions}
 * @returns a promise of {@link ExtractCounts}
 * @throws DataError listing every problem by file, row and column
 * @example
 * ```ts
 * // diversion-cases.csv: case_id,area,referral_date,assessment_date,commenced_date,end_date,age_band,sex,outcome
 * const counts = await countExtract('diversion-cases.csv');
 * counts.observations.find((o) => o.indicator === 'diversion-commenced' && o.period === '2023-24')?.numerator; // e.g. 41
 * ```
 */
export async function countExtract(source: StreamSource, options: CountExtractOptions = {}): Promise<ExtractCounts> {
  const file = typeof source === 'string' ? source : source.name;
  const today = options.today ?? new Date();
  const todayKey = today.getUTCFullYear() * 10000 + (today.getUTCMonth() + 1) * 100 + today.getUTCDate();
  const problems: DataIssue[] = [];
  let unlisted = 0;
  const problem = (row: number | null, column: string | null, message: string) => {
    if (problems.length < MAX_PROBLEMS) problems.push({ file, row, column, columnLetter: column ? letterOf.get(column) ?? null : null, message });
    else unlisted++;
  };
  const warnings: DataIssue[] = [];
  const letterOf = new Map<string, string>();

  let schema = options.schema ?? null;
  let col: Record<string, string | null> = {};
  let dateCols: string[] = [];
  let categoryCols: { name: string; column: string; values: Set<string> }[] = [];
  let ageCol: string | null = null;
  let sourceCol: string | null = null;
  let rules: { item: string; date: string; where: { column: string; values: Set<string> } | null }[] = [];
  let missingItems: string[] = [];

  const rowOfId = new Map<string, number>();
  const areaCodes = new Map<string, number>(); // area as written → index in areaList, -1 if not a council area
  const areaList: string[] = [];
  const periodList: string[] = [];
  const periodIndex = new Map<string, number>();
  // counts[rule][area * P + period]; cells[rule][category column] keyed (area * P + period) * V + value
  const P = 1024;
  const V = 1 << 16;
  let counts: Float64Array[] = [];
  let cells: Map<number, number>[][] = [];
  let valueIndex: Map<string, number>[] = [];
  let valueList: string[][] = [];
  let itemPeriods: Set<number>[] = [];
  let noDateReason = '';
  const unexpected = new Map<string, Tally>(); // column \u0001 value
  const outOfOrder = new Map<string, Tally>(); // a \u0001 b
  const noDateForOutcome = new Map<string, Tally>();
  const underAge = new Map<string, Tally>();
  const notCounted = new Map<string, Tally>();
  let sourceValue: string | null = null;
  let read = 0;
  let counted = 0;

  type When = { period: number; key: number };
  const periodCache = new Map<string, When | null>();
  const periodOf = (text: string): When | null => {
    let hit = periodCache.get(text);
    if (hit !== undefined) return hit;
    const parts = dateParts(text);
    if (parts) {
      const label = periodOfDate(text, options.periodKind ?? 'financial-year').label;
      let pi = periodIndex.get(label);
      if (pi === undefined) periodIndex.set(label, (pi = periodList.push(label) - 1));
      hit = { period: pi, key: parts[0] * 10000 + parts[1] * 100 + parts[2] };
    } else hit = null;
    if (periodCache.size < 100_000) periodCache.set(text, hit);
    return hit;
  };

  const setUp = (header: string[]) => {
    schema ??= extractSchemaOf(header);
    if (!schema) throw new DataError({ file, row: 1, column: null, columnLetter: null, message: messages.extractNotRecognised(header) });
    const byName = new Map(header.map((h, i) => [normaliseColumnName(h), h] as const));
    header.forEach((h, i) => letterOf.set(h, columnLetter(i)));
    const need = [schema.id, 'area'];
    const missing = need.filter((n) => !byName.has(n));
    if (missing.length) throw new DataError({ file, row: 1, column: null, columnLetter: null, message: messages.extractMissingColumns(schema.title, missing) });
    col = Object.fromEntries([schema.id, 'area', ...schema.dates, ...schema.categories.map((c) => c.column)].map((n) => [n, byName.get(n) ?? null]));
    dateCols = schema.dates.filter((d) => col[d]);
    ageCol = !col.age_band && byName.has('age') ? byName.get('age')! : null;
    sourceCol = byName.get('source') ?? null;
    categoryCols = schema.categories
      .filter((c) => col[c.column] || (c.column === 'age_band' && ageCol))
      .map((c) => ({ name: c.column, column: col[c.column] ?? ageCol!, values: new Set(c.values) }));
    rules = schema.rules
      .filter((r) => col[r.date] && (!r.where || col[r.where.column]))
      .map((r) => ({ item: r.item, date: col[r.date]!, where: r.where ? { column: col[r.where.column]!, values: new Set(r.where.values) } : null }));
    missingItems = schema.rules.filter((r) => !rules.some((k) => k.item === r.item)).map((r) => r.item);
    counts = rules.map(() => new Float64Array(32 * P));
    cells = rules.map(() => categoryCols.map(() => new Map<number, number>()));
    valueIndex = categoryCols.map(() => new Map<string, number>());
    valueList = categoryCols.map(() => []);
    itemPeriods = rules.map(() => new Set<number>());
    noDateReason = messages.extractRowNoDate(dateCols.map((d) => col[d]!));
    if (!rules.length) {
      throw new DataError({ file, row: 1, column: null, columnLetter: null, message: messages.extractNoDateColumns(schema.title, schema.dates) });
    }
  };

  const categoryIndex = (ci: number, r: Record<string, string>, row: number): number => {
    const value = categoryOf(categoryCols[ci], r, row);
    let vi = valueIndex[ci].get(value);
    if (vi === undefined) valueIndex[ci].set(value, (vi = valueList[ci].push(value) - 1));
    return vi;
  };
  const categoryOf = (c: { name: string; column: string; values: Set<string> }, r: Record<string, string>, row: number): string => {
    const raw = (r[c.column] ?? '').trim();
    if (c.column === ageCol) {
      if (raw === '') return 'Unknown';
      const age = Number(raw);
      if (!Number.isInteger(age) || age < 0 || age > 120) {
        problem(row, c.column, messages.extractBadAge(raw));
        return 'Unknown';
      }
      const band = ageBand(age);
      if (band === null) tally(underAge, '', row);
      return band ?? 'Under 16';
    }
    if (raw === '') return BLANK[c.name] ?? 'Unknown';
    if (!c.values.has(raw)) tally(unexpected, `${c.column}\u0001${raw}`, row);
    return raw;
  };

  const stream = streamRecords(source, { batchSize: options.batchSize ?? 50_000 });
  try {
    for await (const batch of stream) {
      warnings.push(...batch.warnings);
      if (!schema || !rules.length) setUp(batch.header);
      const s = schema!;
      const dates: (When | null)[] = dateCols.map(() => null);
      const categories: number[] = categoryCols.map(() => 0);
      const order = s.order.map(([a, b]) => [dateCols.indexOf(a), dateCols.indexOf(b)] as const).filter(([a, b]) => a >= 0 && b >= 0);
      const ruleDate = rules.map((rule) => dateCols.findIndex((d) => col[d] === rule.date));
      for (let k = 0; k < batch.records.length; k++) {
        const r = batch.records[k];
        const row = batch.rows[k];
        read++;
        let bad = false;
        // id: given and unique
        const id = (r[col[s.id]!] ?? '').trim();
        if (id === '') (problem(row, col[s.id], messages.extractBlankId(s.id)), (bad = true));
        else {
          const first = rowOfId.get(id);
          if (first !== undefined) (problem(row, col[s.id], messages.extractRepeatedId(s.id, id, first)), (bad = true));
          else rowOfId.set(id, row);
        }
        // area: a council area, by code or name
        const rawArea = (r[col.area!] ?? '').trim();
        let area = areaCodes.get(rawArea);
        if (area === undefined) {
          area = -1;
          if (rawArea !== '') {
            try {
              const resolved = resolveArea(rawArea);
              if (resolved.type === 'council') {
                area = areaList.indexOf(resolved.code);
                if (area < 0) area = areaList.push(resolved.code) - 1;
              }
            } catch {
              /* listed below */
            }
          }
          areaCodes.set(rawArea, area);
        }
        if (area < 0) {
          bad = true;
          problem(row, col.area, rawArea === '' ? messages.extractBlankArea() : areaProblem(rawArea));
        }
        // dates: readable, not in the future; in order
        for (let d = 0; d < dateCols.length; d++) {
          const raw = (r[col[dateCols[d]]!] ?? '').trim();
          dates[d] = null;
          if (raw === '') continue;
          const p = periodOf(raw);
          if (!p) (problem(row, col[dateCols[d]], messages.extractBadDate(raw)), (bad = true));
          else if (p.key > todayKey) (problem(row, col[dateCols[d]], messages.extractFutureDate(raw)), (bad = true));
          else dates[d] = p;
        }
        if (bad) continue;
        for (const [a, b] of order) {
          const da = dates[a];
          const db = dates[b];
          if (da && db && db.key < da.key) tally(outOfOrder, `${a}\u0001${b}`, row);
        }
        for (let c = 0; c < categoryCols.length; c++) categories[c] = categoryIndex(c, r, row);
        if (sourceCol && sourceValue === null) sourceValue = (r[sourceCol] ?? '').trim() || null;
        let used = false;
        for (let k2 = 0; k2 < rules.length; k2++) {
          const rule = rules[k2];
          if (rule.where && !rule.where.values.has((r[rule.where.column] ?? '').trim())) continue;
          const when = dates[ruleDate[k2]];
          if (!when) {
            if (rule.where) tally(noDateForOutcome, rule.item, row);
            continue;
          }
          used = true;
          const cell = area * P + when.period;
          counts[k2][cell]++;
          itemPeriods[k2].add(when.period);
          const ruleCells = cells[k2];
          for (let c = 0; c < categories.length; c++) {
            const key = cell * V + categories[c];
            ruleCells[c].set(key, (ruleCells[c].get(key) ?? 0) + 1);
          }
        }
        if (used) counted++;
        else tally(notCounted, noDateReason, row);
      }
      options.onProgress?.(read);
    }
  } catch (e) {
    if (!(e instanceof DataError)) throw e;
    for (const i of e.issues) {
      if (problems.length < MAX_PROBLEMS) problems.push(i);
      else unlisted++;
    }
  }
  if (read === 0 && !problems.length) problems.push({ file, row: null, column: null, columnLetter: null, message: messages.extractEmpty() });
  if (problems.length) {
    if (unlisted) problems.push({ file, row: null, column: null, columnLetter: null, message: messages.extractMoreProblems(unlisted) });
    throw new DataError(problems);
  }
  const s = schema!;

  // every row read and not counted, and every value to look at, said once
  for (const [key, t] of unexpected) {
    const [column, value] = key.split('\u0001');
    const documented = s.categories.find((c) => col[c.column] === column)?.values ?? [];
    warnings.push({ file, row: t.firstRows[0], column, columnLetter: letterOf.get(column) ?? null, message: messages.extractUnexpectedValue(value, t.rows, t.firstRows, documented) });
  }
  for (const [key, t] of outOfOrder) {
    const [a, b] = key.split('\u0001').map((i) => dateCols[Number(i)]);
    warnings.push({ file, row: t.firstRows[0], column: col[b], columnLetter: letterOf.get(col[b]!) ?? null, message: messages.extractDatesOutOfOrder(col[a]!, col[b]!, t.rows, t.firstRows) });
  }
  for (const [item, t] of noDateForOutcome) {
    const rule = s.rules.find((r) => r.item === item)!;
    warnings.push({ file, row: t.firstRows[0], column: col[rule.date], columnLetter: letterOf.get(col[rule.date]!) ?? null, message: messages.extractOutcomeWithoutDate(item, rule.where!.column, col[rule.date]!, t.rows, t.firstRows) });
  }
  for (const t of underAge.values()) warnings.push({ file, row: t.firstRows[0], column: ageCol, columnLetter: letterOf.get(ageCol!) ?? null, message: messages.extractUnder16(t.rows, t.firstRows) });
  const rowsNotCounted: RowsNotCounted[] = [...notCounted].map(([reason, t]) => ({ reason, rows: t.rows, firstRows: t.firstRows }));
  for (const n of rowsNotCounted) warnings.push({ file, row: n.firstRows[0], column: null, columnLetter: null, message: messages.extractRowsNotCounted(n.rows, n.reason, n.firstRows) });
  if (missingItems.length) warnings.push({ file, row: 1, column: null, columnLetter: null, message: messages.extractItemsNotCounted(missingItems) });

  // every item × area × year from the item's first year to its last, 0 where nothing happened
  const sourceText = sourceValue ?? `${s.title}, ${baseName(file)}`;
  const areaOrder = areaList.map((code, i) => [code, i] as const).sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const observations: CountedObservation[] = [];
  const breakdowns: BreakdownCount[] = [];
  const items: string[] = [];
  rules.forEach((rule, k) => {
    if (!itemPeriods[k].size) return;
    items.push(rule.item);
    const sorted = sortPeriods([...itemPeriods[k]].map((i) => periodList[i]));
    const periods = periodRange(sorted[0], sorted[sorted.length - 1]).map((label) => [label, periodIndex.get(label) ?? -1] as const);
    // a first year far below the others: the extract may start part-way through it
    const totals = periods.map(([, pi]) => (pi < 0 ? 0 : areaOrder.reduce((t, [, ai]) => t + counts[k][ai * P + pi], 0)));
    const later = totals.slice(1).sort((a, b) => a - b);
    const median = later.length ? (later[(later.length - 1) >> 1] + later[later.length >> 1]) / 2 : 0;
    if (later.length >= 2 && totals[0] < median / 2) {
      warnings.push({ file, row: null, column: rule.date, columnLetter: letterOf.get(rule.date) ?? null, message: messages.extractFirstYearPartial(rule.item, periods[0][0], totals[0], median) });
    }
    for (const [area, ai] of areaOrder) {
      for (const [period, pi] of periods) {
        observations.push({ indicator: rule.item, area, period, numerator: pi < 0 ? 0 : counts[k][ai * P + pi], denominator: null, status: 'published', source: sourceText });
      }
    }
    categoryCols.forEach((c, ci) => {
      const seen = new Set<string>();
      for (const key of cells[k][ci].keys()) seen.add(valueList[ci][key % V]);
      const categories = [...c.values].filter((v) => seen.has(v)).concat([...seen].filter((v) => !c.values.has(v)).sort());
      for (const [area, ai] of areaOrder) {
        for (const [period, pi] of periods) {
          for (const category of categories) {
            const vi = valueIndex[ci].get(category)!;
            const count = pi < 0 ? 0 : cells[k][ci].get((ai * P + pi) * V + vi) ?? 0;
            breakdowns.push({ item: rule.item, breakdown: c.name, category, area, period, count });
          }
        }
      }
    });
  });
  return { file, schema: s, source: sourceText, observations, breakdowns, items, missingItems, areas: areaOrder.map(([code]) => code), read, counted, notCounted: rowsNotCounted, warnings };
}

function areaProblem(raw: string): string {
  try {
    const r = resolveArea(raw);
    return messages.extractNotCouncil(raw, r.name);
  } catch (e) {
    return (e as Error).message;
  }
}

function baseName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}
