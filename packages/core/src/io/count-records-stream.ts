import type { ColumnTable } from 'arquero';
import { countRecords, type CountRecordsOptions } from '../aggregate/count-records.js';
import { fromRows } from '../aggregate/rows.js';
import { messages } from '../messages.js';
import { parsePeriod } from '../periods/parse-period.js';
import { periodRange } from '../periods/period-range.js';
import { sortPeriods } from '../periods/sort-periods.js';
import { DataError, type DataIssue, type DataWarning } from './data-error.js';
import { MAX_LISTED_PROBLEMS, issue } from './issue-helpers.js';
import { streamRecords, type StreamRecordsOptions, type StreamSource } from './stream-records.js';

/**
 * Options for {@link countRecordsStream}: those of `countRecords`, those of
 * {@link streamRecords}, and
 * - `where`: count only the records for which this is true, e.g. those
 *   with a commencement date. __Default value:__ every record.
 *
 * @example
 * ```ts
 * const options: CountRecordsStreamOptions = { indicator: 'cases', area: 'area', date: 'start_date',
 *   periodKind: 'financial-year', by: ['measure'], source: 'case extract', where: (r) => r.start_date !== '' };
 * ```
 */
export interface CountRecordsStreamOptions extends CountRecordsOptions, StreamRecordsOptions {
  where?: (record: Record<string, string>) => boolean;
}

/**
 * What {@link countRecordsStream} returns: the observation table (as
 * `countRecords` gives), the warnings raised while reading, how many data
 * rows were read and how many of them were counted (those `where` kept).
 *
 * @example
 * ```ts
 * const { table, warnings, read, counted }: CountRecordsStreamResult = await countRecordsStream('cases.csv', options);
 * ```
 */
export interface CountRecordsStreamResult {
  table: ColumnTable;
  warnings: DataWarning[];
  read: number;
  counted: number;
}

/**
 * Count an individual-level CSV extract of any size into observation rows,
 * streaming it: the same result as `countRecords` on the whole file, without
 * holding the file in memory (memory depends on `batchSize` and the number
 * of area × period × breakdown cells, not on the number of records).
 *
 * Each batch from {@link streamRecords} is counted with `countRecords` and
 * the counts added up; the output is the full cross of areas × periods ×
 * breakdown values (from `frame`, or those seen in the whole file), absent
 * combinations counted 0. Every problem (a blank area or date, an
 * unreadable date, a value outside the frame, a row with extra cells) is
 * collected across the whole file and thrown at the end as one
 * {@link DataError}, by row and column; a quoting problem (unbalanced
 * quotes) stops the reading where it is, as it cannot go on past it,
 * and is listed with the problems found before it.
 *
 * @param source - a CSV path, or `{ name, data }` (see {@link StreamSource}).
 * @param options - see {@link CountRecordsStreamOptions}.
 * @returns a promise of {@link CountRecordsStreamResult}.
 * @throws {@link DataError} listing every problem (the first 1,000, then a count).
 * @example
 * ```ts
 * // cases.csv: case_id,area,measure,start_date,age_band,sex — 3 million rows
 * const { table, counted } = await countRecordsStream('cases.csv', {
 *   indicator: 'cases', area: 'area', date: 'start_date', periodKind: 'financial-year',
 *   by: ['measure'], source: 'case management extract' });
 * table.objects()[0];
 * // { indicator: 'cases', area: 'S12000005', period: '2017-18', numerator: 1203, denominator: null,
 * //   status: 'published', source: 'case management extract', measure: 'cpo-commenced',
 * //   group: 'measure', breakdown: 'cpo-commenced' }
 * ```
 */
export async function countRecordsStream(source: StreamSource, options: CountRecordsStreamOptions): Promise<CountRecordsStreamResult> {
  const file = typeof source === 'string' ? source : source.name;
  const by = options.by ?? [];
  const { where, batchSize, headerRow, ...countOptions } = options;
  const counts = new Map<string, number>();
  const seen: Record<string, Set<string>> = { area: new Set(), period: new Set() };
  for (const b of by) seen[b] = new Set();
  const warnings: DataWarning[] = [];
  const problems: DataIssue[] = [];
  let unlisted = 0;
  let read = 0;
  let counted = 0;

  const stream = streamRecords(source, { batchSize, headerRow });
  try {
    for await (const batch of stream) {
      warnings.push(...batch.warnings);
      read += batch.records.length;
      let records = batch.records;
      let rows = batch.rows;
      if (where) {
        records = [];
        rows = [];
        batch.records.forEach((r, i) => {
          if (where(r)) (records.push(r), rows.push(batch.rows[i]));
        });
      }
      if (!records.length) continue;
      let table: ColumnTable;
      try {
        table = countRecords(records, countOptions);
      } catch (e) {
        if (!(e instanceof DataError)) throw e;
        // countRecords numbers records from 2 (a header as row 1): map back to the file's rows
        for (const i of e.issues) {
          if (problems.length >= MAX_LISTED_PROBLEMS) unlisted++;
          else problems.push({ ...i, file, row: i.row === null ? null : rows[i.row - 2] ?? null });
        }
        continue;
      }
      counted += records.length;
      const areas = table.array('area') as string[];
      const periods = table.array('period') as string[];
      const numerators = table.array('numerator') as number[];
      const levels = by.map((b) => table.array(b) as string[]);
      for (let i = 0; i < areas.length; i++) {
        seen.area.add(areas[i]);
        seen.period.add(periods[i]);
        let key = `${areas[i]}\u0001${periods[i]}`;
        for (let j = 0; j < by.length; j++) {
          seen[by[j]].add(levels[j][i]);
          key += `\u0001${levels[j][i]}`;
        }
        if (numerators[i]) counts.set(key, (counts.get(key) ?? 0) + numerators[i]);
      }
    }
  } catch (e) {
    if (!(e instanceof DataError)) throw e;
    // problems found while reading (quoting, extra cells) come at the end: list them with the counting ones
    for (const i of e.issues) {
      if (problems.length >= MAX_LISTED_PROBLEMS) unlisted++;
      else problems.push(i);
    }
  }
  if (problems.length) {
    problems.sort((a, b) => (a.row ?? Infinity) - (b.row ?? Infinity));
    if (unlisted) problems.push(issue(messages.moreProblems(unlisted), { file }));
    throw new DataError(problems);
  }

  const frame = options.frame ?? {};
  const areas = frame.area ? [...frame.area] : [...seen.area].sort();
  let periods: string[];
  if (frame.period) periods = sortPeriods(frame.period);
  else if (seen.period.size === 0) periods = [];
  else {
    const sorted = sortPeriods([...seen.period]);
    periods = periodRange(sorted[0], sorted[sorted.length - 1]);
  }
  let combos: string[][] = [[]];
  for (const b of by) {
    const level = frame[b] ? [...frame[b]!] : [...seen[b]].sort();
    combos = combos.flatMap((c) => level.map((v) => [...c, v]));
  }
  const out: Record<string, unknown>[] = [];
  for (const area of areas) {
    for (const period of periods) {
      for (const combo of combos) {
        const row: Record<string, unknown> = {
          indicator: options.indicator,
          area,
          period: parsePeriod(period).label,
          numerator: counts.get([area, period, ...combo].join('\u0001')) ?? 0,
          denominator: null,
          status: 'published',
          source: options.source,
        };
        by.forEach((b, j) => (row[b] = combo[j]));
        if (by.length) {
          row.group = by.join(' × ');
          row.breakdown = combo.join(' × ');
        }
        out.push(row);
      }
    }
  }
  const table = fromRows(out, ['indicator', 'area', 'period', 'numerator', 'denominator', 'status', 'source', ...by, ...(by.length ? ['group', 'breakdown'] : [])]);
  return { table, warnings, read, counted };
}
