import { spreadsheetSafe } from '@cjsnsa/charts';
import { CSV_COLUMN_RENAMES } from './column-dictionary.js';

/**
 * The export stamp every CSV of a pack carries, after FingertipsNext's CSV
 * exports: where the figures come from, their licence, the date produced,
 * the area and the periods. Confidence levels go in the interval columns'
 * names ({@link CSV_COLUMN_RENAMES}).
 *
 * The stamp is written as trailing columns with the same value on every
 * row, not as leading `#` comment lines: R's `read.csv`, readr, pandas and
 * arquero's `fromCSV`/core `readTable` all read a CSV with their defaults
 * only when its first line is the header, and comment lines would become
 * the header or rows of data. Extra columns cost a reader nothing:
 * `subset(x, select = -c(pack_source, …))` or arquero's `select(not(…))`.
 *
 * @example
 * ```ts
 * const stamp: CsvExportStamp = csvExportStamp(pack);
 * stampCsv('area,value\nS12000039,4.2\n', stamp); // the same rows with pack_source, pack_licence, … columns added
 * ```
 */
export interface CsvExportStamp {
  /** Every source of the pack's figures, joined by `" | "`. */
  pack_source: string;
  /** Licence of the sources, in words. */
  pack_licence: string;
  /** ISO date the pack was produced. */
  pack_produced: string;
  /** The pack's council area: `Dumfries and Galloway (S12000006)`. */
  pack_area: string;
  /** Earliest and latest period of the pack's results: `2019-20 to 2023-24`. */
  pack_period: string;
}

/** One CSV field, quoted when it holds a comma, quote or line break. */
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The records of CSV text with their line endings, split where a line break is outside quotes. */
function csvRecords(text: string): { record: string; end: string }[] {
  const out: { record: string; end: string }[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) {
      const end = ch === '\r' && text[i + 1] === '\n' ? '\r\n' : ch;
      out.push({ record: text.slice(start, i), end });
      i += end.length - 1;
      start = i + 1;
    }
  }
  if (start < text.length) out.push({ record: text.slice(start), end: '\n' });
  return out;
}

/** The fields of one header record (names are short; quoted names are unquoted). */
function headerFields(record: string): string[] {
  const fields: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < record.length; i++) {
    const ch = record[i];
    if (quoted) {
      if (ch === '"' && record[i + 1] === '"') (cur += '"'), i++;
      else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') fields.push(cur), (cur = '');
    else cur += ch;
  }
  fields.push(cur);
  return fields;
}

/**
 * CSV text with its interval columns renamed to carry their confidence
 * level ({@link CSV_COLUMN_RENAMES}) and the {@link CsvExportStamp}
 * appended as columns, the same value on every row. Every other byte of
 * the data rows is kept as written; stamp values are
 * {@link spreadsheetSafe}. Empty text stays empty.
 *
 * @example
 * ```ts
 * stampCsv('period,value,lower,upper\n2023-24,4,1,9\n', stamp).split('\n')[0];
 * // 'period,value,lower_95_ci,upper_95_ci,pack_source,pack_licence,pack_produced,pack_area,pack_period'
 * ```
 */
export function stampCsv(csv: string, stamp: CsvExportStamp): string {
  const records = csvRecords(csv);
  if (!records.length) return csv;
  const names = Object.keys(stamp) as (keyof CsvExportStamp)[];
  const tail = names.map((n) => csvField(String(spreadsheetSafe(stamp[n])))).join(',');
  const header = headerFields(records[0]!.record).map((f) => csvField(CSV_COLUMN_RENAMES[f] ?? f));
  return records
    .map(({ record, end }, i) => `${i === 0 ? [...header, ...names].join(',') : record.length ? `${record},${tail}` : record}${end}`)
    .join('');
}
