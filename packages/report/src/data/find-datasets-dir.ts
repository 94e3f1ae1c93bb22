import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Locate the embedded `datasets/` directory (the one holding
 * `catalogue.json`): the `CJSNSA_DATASETS` environment variable if set, else
 * the first `datasets/` found walking up from this package (in the
 * repository, the top-level `datasets/`).
 *
 * @returns absolute path of the datasets directory
 * @throws Error when none is found
 * @example
 * ```ts
 * findDatasetsDir(); // '/…/cjsnsa/datasets'
 * ```
 */
export function findDatasetsDir(): string {
  const fromEnv = process.env.CJSNSA_DATASETS;
  if (fromEnv) return resolve(fromEnv);
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'datasets', 'catalogue.json');
    if (existsSync(candidate)) return join(dir, 'datasets');
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new Error('The embedded datasets (datasets/catalogue.json) were not found; set CJSNSA_DATASETS to their directory.');
}
