import type { SnsaData } from '../data/load-snsa-data.js';
import { messages } from '../messages.js';
import { groupWarnings, warningGroupLine } from '../output/group-warnings.js';
import { terminalText } from './terminal-text.js';

/**
 * Print the warnings about the data to stderr grouped by kind (how many, the
 * first in full, where it is), as every report's Warnings box shows them;
 * with `--strict`, stop instead, naming them (the run ends with exit code 1
 * before anything is written).
 */
export function printDataWarnings(data: Pick<SnsaData, 'warningIssues'>, strict: boolean): void {
  const groups = groupWarnings(data.warningIssues);
  if (!groups.length) return;
  const total = groups.reduce((n, g) => n + g.count, 0);
  const list = groups.map((g) => `  - ${warningGroupLine(g)}\n`).join('');
  if (strict) throw new Error(`${messages.strictWarnings(total, groups.length)}\n${list.trimEnd()}`);
  process.stderr.write(terminalText(`snsa: ${messages.dataWarnings(total, groups.length)}\n${list}`));
}
