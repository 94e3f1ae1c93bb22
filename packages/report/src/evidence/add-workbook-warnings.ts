import type { SmallCountRule } from '@cjsnsa/core';
import { printDataWarnings } from '../cli/print-data-warnings.js';
import type { SnsaData } from '../data/load-snsa-data.js';
import { freeTextWarnings } from './free-text-warnings.js';
import type { EvidenceWorkbook } from './read-evidence-workbook.js';

/**
 * The evidence workbook's warnings (its own, and `freeTextWarnings` on its
 * free text with the run's small-count rule) printed to stderr grouped by
 * kind, or with `strict` an error before anything is written, and added to
 * the data's warnings, which every report's Warnings box shows.
 */
export function addWorkbookWarnings(workbook: EvidenceWorkbook, data: Pick<SnsaData, 'warningIssues' | 'warnings'>, rule: SmallCountRule, strict: boolean): void {
  const warnings = [...workbook.warnings, ...freeTextWarnings(workbook, rule)];
  if (!warnings.length) return;
  printDataWarnings({ warningIssues: warnings }, strict);
  data.warningIssues.push(...warnings);
  data.warnings.push(...warnings.map((w) => `${w.file}, row ${w.row}, column ${w.column}: ${w.message}`));
}
