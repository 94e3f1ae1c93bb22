import { readTable, streamRecords, type DataWarning, type TableSource } from '@cjsnsa/core';

/**
 * Internal (not re-exported): every record of a register file with its Excel row number, its header and the
 * reading warnings; a register with a header and no records still gives its header.
 */
export async function readRegisterRecords(
  source: TableSource,
): Promise<{ file: string; header: string[]; records: Record<string, string>[]; rows: number[]; warnings: DataWarning[] }> {
  const file = typeof source === 'string' ? source : source.name;
  let header: string[] = [];
  const records: Record<string, string>[] = [];
  const rows: number[] = [];
  const warnings: DataWarning[] = [];
  for await (const batch of streamRecords(source)) {
    header = batch.header;
    records.push(...batch.records);
    rows.push(...batch.rows);
    warnings.push(...batch.warnings);
  }
  // a register with a header and no services yields no batch
  if (records.length === 0) header = (await readTable(source)).columnNames();
  return { file, header, records, rows, warnings };
}
