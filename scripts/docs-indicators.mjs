#!/usr/bin/env node
// Generate docs/indicators.md, the indicator catalogue, from the indicator
// definitions in packages/framework/definitions (via the built framework
// package: run `pnpm build` first; `pnpm docs:indicators` does).
//
//   node scripts/docs-indicators.mjs          write docs/indicators.md
//   node scripts/docs-indicators.mjs --check  exit 1 if the committed file is stale
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = new URL('../', import.meta.url);
const dist = new URL('packages/framework/dist/index.js', root);
if (!existsSync(dist)) {
  console.error('packages/framework is not built: run `pnpm build` (or `npx tsc -b packages/framework`) first.');
  process.exit(1);
}
const { renderIndicatorCatalogue } = await import(pathToFileURL(fileURLToPath(dist)).href);
const target = fileURLToPath(new URL('docs/indicators.md', root));
const text = renderIndicatorCatalogue();
if (process.argv.includes('--check')) {
  const current = existsSync(target) ? readFileSync(target, 'utf8') : '';
  if (current !== text) {
    console.error('docs/indicators.md is stale: run `pnpm docs:indicators`.');
    process.exit(1);
  }
  console.log('docs/indicators.md is up to date.');
} else {
  writeFileSync(target, text);
  console.log(`Wrote ${target}`);
}
