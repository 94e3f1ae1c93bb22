import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';

/** The same GROUP BY as countRecords, in DuckDB, over all-text columns like readTable's. */
const FINANCIAL_YEAR = `CAST(substr(start_date, 1, 4) AS INTEGER) - CASE WHEN substr(start_date, 6, 2) < '04' THEN 1 ELSE 0 END`;
const GROUP_BY = (from: string) => `SELECT area, measure, ${FINANCIAL_YEAR} AS fy, count(*)::INTEGER AS n FROM ${from} GROUP BY ALL`;

/** An in-process DuckDB database holding the case extract as table `cases`. */
export interface DuckDBCounter {
  /** Read the CSV with read_csv and count in one query (read + count). */
  readAndCount(): Promise<Map<string, number>>;
  /** Count the already-loaded `cases` table (count alone). */
  count(): Promise<Map<string, number>>;
  /** DuckDB's version and thread count. */
  describe: string;
  close(): void;
}

function toMap(rows: unknown[][]): Map<string, number> {
  const out = new Map<string, number>();
  for (const [area, measure, fy, n] of rows) {
    const y = Number(fy);
    out.set(`${area}|${y}-${String((y + 1) % 100).padStart(2, '0')}|${measure}`, Number(n));
  }
  return out;
}

/**
 * Open an in-memory DuckDB in this process and load the extract CSV into table
 * `cases` with `read_csv(..., all_varchar = true)`: every column text, as core
 * `readTable` gives it, so the count also parses the year and month from the
 * date text. DuckDB uses all cores (its default `threads`).
 *
 * @example
 * ```ts
 * const duck = await duckdbCounter('bench/.cache/cases.csv');
 * (await duck.count()).get('S12000039|2017-18|cpo-commenced'); // 1234
 * duck.close();
 * ```
 */
export async function duckdbCounter(csvPath: string): Promise<DuckDBCounter> {
  const instance = await DuckDBInstance.create(':memory:');
  const conn: DuckDBConnection = await instance.connect();
  const source = `read_csv('${csvPath.replace(/'/g, "''")}', header = true, all_varchar = true)`;
  await conn.run(`CREATE TABLE cases AS SELECT * FROM ${source}`);
  const facts = (await conn.runAndReadAll(`SELECT version(), current_setting('threads')`)).getRows()[0];
  return {
    async readAndCount() {
      return toMap((await conn.runAndReadAll(GROUP_BY(source))).getRows());
    },
    async count() {
      return toMap((await conn.runAndReadAll(GROUP_BY('cases'))).getRows());
    },
    describe: `DuckDB ${facts[0]}, ${facts[1]} threads`,
    close() {
      conn.closeSync();
      instance.closeSync();
    },
  };
}
