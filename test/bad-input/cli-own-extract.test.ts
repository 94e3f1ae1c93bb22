/**
 * The built `snsa` command with a partnership's own individual-level
 * extract: it is counted (the records read and counted said on stderr), its
 * breakdowns are the who section's, the report says which file they came
 * from; a broken extract stops the run with every problem by file, row and
 * column, and text from the data cannot send control characters to the
 * terminal. Needs a build (`pnpm build`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { messages as fw } from '@cjsnsa/framework';
import { messages, terminalText } from '@cjsnsa/report';

const ROOT = resolve(import.meta.dirname, '../..');
const CLI = join(ROOT, 'packages/report/dist/cli.js');
const work = mkdtempSync(join(tmpdir(), 'cjsnsa-cli-extract-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** West Dunbartonshire's rows of the embedded synthetic diversion extract, without its source column: a partnership's own export. */
function ownDiversionExtract(): string {
  const lines = readFileSync(join(ROOT, 'datasets/synthetic/extract-diversion-synthetic.csv'), 'utf8').trim().split('\n');
  const strip = (l: string) => l.replace(/,"synthetic demonstration data[^"]*"$/, '').replace(/,source$/, '');
  return [strip(lines[0]), ...lines.filter((l) => l.includes(',S12000039,')).map(strip)].join('\n') + '\n';
}

const run = (data: string, out: string) =>
  spawnSync(process.execPath, [CLI, '--data', data, '--area', 'West Dunbartonshire', '--topic', 'diversion', '--format', 'html', '--out', out, '--quiet'], {
    encoding: 'utf8',
    timeout: 300_000,
  });

describe('snsa --data with an own individual-level extract', () => {
  it('counts it, says so, and the who section is drawn from it', () => {
    expect(existsSync(CLI), 'packages/report/dist/cli.js is built').toBe(true);
    const dir = join(work, 'own');
    mkdirSync(dir);
    const text = ownDiversionExtract();
    writeFileSync(join(dir, 'wd-diversion-cases.csv'), text);
    const records = text.trim().split('\n').length - 1;
    const out = join(work, 'out');
    const r = run(dir, out);
    expect(r.status, r.stderr).toBe(0);
    // quiet: no progress lines, but the grouped warnings (partial coverage) still come
    expect(r.stderr).not.toContain(messages.extractCounted('wd-diversion-cases.csv', records, records));
    const html = readFileSync(join(out, 'west-dunbartonshire', 'diversion', 'report.html'), 'utf8');
    expect(html).toContain(messages.whoOwnExtract('wd-diversion-cases.csv', records, records));
    expect(html).toContain('Source: Diversion from prosecution cases, wd-diversion-cases.csv');
    expect(html).not.toMatch(/id="who"[\s\S]{0,20000}synthetic demonstration data\) \(synthetic/);
    // without --quiet the count of records read and counted is said
    const loud = spawnSync(process.execPath, [CLI, '--data', dir, '--area', 'West Dunbartonshire', '--topic', 'diversion', '--format', 'html', '--out', join(work, 'out2')], {
      encoding: 'utf8',
      timeout: 300_000,
    });
    expect(loud.stderr.split('\n')[0]).toBe(messages.extractCounted('wd-diversion-cases.csv', records, records));
  }, 300_000);

  it('a broken extract stops the run with every problem, and control characters from the data are shown, not sent', () => {
    const dir = join(work, 'broken');
    mkdirSync(dir);
    writeFileSync(
      join(dir, 'cases.csv'),
      ['case_id,area,commenced_date,sex', 'A1,S12000039,2023-05-01,F', 'A1,S12000039,2023-05-02,M', 'A2,Glasg\u001b[31mow,2023-05-03,F'].join('\n') + '\n',
    );
    const out = join(work, 'out-broken');
    const r = run(dir, out);
    expect(r.status).toBe(1);
    expect(existsSync(out)).toBe(false);
    expect(r.stderr).not.toContain('\u001b');
    const file = join(dir, 'cases.csv');
    expect(r.stderr).toContain(`${file}, row 3, column case_id (A): ${fw.extractRepeatedId('case_id', 'A1', 2)}`);
    expect(r.stderr).toContain(terminalText(`${file}, row 4, column area (B): ${fw.areaNotFound('Glasg\u001b[31mow', [])}`).slice(0, 60));
    expect(r.stderr).toContain('Glasg\\x1b[31mow');
    expect(terminalText('a\u001b[2Jb\r\nc\td\u009b')).toBe('a\\x1b[2Jb\\x0d\nc\td\\x9b');
  }, 300_000);
});
