import { basename } from 'node:path';
import type { DataIssue } from '@cjsnsa/core';
import { COUNCIL_AREAS } from '@cjsnsa/framework';
import type { WarningGroup } from '../snsa/pack-model.js';

const AREA_NAMES = [...new Set(COUNCIL_AREAS.flatMap((a) => [a.name]))].sort((a, b) => b.length - a.length);
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const AREA_NAME = new RegExp(`\\b(${AREA_NAMES.map(escapeRegExp).join('|')}|Scotland)\\b`, 'g');

/**
 * A warning message with what varies from row to row left out, so that
 * warnings of one kind read the same: quoted text becomes `"…"`, GSS codes
 * `S…`, council area names `<area>`, indicator ids `<indicator>`, periods
 * `<period>`, numbers `n`, and file names `<file>`.
 *
 * @example
 * ```ts
 * warningKind('Area "fife" read as Fife (S12000047).'); // 'Area "…" read as <area> (S…).'
 * ```
 */
export function warningKind(message: string): string {
  return message
    .replace(/"[^"]*"/g, '"…"')
    .replace(/\b[A-Za-z0-9_.~$-]+\.(csv|xlsx|xls|ods)\b/gi, '<file>')
    .replace(/\bS\d{8}\b/g, 'S…')
    .replace(AREA_NAME, '<area>')
    .replace(/\b(NI\d+[a-z]?|SM-[a-z0-9-]+)\b/g, '<indicator>')
    .replace(/\b\d{4}-\d{2}( Q[1-4])?\b/g, '<period>')
    .replace(/\d{1,3}(?:,\d{3})+(?:\.\d+)?%?|\d+(?:\.\d+)?%?/g, 'n')
    .replace(/(n|<\w+>|"…"|S…)(?:(?:,|,? and) (?:n|<\w+>|"…"|S…))+/g, '$1, …');
}

/** The grouping key: the kind, with singular and plural forms read as one. */
function kindKey(kind: string): string {
  return kind
    .toLowerCase()
    .replace(/, …/g, '')
    .replace(/\b(were|was)\b/g, 'was')
    .replace(/\b(are|is)\b/g, 'is')
    .replace(/\b(their|its)\b/g, 'its')
    .replace(/\b(\w{3,}?)s\b/g, '$1');
}

/**
 * Where a warning is: `file, row 3, column area`, or `''`.
 *
 * @example
 * ```ts
 * warningWhere({ file: '/data/bail.csv', row: 3, column: 'area', columnLetter: 'B', message: '…' }); // 'bail.csv, row 3, column area'
 * ```
 */
export function warningWhere(w: DataIssue): string {
  return [w.file ? basename(w.file) : null, w.row ? `row ${w.row}` : null, w.column ? `column ${w.column}` : null].filter(Boolean).join(', ');
}

/**
 * Warnings about the data grouped by kind ({@link warningKind}), in the
 * order each kind first appears: how many, the first one in full, and
 * where it is. 896 lower-case area codes are one group of 896, not 896
 * lines; the terminal, report.html and report.docx all show these groups.
 *
 * @param issues - `SnsaData.warningIssues`
 * @example
 * ```ts
 * groupWarnings([{ file: 'own.csv', row: 2, column: 'area', columnLetter: 'B', message: 'Area "fife" read as Fife (S12000047).' }]);
 * // [{ kind: 'Area "…" read as <area> (S…).', count: 1, example: 'Area "fife" read as Fife (S12000047).', where: 'own.csv, row 2, column area' }]
 * ```
 */
export function groupWarnings(issues: readonly DataIssue[]): WarningGroup[] {
  const groups = new Map<string, WarningGroup>();
  const seen = new Set<string>();
  for (const w of issues) {
    const where = warningWhere(w);
    const line = `${where}: ${w.message}`;
    if (seen.has(line)) continue; // the same warning twice (several files read the same) counts once
    seen.add(line);
    const kind = warningKind(w.message);
    const key = kindKey(kind);
    const g = groups.get(key);
    if (g) g.count++;
    else groups.set(key, { kind, count: 1, example: w.message, where });
  }
  return [...groups.values()];
}

/**
 * One group as a line of text: `12 × Area "…" read as <area> (S…). First: own.csv, row 2, column area: Area "fife" read as Fife (S12000047).`
 * (a group of one is its warning with its place).
 *
 * @example
 * ```ts
 * warningGroupLine({ kind: 'k', count: 1, example: 'Period 2025-26 is not over yet.', where: 'own.csv, row 3' });
 * // 'own.csv, row 3: Period 2025-26 is not over yet.'
 * ```
 */
export function warningGroupLine(g: WarningGroup): string {
  const first = g.where ? `${g.where}: ${g.example}` : g.example;
  return g.count === 1 ? first : `${g.count} warnings like this: ${g.kind} First: ${first}`;
}
