#!/usr/bin/env node
// Try examples/consumer as an outside project would: pack the four packages (`pnpm pack`), copy
// the example to a folder outside the repository, install the tarballs there with npm (only the
// npm registry is needed, for the packages' own dependencies) and run national.mjs and
// national.cjs on the repository's datasets/.
//
//   node scripts/consumer-example.mjs          (pnpm examples) install in a temporary folder, run both, remove it
//   node scripts/consumer-example.mjs --keep   keep the folder and say where it is
//
// Build first (`pnpm build`; `pnpm examples` does): the tarballs hold dist/.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../', import.meta.url));
export const PACKED = ['core', 'framework', 'charts', 'report'];

/**
 * Pack the packages and install examples/consumer with them in a new folder under the system's
 * temporary folder. Returns that folder (the installed project).
 */
export function installConsumerExample() {
  const root = mkdtempSync(join(tmpdir(), 'cjsnsa-consumer-'));
  const tarballs = join(root, 'tarballs');
  const project = join(root, 'consumer');
  mkdirSync(tarballs);
  for (const name of PACKED) {
    execFileSync('pnpm', ['pack', '--pack-destination', tarballs], { cwd: join(repo, 'packages', name), stdio: 'pipe' });
  }
  cpSync(join(repo, 'examples/consumer'), project, { recursive: true, filter: (src) => !src.includes('node_modules') });
  const files = readdirSync(tarballs).map((f) => join(tarballs, f));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', ...files], { cwd: project, stdio: 'pipe' });
  return project;
}

/**
 * Run one of the example's scripts (`national.mjs` or `national.cjs`) on a datasets folder (`null`:
 * none given, and no CJSNSA_DATASETS); its standard output. Throws, with `stderr`, when it fails.
 */
export function runConsumerExample(project, file, datasetsDir = join(repo, 'datasets')) {
  const env = { ...process.env };
  delete env.CJSNSA_DATASETS;
  const args = datasetsDir === null ? [file] : [file, datasetsDir];
  return execFileSync('node', args, { cwd: project, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const keep = process.argv.includes('--keep');
  console.log('Packing @cjsnsa/core, framework, charts and report and installing examples/consumer with npm…');
  const project = installConsumerExample();
  try {
    for (const file of ['national.mjs', 'national.cjs']) {
      console.log(`\n$ node ${file} datasets/\n`);
      console.log(runConsumerExample(project, file));
    }
  } finally {
    if (keep) console.log(`The installed example is in ${project}`);
    else rmSync(join(project, '..'), { recursive: true, force: true });
  }
}
