import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { describeTarget, formatMs, type Figure, type GroupId } from './figure.js';
import type { MachineFacts } from './machine.js';

/** The contents of `bench/results.json`. */
export interface BenchResults {
  /** Version of this file's layout. */
  format: 'cjsnsa-bench/1';
  machine: MachineFacts;
  /** The arguments given to `pnpm bench`. */
  arguments: string[];
  groups: GroupId[];
  skippedGroups: GroupId[];
  figures: Figure[];
}

/**
 * The figures as a plain-text table, one line per figure, notes below.
 *
 * @example
 * ```ts
 * console.log(formatTable(figures));
 * // Figure            Median    Runs  Target    Result  Ratio  What
 * // national.compute  212.4 ms  15    < 100 ms  FAIL           computeIndicators: …
 * ```
 */
export function formatTable(figures: readonly Figure[]): string {
  const head = ['Figure', 'Median', 'Runs', 'Target', 'Result', 'Ratio', 'What'];
  const rows = figures.map((f) => [
    f.id,
    formatMs(f.medianMs),
    f.runs ? String(f.runs) : '',
    describeTarget(f.target),
    f.result === 'pass' ? 'PASS' : f.result === 'fail' ? 'FAIL' : f.result === 'no target' ? '' : f.result,
    f.ratio === null ? '' : `${f.ratio.toFixed(2)}× ${f.ratioOf}`,
    f.name,
  ]);
  const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const line = (cells: string[]) => cells.map((v, c) => (c === 1 ? v.padStart(widths[c]) : v.padEnd(widths[c]))).join('  ').trimEnd();
  const out = [line(head), widths.map((w) => '-'.repeat(w)).join('  ')];
  let group: GroupId | null = null;
  for (let i = 0; i < rows.length; i++) {
    if (figures[i].group !== group && group !== null) out.push('');
    group = figures[i].group;
    out.push(line(rows[i]));
  }
  const notes = figures.filter((f) => f.note);
  if (notes.length) {
    out.push('', 'Notes:');
    for (const f of notes) out.push(`  ${f.id}: ${f.note}`);
  }
  return out.join('\n');
}

/**
 * Write the results as stable, reviewable JSON (two-space indent, figures in
 * run order, times rounded to 0.1 ms, a final newline).
 *
 * @example
 * ```ts
 * writeResults('bench/results.json', results);
 * ```
 */
export function writeResults(file: string, results: BenchResults): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
}
