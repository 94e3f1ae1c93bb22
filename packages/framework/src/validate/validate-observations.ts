import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { DataError, type DataIssue, type DataWarning, type ObservationColumn, type ReadObservationsResult } from '@cjsnsa/core';
import { indicatorDefinitions } from '../definitions/indicator-definitions.js';
import { COUNCIL_AREAS } from '../geography/council-areas.js';
import { SCOTLAND } from '../geography/scotland.js';
import { messages } from '../messages.js';
import type { ObservationChecksOptions } from './observation-checks.js';
import { proportionPairs } from './proportion-pairs.js';

/**
 * What {@link validateObservations} returns: the observations of every file
 * in one table (totals rows left out, repeats read once) and every warning,
 * those of the reads first.
 *
 * @example
 * ```ts
 * const { table, warnings }: ValidatedObservations = validateObservations([a, b]);
 * ```
 */
export interface ValidatedObservations {
  table: ColumnTable;
  warnings: DataWarning[];
}

interface Located {
  read: number;
  index: number;
  file: string;
  row: number;
  obs: Record<string, unknown>;
}

const COUNCILS = new Set(COUNCIL_AREAS.map((a) => a.code));
const keyOf = (o: Record<string, unknown>, area = o.area) => [o.indicator, area, o.period, o.breakdown ?? '', o.group ?? ''].join(' | ');

/**
 * The framework's checks across the rows of observation files read by
 * `readObservations` (best with {@link observationChecks} as its `check`,
 * and `onProblems: 'return'`, so that the problems of the reads and these
 * are listed together), naming file, row and column from each read's
 * `origin`:
 *
 * - **Totals rows**: a Scotland row (`S92000003`, or one read from
 *   `Scotland`/`Total`) for a data item, period and breakdown that also has
 *   council-area rows is left out, with a warning, since cjsnsa computes
 *   Scotland as the sum of the areas. Its value is checked against that sum
 *   (all 32 areas present: it must equal it; fewer: it must not be below
 *   it), with a warning when it disagrees. Scotland rows of a national-only
 *   series (no area rows) are kept.
 * - **Proportions across data items**: for a strict proportion (see
 *   {@link ObservationChecksOptions}), a numerator item's count above the
 *   denominator item's count for the same area, period and breakdown is a
 *   problem (e.g. CPOs completed above CPOs terminated, for NI4).
 * - **The same observation in two files**: a problem when the values
 *   differ; read once, with a warning, when the rows are identical.
 *
 * @param reads - results of `readObservations`, one per file.
 * @param options - see {@link ObservationChecksOptions}.
 * @returns the observations in one table and every warning.
 * @throws DataError listing every problem by file, row and column: those
 *   the reads returned and those found here.
 * @example
 * ```ts
 * const reads = [await readObservations('cpo.csv', { check: observationChecks() })];
 * const { table, warnings } = validateObservations(reads);
 * // a "Scotland" row among the 32 council areas: left out, with a warning
 * ```
 */
export function validateObservations(reads: readonly ReadObservationsResult[], options: ObservationChecksOptions = {}): ValidatedObservations {
  const problems: DataIssue[] = reads.flatMap((r) => r.problems ?? []);
  const warnings: DataWarning[] = reads.flatMap((r) => r.warnings);
  const at = (l: Located, column: ObservationColumn | null) => {
    const c = column ? reads[l.read].origin.columns[column] : null;
    return { file: l.file, row: l.row, column: c?.column ?? null, columnLetter: c?.columnLetter ?? null };
  };
  const rows: Located[] = [];
  reads.forEach((r, read) => {
    const objects = r.table.objects() as Record<string, unknown>[];
    objects.forEach((obs, index) => rows.push({ read, index, file: r.origin.file, row: r.origin.rows[index], obs }));
  });
  const dropped = new Set<Located>();

  // the same observation in two files
  const first = new Map<string, Located>();
  for (const l of rows) {
    const key = keyOf(l.obs);
    const f = first.get(key);
    if (!f) {
      first.set(key, l);
      continue;
    }
    const same = ['numerator', 'denominator', 'status', 'source'].every((c) => f.obs[c] === l.obs[c]);
    if (same) {
      warnings.push({ ...at(l, null), message: messages.duplicateAcrossFilesIdentical(f.file, f.row) });
      dropped.add(l);
    } else problems.push({ ...at(l, null), message: messages.duplicateAcrossFiles(key, f.file, f.row) });
  }

  // totals rows among area rows
  const groups = new Map<string, { total: Located[]; areas: Located[] }>();
  for (const l of rows) {
    if (dropped.has(l)) continue;
    const key = keyOf(l.obs, '');
    const g = groups.get(key) ?? { total: [], areas: [] };
    (l.obs.area === SCOTLAND.code ? g.total : g.areas).push(l);
    groups.set(key, g);
  }
  for (const g of groups.values()) {
    if (!g.total.length || !g.areas.length) continue;
    const covered = new Set<string>();
    let sum = 0;
    let complete = true;
    for (const a of g.areas) {
      for (const code of String(a.obs.area).split(';')) if (COUNCILS.has(code)) covered.add(code);
      if (typeof a.obs.numerator === 'number') sum += a.obs.numerator;
      else complete = false;
    }
    complete &&= covered.size === COUNCILS.size;
    for (const t of g.total) {
      dropped.add(t);
      warnings.push({ ...at(t, 'area'), message: messages.totalsRowLeftOut(String(t.obs.indicator), String(t.obs.period)) });
      const total = t.obs.numerator;
      if (typeof total !== 'number') continue;
      if ((complete && sum !== total) || (!complete && sum > total)) {
        warnings.push({ ...at(t, 'numerator'), message: messages.totalsDisagree(total, sum, g.areas.length) });
      }
    }
  }

  // a numerator item above its denominator item
  const kept = rows.filter((l) => !dropped.has(l));
  const byItem = new Map<string, Located>();
  for (const l of kept) byItem.set(keyOf(l.obs), l);
  for (const p of proportionPairs(options.definitions ?? indicatorDefinitions(), options.proportions)) {
    if (p.numerator.item === p.denominator.item) continue; // checked row by row (observationChecks)
    for (const l of kept) {
      if (l.obs.indicator !== p.numerator.item) continue;
      const d = byItem.get(keyOf({ ...l.obs, indicator: p.denominator.item }));
      const n = l.obs[p.numerator.field];
      const dv = d?.obs[p.denominator.field];
      if (d && typeof n === 'number' && typeof dv === 'number' && n > dv) {
        const where = d.file === l.file ? `row ${d.row}` : `${d.file}, row ${d.row}`;
        problems.push({ ...at(l, p.numerator.field), message: messages.numeratorAboveDenominatorItem(n, p.denominator.item, dv, where, p.indicators) });
      }
    }
  }

  if (problems.length) {
    const order = new Map(reads.map((r, i) => [r.origin.file, i]));
    problems.sort((a, b) => (order.get(a.file ?? '') ?? 0) - (order.get(b.file ?? '') ?? 0) || (a.row ?? 0) - (b.row ?? 0));
    throw new DataError(problems);
  }

  // one table: the union of the files' columns
  const columns: string[] = [];
  for (const r of reads) for (const c of r.table.columnNames()) if (!columns.includes(c)) columns.push(c);
  const data: Record<string, unknown[]> = Object.fromEntries(columns.map((c) => [c, []]));
  for (const l of kept) for (const c of columns) data[c].push(l.obs[c] === undefined ? null : l.obs[c]);
  return { table: aq.table(data), warnings };
}
