/**
 * The built `snsa` command with a partnership's own data that reads with
 * warnings: the warnings are printed to stderr grouped by kind (count, the
 * first in full, its place), under one heading, and carried into the report;
 * `--strict` stops the run on any warning; an `--area all` worker, which loads the data
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
    // three kinds of one warning each: each line is the warning with its place, as before grouping
    expect(r.stderr).toBe(`snsa: ${messages.dataWarnings(3, 3)}\n${expected.map((w) => `  - ${w}\n`).join('')}`);
    const html = readFileSync(join(out, 'west-dunbartonshire', 'diversion', 'report.html'), 'utf8');
    expect(html).toContain('<strong id="warnings-title">3 warnings about the data, 3 kinds</strong>');
    for (const w of expected) expect(html).toContain(escapeHtml(w.replace(/^diversion\.csv, row 11, column numerator: /, '')));
    expect(html).toContain('<span class="where">(diversion.csv, row 11, column numerator)</span>');
  }, 300_000);

  it('groups many warnings of one kind into one line: how many, the kind, the first in full with its place', () => {
    // every row's area written as a lower-case code: 10 warnings of one kind, plus the file-wide coverage note
    const lower = join(work, 'lower');
    mkdirSync(lower);
    writeFileSync(join(lower, 'diversion.csv'), ['indicator,area,period,numerator,denominator,status,source', ...rows.map((l) => l.replace('S12000039', 's12000039'))].join('\n') + '\n');
    const out = join(work, 'out-lower');
    const r = spawnSync(process.execPath, [CLI, '--data', lower, '--area', 'S12000039', '--topic', 'diversion', '--format', 'html,docx', '--out', out, '--quiet'], { encoding: 'utf8', timeout: 300_000 });
    expect(r.status, r.stderr).toBe(0);
    const first = fw.areaNameConverted('s12000039', 'S12000039', 'West Dunbartonshire');
    const lines = r.stderr.split('\n');
    expect(lines[0]).toBe(`snsa: ${messages.dataWarnings(12, 3)}`);
    expect(lines[1]).toBe(`  - 10 warnings like this: Area "…" read as <area> (S…). First: diversion.csv, row 2, column area: ${first}`);
    const html = readFileSync(join(out, 'west-dunbartonshire', 'diversion', 'report.html'), 'utf8');
    expect(html).toContain(`<li><strong>10 warnings like this</strong>: ${escapeHtml('Area "…" read as <area> (S…).')}<br>First: ${escapeHtml(first)} <span class="where">(diversion.csv, row 2, column area)</span></li>`);
    const docx = readFileSync(join(out, 'west-dunbartonshire', 'diversion', 'report.docx'));
    expect(docx.length).toBeGreaterThan(0);
  }, 300_000);

  it('--strict makes any warning an error: exit code 1, the warnings named, nothing written', () => {
    const out = join(work, 'out-strict');
    const r = spawnSync(process.execPath, [CLI, '--strict', '--data', own, '--area', 'S12000039', '--topic', 'diversion', '--out', out, '--quiet'], { encoding: 'utf8', timeout: 300_000 });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`snsa: ${messages.strictWarnings(3, 3)}\n${expected.map((w) => `  - ${w}`).join('\n')}\n`);
    expect(r.stdout).toBe('');
    expect(existsSync(out), 'nothing written').toBe(false);
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
