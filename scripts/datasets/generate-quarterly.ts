/**
 * The synthetic quarterly example (examples/quarterly/quarterly-synthetic.csv):
 * the synthetic individual-level extracts in datasets/synthetic/ counted by
 * financial-year quarter with countExtract, for the 12 quarters 2021-22 Q1
 * to 2023-24 Q4, in the observation layout (docs/quarterly.md). Every row's
 * status is `synthetic`.
 *
 * Usage: npx tsx scripts/datasets/generate-quarterly.ts [datasetsDir] [outFile]
 * Same extracts => byte-identical file.
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { countExtract, dataItems } from '../../packages/framework/src/index.js';

const datasets = resolve(process.argv[2] ?? 'datasets');
const out = resolve(process.argv[3] ?? 'examples/quarterly/quarterly-synthetic.csv');
const FIRST = '2021-22 Q1';
const SOURCE = 'synthetic extracts by quarter (cjsnsa)';
const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

// only the data items an indicator counts (the extracts also count referrals and order requirements)
const items = new Set(dataItems().map((i) => i.id));
const lines = ['indicator,area,period,numerator,denominator,status,source'];
for (const kind of ['diversion', 'bail', 'custody-referrals', 'release', 'cpo']) {
  const counts = await countExtract(join(datasets, 'synthetic', `extract-${kind}-synthetic.csv`), { periodKind: 'quarter', today: new Date('2024-04-01T00:00:00Z') });
  const rows = counts.observations.filter((o) => o.period >= FIRST && items.has(o.indicator));
  rows.sort((a, b) => a.indicator.localeCompare(b.indicator) || a.area.localeCompare(b.area) || a.period.localeCompare(b.period));
  for (const o of rows) lines.push([o.indicator, o.area, o.period, String(o.numerator), '', 'synthetic', quote(SOURCE)].join(','));
}
writeFileSync(out, lines.join('\n') + '\n');
console.log(`${out}: ${lines.length - 1} rows`);
