import { open } from 'node:fs/promises';
import { DataError, readSheets, type ReadObservationsOptions, type ReadObservationsResult, type TableSource } from '@cjsnsa/core';
import { messages } from '../messages.js';
import { checkImportedReads, type ImportResult } from './imported-observations.js';
import { importJswWorkbook, isJswWorkbook } from './read-jsw-workbook.js';
import { importStatisticsGovScot, isStatisticsGovScotHeader } from './statistics-gov-scot.js';

/** The first line of a CSV (up to 64 KB), to tell its layout without reading it all. */
async function firstLine(source: TableSource): Promise<string> {
  let head: string;
  if (typeof source !== 'string') head = typeof source.data === 'string' ? source.data.slice(0, 65536) : new TextDecoder().decode(source.data.subarray(0, 65536));
  else {
    const f = await open(source).catch(() => null);
    if (!f) return ''; // readObservations names the problem
    try {
      const buffer = new Uint8Array(65536);
      const { bytesRead } = await f.read(buffer, 0, buffer.length, 0);
      head = new TextDecoder().decode(buffer.subarray(0, bytesRead));
    } finally {
      await f.close();
    }
  }
  return head.split(/\r\n|\n|\r/)[0] ?? '';
}

/**
 * Internal: when a file is an official table as published (a Justice
 * Social Work workbook, told by its sheets; a statistics.gov.scot CSV, by
 * its header), its observations read and checked as `readObservations`
 * checks a partnership's own file (with `options.check`), every problem and
 * warning naming the official table's file, sheet, row and column; `null`
 * for any other file (and when `sheet` or `headerRow` is given: the caller
 * means a table of its own).
 */
export async function readOfficialTables(source: TableSource, options: ReadObservationsOptions): Promise<ReadObservationsResult[] | null> {
  if (options.sheet !== undefined || options.headerRow !== undefined) return null;
  const name = (typeof source === 'string' ? source : source.name).toLowerCase();
  let imported: ImportResult;
  if (name.endsWith('.xlsx')) {
    const read = await readSheets(source, { format: 'xlsx' });
    if (!isJswWorkbook(read)) return null;
    imported = importJswWorkbook(read);
  } else if (name.endsWith('.csv') || name.endsWith('.txt')) {
    if (!isStatisticsGovScotHeader((await firstLine(source)).split(',').map((h) => h.replace(/^\s*"|"\s*$/g, '')))) return null;
    imported = importStatisticsGovScot(await readSheets(source, { format: 'csv' }));
  } else return null;
  const reads = await checkImportedReads(imported, options);
  if (!reads.length) {
    const file = typeof source === 'string' ? source : source.name;
    throw new DataError(imported.problems.length ? imported.problems : [{ file, row: null, column: null, columnLetter: null, message: messages.noRowsInFile() }]);
  }
  reads[0].problems.push(...imported.problems);
  reads[0].warnings.unshift(...imported.warnings);
  return reads;
}
