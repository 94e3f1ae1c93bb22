/**
 * The built `snsa` command with a local evidence workbook, as a coordinator
 * uses it: `snsa evidence-template` writes the workbook and its CSV form,
 * the filled-in workbook given with --evidence (or found among --data) puts
 * the local evidence section in report.html; a workbook with mistakes stops
 * the run with each by file, sheet, row and column; another area's workbook
 * is refused. Needs a build (`pnpm build`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { messages } from '@cjsnsa/report';
import { fillEvidenceWorkbook } from '../../packages/report/test/evidence/fill-evidence-workbook.js';
import { exampleEntries } from '../../packages/report/test/evidence/example-entries.js';

const ROOT = resolve(import.meta.dirname, '../..');
const CLI = join(ROOT, 'packages/report/dist/cli.js');
const work = mkdtempSync(join(tmpdir(), 'cjsnsa-cli-evidence-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const snsa = (args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 300_000, cwd: work });

describe('snsa evidence-template, then snsa --evidence', () => {
  const template = join(work, 'wd-evidence.xlsx');
  const filled = join(work, 'wd-filled.xlsx');

  it('writes the workbook and its CSV form', () => {
    expect(existsSync(CLI), 'packages/report/dist/cli.js is built').toBe(true);
    const r = snsa(['evidence-template', '--area', 'West Dunbartonshire', '--out', template]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.trim()).toBe(messages.evidenceTemplateWritten(template, join(work, 'wd-evidence-csv')));
    expect(readFileSync(join(work, 'wd-evidence-csv', 'local-measures.csv'), 'utf8').split('\n')[0]).toBe('Outcome or priority action,Measure,Period,Numerator,Denominator,Better when,Source,Notes');
    // the default name, and a ten-point scale
    const ten = snsa(['evidence-template', '--area', 'Fife', '--scale', 'ten-point']);
    expect(ten.status, ten.stderr).toBe(0);
    expect(existsSync(join(work, 'fife-evidence.xlsx'))).toBe(true);
    expect(readFileSync(join(work, 'fife-evidence-csv', 'about.csv'), 'utf8')).toContain('scale id,ten-point');
    const bad = snsa(['evidence-template', '--area', 'Fife', '--scale', 'seven-point']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain(messages.evidenceUnknownScale('seven-point'));
  }, 120_000);

  it('puts the local evidence section in report.html, from --evidence or from the --data folder', async () => {
    writeFileSync(filled, await fillEvidenceWorkbook(new Uint8Array(readFileSync(template)), exampleEntries));
    const out = join(work, 'pack');
    const r = snsa(['--area', 'S12000039', '--topic', 'diversion', '--evidence', filled, '--format', 'html', '--out', out, '--quiet']);
    expect(r.status, r.stderr).toBe(0);
    const html = readFileSync(join(out, 'west-dunbartonshire', 'diversion', 'report.html'), 'utf8');
    expect(html).toContain('<section id="local-evidence"><h2>Local evidence and self-evaluation</h2>');
    expect(html).toContain('Outcome 1: More people successfully complete diversion from prosecution');
    expect(existsSync(join(out, 'west-dunbartonshire', 'diversion', 'charts', 'evidence-outcome-scores.svg'))).toBe(true);

    const dataDir = join(work, 'data');
    mkdirSync(dataDir);
    writeFileSync(join(dataDir, 'wd-filled.xlsx'), readFileSync(filled));
    const fromData = snsa(['--area', 'S12000039', '--topic', 'bail', '--data', dataDir, '--format', 'html', '--out', join(work, 'pack2'), '--quiet']);
    expect(fromData.status, fromData.stderr).toBe(0);
    const bail = readFileSync(join(work, 'pack2', 'west-dunbartonshire', 'bail', 'report.html'), 'utf8');
    expect(bail).toContain('Outcome 3: More people are assessed for and successfully complete bail supervision');
    expect(bail).toContain('Bail assessments completed within 24 hours');
  }, 300_000);

  it('stops on a workbook with mistakes, naming file, sheet, row and column, and refuses another area\'s', async () => {
    const broken = join(work, 'wd-broken.xlsx');
    writeFileSync(broken, await fillEvidenceWorkbook(new Uint8Array(readFileSync(template)), { measures: { B2: 'x', C2: '2023-24', D2: 'twelve' } }));
    const r = snsa(['--area', 'S12000039', '--topic', 'diversion', '--evidence', broken, '--format', 'html', '--out', join(work, 'pack3'), '--quiet']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${broken}, sheet Local measures, row 2, column Numerator (D): ${messages.evidenceNotCount('Numerator', 'twelve')}`);
    expect(existsSync(join(work, 'pack3'))).toBe(false);
    const other = snsa(['--area', 'Fife', '--topic', 'diversion', '--evidence', filled, '--format', 'html', '--out', join(work, 'pack4'), '--quiet']);
    expect(other.status).toBe(1);
    expect(other.stderr).toContain(messages.evidenceOtherArea('wd-filled.xlsx', 'West Dunbartonshire', 'Fife'));
  }, 300_000);

  it('warns about a small count of people in the free text, in the pack with the rule given, and --strict writes nothing', async () => {
    const wordy = join(work, 'wd-wordy.xlsx');
    writeFileSync(wordy, await fillEvidenceWorkbook(new Uint8Array(readFileSync(template)), { ...exampleEntries, scores: { ...exampleEntries.scores, D2: 'Seven young people completed diversion early.' } }));
    const out = join(work, 'pack5');
    // with the default rule (counts of 1 to 4 withheld) seven is not a small count
    const plain = snsa(['--area', 'S12000039', '--topic', 'diversion', '--evidence', wordy, '--format', 'html', '--out', out, '--quiet']);
    expect(plain.status, plain.stderr).toBe(0);
    expect(plain.stderr).not.toContain('Seven young people');
    const r = snsa(['--area', 'S12000039', '--topic', 'diversion', '--evidence', wordy, '--min-count', '10', '--format', 'html', '--out', out, '--quiet']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain("wd-wordy.xlsx, sheet Self-evaluation, row 2, column How are we doing?: ");
    expect(r.stderr).toContain('Possible small count of people in the text: "Seven young people".');
    expect(readFileSync(join(out, 'west-dunbartonshire', 'diversion', 'report.html'), 'utf8')).toContain('Possible small count of people in the text: &quot;Seven young people&quot;.');
    const strict = snsa(['--area', 'S12000039', '--topic', 'diversion', '--evidence', wordy, '--min-count', '10', '--strict', '--format', 'html', '--out', join(work, 'pack6'), '--quiet']);
    expect(strict.status).toBe(1);
    expect(strict.stderr).toContain('Possible small count of people in the text: "Seven young people".');
    expect(existsSync(join(work, 'pack6'))).toBe(false);
  }, 300_000);
});
