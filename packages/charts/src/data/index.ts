export type { ResultRow } from './ResultRow.js';
export * from './toRows.js';
export * from './withholdSuppressed.js';
export * from './formatValue.js';
export * from './toCSV.js';
export * from './spreadsheetSafe.js';
