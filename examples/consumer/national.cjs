// The CJPF national indicator set for the 32 council areas and Scotland, as CommonJS.
//
//   node national.cjs [datasets-folder]
//
// The @cjsnsa packages are ES modules only; Node 20.19 and later (their minimum) load them
// with require(). On an older Node, or a tool that cannot require ES modules, use
// `const { computeIndicators } = await import('@cjsnsa/framework')` inside an async function.
// This one needs only @cjsnsa/core and @cjsnsa/framework: it reads the observation files
// listed in the datasets' catalogue.json itself.
const { readFileSync } = require('node:fs');
const { join, resolve } = require('node:path');
const { readObservations } = require('@cjsnsa/core');
const { computeIndicators } = require('@cjsnsa/framework');
const { describeNationalSet } = require('./describe-national-set.cjs');

async function main() {
  const given = process.argv[2] ?? process.env.CJSNSA_DATASETS;
  if (!given) throw new Error('Give the datasets folder (a cjsnsa checkout\'s datasets/) as the argument or in CJSNSA_DATASETS.');
  const datasetsDir = resolve(given);
  const catalogue = JSON.parse(readFileSync(join(datasetsDir, 'catalogue.json'), 'utf8')).files;
  const observations = [];
  for (const entry of catalogue.filter((e) => e.schema === 'observation')) {
    const { table } = await readObservations(join(datasetsDir, entry.path));
    observations.push(...table.objects());
  }
  const results = computeIndicators({ observations, indicators: 'national', areas: 'all' });
  console.log(describeNationalSet(results.objects(), datasetsDir));
}

main().catch((err) => {
  console.error(err.message);
  process.exitCode = 1;
});
