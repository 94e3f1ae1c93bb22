// Regenerates docs/img/charts/*.png (and the alt text/CSV beside them) from the
// synthetic test fixtures. Run from the repo root after `pnpm build`:
//   node --import tsx packages/charts/scripts/docs-images.ts
// Every image is synthetic demonstration data and says so in the chart itself.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { toPNG } from '../src/index.js';
import { fixtureCharts } from '../test/helpers/charts.js';

const out = fileURLToPath(new URL('../../../docs/img/charts/', import.meta.url));
mkdirSync(out, { recursive: true });
for (const [name, make] of Object.entries(fixtureCharts)) {
  const chart = make();
  writeFileSync(`${out}${name}.png`, await toPNG(chart, { scale: 1.5 }));
  writeFileSync(`${out}${name}.alt.txt`, chart.altText + '\n');
  writeFileSync(`${out}${name}.csv`, chart.csv);
  console.log(`${name}.png`);
}
