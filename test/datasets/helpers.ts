import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { parseCsv } from '../../scripts/datasets/csv.js';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const datasetsDir = join(repoRoot, 'datasets');
export function load(rel: string): Record<string, string>[] {
  return parseCsv(readFileSync(join(datasetsDir, rel), 'utf8'));
}
/** Rate in % to 1 dp, as printed in SG tables. */
export const pct1 = (num: number, den: number) => Math.round((num / den) * 1000) / 10;
