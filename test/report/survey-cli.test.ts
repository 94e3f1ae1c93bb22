/**
 * The built `snsa` command with a lived-experience survey, as a coordinator
 * uses it: --survey and --survey-schema put the "Views of people with lived
 * experience" section in report.html with its charts in the chart pack, no
 * free text anywhere; an export with a mistake stops the run naming file,
 * row and column; the two options go together and not with --area all.
 * Needs a build (`pnpm build`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { messages } from '@cjsnsa/report';

const ROOT = resolve(import.meta.dirname, '../..');
const CLI = join(ROOT, 'packages/report/dist/cli.js');
const SURVEY = join(ROOT, 'datasets/synthetic/lived-experience-survey-synthetic.csv');
const SCHEMA = join(ROOT, 'datasets/synthetic/lived-experience-survey-synthetic.schema.json');
const work = mkdtempSync(join(tmpdir(), 'cjsnsa-cli-survey-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const snsa = (args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 300_000, cwd: work });

describe('snsa --survey --survey-schema', () => {
  it('adds the lived-experience section, its charts and the wave table, and prints no free text', () => {
    expect(existsSync(CLI), 'packages/report/dist/cli.js is built').toBe(true);
    const r = snsa(['--area', 'West Dunbartonshire', '--topic', 'bail', '--survey', SURVEY, '--survey-schema', SCHEMA, '--format', 'html', '--out', 'pack', '--quiet']);
    expect(r.status, r.stderr).toBe(0);
    const dir = join(work, 'pack', 'west-dunbartonshire', 'bail');
    const html = readFileSync(join(dir, 'report.html'), 'utf8');
    expect(html).toContain('Views of people with lived experience');
    expect(html).toContain(messages.surveyMinimumNote(5));
    expect(html).toContain('Change from 2023 to 2024: positive answers, all respondents');
    expect(html).toContain('62 free-text answers, not printed in this pack');
    for (const words of ['Sarah', 'j.bloggs', 'brilliant', 'never gave up']) expect(html).not.toContain(words);
    const charts = readdirSync(join(dir, 'charts')).filter((f) => f.startsWith('survey-'));
    expect(charts.filter((f) => f.endsWith('.png'))).toEqual(['survey-1.png', 'survey-2.png', 'survey-3.png']);
  });

  it('stops on an export that does not match its schema, naming file, row and column', () => {
    const lines = readFileSync(SURVEY, 'utf8').split('\n');
    lines[4] = lines[4]!.replace(',Disagree,', ',Disagre,'); // Excel row 5
    const broken = join(work, 'broken.csv');
    writeFileSync(broken, lines.join('\n'));
    const r = snsa(['--area', 'West Dunbartonshire', '--topic', 'bail', '--survey', broken, '--survey-schema', SCHEMA, '--out', 'broken-pack', '--quiet']);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('broken.csv');
    expect(r.stderr).toContain('row 5');
    expect(r.stderr).toContain('"Disagre" is not one of this question\'s answers; the nearest is "Disagree"');
    expect(existsSync(join(work, 'broken-pack'))).toBe(false);
  });

  it('takes the two options together, and only for one area', () => {
    const alone = snsa(['--survey', SURVEY]);
    expect(alone.status).not.toBe(0);
    expect(alone.stderr).toContain(messages.surveyCliOptionsTogether);
    const all = snsa(['--area', 'all', '--survey', SURVEY, '--survey-schema', SCHEMA]);
    expect(all.status).not.toBe(0);
    expect(all.stderr).toContain(messages.surveyOneArea);
  });
});
