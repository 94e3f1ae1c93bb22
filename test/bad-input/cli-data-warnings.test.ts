/**
 * The built `snsa` command with a partnership's own data that reads with
 * warnings: each warning is printed to stderr once, under one heading, and
 * carried into the report; an `--area all` worker, which loads the data
 * again after its parent has printed them, prints nothing. Needs a build
 * (`pnpm build`).
 */
import { fork, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { messages as fw } from '@cjsnsa/framework';
import { escapeHtml, messages } from '@cjsnsa/report';

const ROOT = resolve(import.meta.dirname, '../..');
const CLI = join(ROOT, 'packages/report/dist/cli.js');
const work = mkdtempSync(join(tmpdir(), 'cjsnsa-cli-warnings-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const own = join(work, 'own');
const rows = ['2019-20', '2020-21', '2021-22', '2022-23', '2023-24'].flatMap((p, i) => [
  `diversion-commenced,S12000039,${p},${40 + i},,published,Our case management system`,
  `diversion-completed,S12000039,${p},${38 + i},,published,Our case management system`,
]);
// 2023-24: 52 completed of 44 commenced (118.2%): a warning, not an error
rows[9] = 'diversion-completed,S12000039,2023-24,52,,published,Our case management system';
mkdirSync(own);
writeFileSync(join(own, 'diversion.csv'), ['indicator,area,period,numerator,denominator,status,source', ...rows].join('\n') + '\n');
writeFileSync(join(own, '~$diversion.xlsx'), 'lock');

const expected = [
  messages.skippedLockFile('~$diversion.xlsx'),
  `diversion.csv, row 11, column numerator: ${fw.flowRatioAbove100(52, 'diversion-commenced', 44, 'row 10', ['SM-diversion-completion'], '118.2%')}`,
  fw.partialCoverage(['"diversion-commenced" (2019-20 to 2023-24)', '"diversion-completed" (2019-20 to 2023-24)'], 1, ['West Dunbartonshire'], ['LGBF people-based family group 4']),
];

describe('snsa --data: warnings in the terminal', () => {
  it('prints each warning to stderr once, under one heading, and the report carries them', () => {
    expect(existsSync(CLI), 'packages/report/dist/cli.js is built').toBe(true);
    const out = join(work, 'out');
    const r = spawnSync(process.execPath, [CLI, '--data', own, '--area', 'S12000039', '--topic', 'diversion', '--format', 'html', '--out', out, '--quiet'], { encoding: 'utf8', timeout: 300_000 });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toBe(`snsa: ${messages.dataWarnings(3)}\n${expected.map((w) => `  - ${w}\n`).join('')}`);
    const html = readFileSync(join(out, 'west-dunbartonshire', 'diversion', 'report.html'), 'utf8');
    for (const w of expected) expect(html).toContain(escapeHtml(w));
  }, 300_000);

  it('an --area all worker loads the data and prints nothing (its parent has printed the warnings)', async () => {
    const child = fork(CLI, ['--worker', '--data', own, '--topic', 'diversion', '--format', 'html', '--out', join(work, 'out-all')], { stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
    let stderr = '';
    child.stderr!.on('data', (b) => (stderr += b));
    const ready = await new Promise<unknown>((resolve, reject) => {
      child.once('message', resolve);
      child.once('exit', (code) => reject(new Error(`worker exited (${code}): ${stderr}`)));
    });
    expect(ready).toEqual({ type: 'ready' });
    child.disconnect();
    const code = await new Promise((resolve) => child.once('exit', resolve));
    expect(code).toBe(0);
    expect(stderr).toBe('');
  }, 300_000);
});
