import { parse } from 'csv-parse/sync';

/** Internal: the delimiters a CSV may use. */
export type CsvDelimiter = ',' | ';' | '\t';

const CANDIDATES: readonly CsvDelimiter[] = [',', ';', '\t'];
/** How many non-blank rows the delimiter is told from. */
const HEAD_ROWS = 20;

/**
 * Internal: the delimiter of a CSV, told from its first 20 non-blank rows
 * (`head`: the start of the file as text; a row cut short at its end does
 * not matter). The head is split with csv-parse on each of `,`, `;` and tab
 * (so a delimiter inside a quoted value is not counted), and the one that
 * splits the most rows into the same number of cells wins (a table's rows
 * agree; a title or a note above them, or a `;` inside a status, does not),
 * then the one giving more cells; a comma when none splits anything.
 *
 * @example
 * ```ts
 * detectDelimiter('area;count\nS12000039;"1.234,5"\n'); // ';'
 * detectDelimiter('Note: a; b; c\narea,status\nA,suppressed; synthetic\n'); // ','
 * ```
 */
export function detectDelimiter(head: string): CsvDelimiter {
  let best: { delimiter: CsvDelimiter; rows: number; cells: number } = { delimiter: ',', rows: 0, cells: 0 };
  for (const delimiter of CANDIDATES) {
    // rows of n > 1 cells → how many rows have n cells
    const tally = new Map<number, number>();
    try {
      parse(head, {
        delimiter,
        bom: true,
        relax_quotes: true,
        relax_column_count: true,
        skip_empty_lines: true,
        to: HEAD_ROWS,
        on_record: (record: string[]) => {
          if (record.length > 1) tally.set(record.length, (tally.get(record.length) ?? 0) + 1);
          return null;
        },
      });
    } catch {
      // a quote left open (or a row cut short) at the end of the head: the rows before it were counted
    }
    for (const [cells, rows] of tally) {
      if (rows > best.rows || (rows === best.rows && cells > best.cells)) best = { delimiter, rows, cells };
    }
  }
  return best.delimiter;
}
