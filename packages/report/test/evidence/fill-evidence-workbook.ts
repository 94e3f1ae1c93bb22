// Test helper: fill in a template as a coordinator would, cell by cell, with exceljs.
import ExcelJS from 'exceljs';
import { EVIDENCE_SHEETS } from '../../src/index.js';

/** Cells to set: sheet role → Excel address → value. */
export type Entries = Partial<Record<'scores' | 'measures' | 'evidence' | 'annual', Record<string, string | number | Date | null>>>;

export async function fillEvidenceWorkbook(template: Uint8Array, entries: Entries): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(template) as unknown as ArrayBuffer);
  for (const [role, cells] of Object.entries(entries)) {
    const ws = wb.getWorksheet(EVIDENCE_SHEETS[role as keyof Entries])!;
    for (const [address, value] of Object.entries(cells ?? {})) ws.getCell(address).value = value;
  }
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
