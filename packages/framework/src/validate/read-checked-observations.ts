import { DataError, readObservations, type DataIssue, type ReadObservationsOptions, type ReadObservationsResult, type TableSource } from '@cjsnsa/core';
import { observationChecks, type ObservationChecksOptions } from './observation-checks.js';
import { validateObservations, type ValidatedObservations } from './validate-observations.js';

/**
 * Options of {@link readCheckedObservations}: those of `readObservations`
 * (applied to every file) and of {@link observationChecks}.
 *
 * @example
 * ```ts
 * const options: ReadCheckedObservationsOptions = { source: 'Our case management system' };
 * ```
 */
export type ReadCheckedObservationsOptions = Omit<ReadObservationsOptions, 'check'> & ObservationChecksOptions;

/**
 * Read a partnership's observation files and check them as `snsa --data`
 * does: each file with `readObservations` and {@link observationChecks},
 * then all of them together with {@link validateObservations} (on the
 * rows that read without problems, so that problems of both kinds are
 * found in one pass): unknown data items, areas and periods, impossible
 * counts, proportions and breakdowns, files with no rows. Every
 * problem in every file is listed in one `DataError`, by file, row and
 * column, so a user fixes them all in one pass; nothing is returned then.
 *
 * @param sources - the files (paths or `{ name, data }`).
 * @param options - see {@link ReadCheckedObservationsOptions}.
 * @returns a promise of the observations in one table and every warning.
 * @throws DataError listing every problem in every file.
 * @example
 * ```ts
 * const { table, warnings } = await readCheckedObservations(['own/diversion.csv', 'own/cpo.xlsx']);
 * for (const w of warnings) console.warn(`${w.file}, row ${w.row}: ${w.message}`);
 * ```
 */
export async function readCheckedObservations(sources: readonly TableSource[], options: ReadCheckedObservationsOptions = {}): Promise<ValidatedObservations> {
  const { definitions, proportions, items, population, today, ...readOptions } = options;
  const checks = { definitions, proportions, items, population, today };
  const check = observationChecks(checks);
  const issues: DataIssue[] = [];
  const reads: ReadObservationsResult[] = [];
  for (const source of sources) {
    try {
      reads.push(await readObservations(source, { ...readOptions, check, onProblems: 'return' }));
    } catch (e) {
      if (!(e instanceof DataError)) throw e;
      issues.push(...e.issues);
    }
  }
  try {
    const result = validateObservations(reads, checks);
    if (!issues.length) return result;
  } catch (e) {
    if (!(e instanceof DataError)) throw e;
    issues.push(...e.issues);
  }
  const order = new Map(sources.map((s, i) => [typeof s === 'string' ? s : s.name, i]));
  issues.sort((a, b) => (order.get(a.file ?? '') ?? 0) - (order.get(b.file ?? '') ?? 0) || (a.row ?? 0) - (b.row ?? 0));
  throw new DataError(issues);
}
