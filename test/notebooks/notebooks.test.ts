import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describeSmallCountRule, smallCountRule } from '@cjsnsa/core';
import { NEEDS_CLASSIFICATIONS } from '@cjsnsa/framework';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const NOTEBOOKS = join(ROOT, 'notebooks');
const RUNNER = join(ROOT, 'test/notebooks/run_notebook.py');
const JUPYTER_PATH = join(ROOT, '.jupyter/share/jupyter');
const KERNEL = join(JUPYTER_PATH, 'kernels/tslab/kernel.json');
const names = readdirSync(NOTEBOOKS).filter((f) => f.endsWith('.ipynb')).sort();
const out = mkdtempSync(join(tmpdir(), 'notebooks-'));

interface Output {
  output_type: string;
  data?: Record<string, string | string[]>;
  text?: string | string[];
}
interface Cell {
  cell_type: string;
  source: string | string[];
  outputs?: Output[];
}
const joined = (v: string | string[] | undefined) => (Array.isArray(v) ? v.join('') : (v ?? ''));
const codeCells = (nb: { cells: Cell[] }) => nb.cells.filter((c) => c.cell_type === 'code');
/** Everything a cell shows: printed text and displayed HTML. */
const shown = (c: Cell | undefined) =>
  (c?.outputs ?? []).map((o) => joined(o.text) + joined(o.data?.['text/plain']) + joined(o.data?.['text/html'])).join('\n');

function execute(name: string, source = join(NOTEBOOKS, name)) {
  const executed = join(out, name);
  const run = spawnSync('/usr/bin/python3', [RUNNER, source, executed, '600', NOTEBOOKS], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, JUPYTER_PATH },
    timeout: 900_000,
  });
  const nb: { cells: Cell[] } = existsSync(executed) ? JSON.parse(readFileSync(executed, 'utf8')) : { cells: [] };
  const outputs: Output[] = nb.cells.flatMap((c) => c.outputs ?? []);
  const html = outputs.map((o) => joined(o.data?.['text/html'])).join('\n');
  return { run, outputs, html, first: shown(codeCells(nb)[0]) };
}

// The small-count rule: set once, as one object, in each notebook's first code
// cell, and that object (never a second rule or a default) goes to every step.
const RULE_SET = /^const rule = smallCountRule\(\{ minCount: (\d+) \}\);/m;
/** The sentence a notebook's first cell must print: the rule its source sets, in words. */
function ruleSentence(name: string): string {
  const first = codeCells(JSON.parse(readFileSync(join(NOTEBOOKS, name), 'utf8')))[0];
  const m = RULE_SET.exec(joined(first?.source));
  if (!m) throw new Error(`${name}: the first code cell does not set the small-count rule`);
  return describeSmallCountRule(smallCountRule({ minCount: Number(m[1]) }));
}

describe('notebooks run top to bottom under the tslab kernel', () => {
  it('the tslab kernel is registered inside the repository (scripts/setup.sh --test)', () => {
    expect(existsSync(KERNEL)).toBe(true);
  });

  it('the committed notebooks are what scripts/build-notebooks.mjs writes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'notebooks-built-'));
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts/build-notebooks.mjs'), '--out', dir], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    for (const n of names) expect(readFileSync(join(dir, n), 'utf8'), n).toBe(readFileSync(join(NOTEBOOKS, n), 'utf8'));
  });

  it('there is a notebook per SNSA topic, a getting-started, a national and a lived-experience survey one', () => {
    expect(names).toEqual([
      'getting-started.ipynb',
      'lived-experience-survey.ipynb',
      'national-overview.ipynb',
      'snsa-arrest-referral.ipynb',
      'snsa-bail.ipynb',
      'snsa-community-sentences.ipynb',
      'snsa-custody-to-community.ipynb',
      'snsa-diversion.ipynb',
      'snsa-services.ipynb',
    ]);
  });

  for (const name of names) {
    it(`${name} sets the small-count rule in its first code cell and passes that object to every step`, () => {
      const cells = codeCells(JSON.parse(readFileSync(join(NOTEBOOKS, name), 'utf8'))).map((c) => joined(c.source));
      expect(cells[0], 'first code cell sets the rule').toMatch(RULE_SET);
      expect(cells[0], 'first code cell states the rule').toContain('console.log(describeSmallCountRule(rule));');
      const all = cells.join('\n');
      expect(all.match(/smallCountRule\(/g), 'one rule object').toHaveLength(1);
      expect(all).not.toMatch(/DEFAULT_SMALL_COUNT_RULE|disclosure: false/);
      const prepare = [...all.matchAll(/prepareSnsa\([^)]*\)/g)].map((m) => m[0]);
      const compute = all.split('\n').filter((l) => /computeIndicators(Set)?\(/.test(l));
      const survey = all.split('\n').filter((l) => /surveyResults\(/.test(l));
      expect(prepare.length + compute.length + survey.length, 'computes counts').toBeGreaterThan(0);
      for (const call of prepare) expect(call).toBe('prepareSnsa(data, { disclosure: rule })');
      for (const line of survey) expect(line).toContain('surveyResults(survey, { rule: rule })');
      for (const line of compute) expect(line).toContain('disclosure: { min: rule.min, max: rule.max }');
    });
  }

  for (const name of names) {
    it(`${name} runs with no cell error, states its small-count rule and displays its charts`, () => {
      const { run, html, first, outputs } = execute(name);
      expect(run.status, `${run.stderr}\n${run.stdout}`).toBe(0);
      expect(first, 'first code cell prints the rule in words').toContain(ruleSentence(name));
      const charts = (html.match(/<svg/g) ?? []).length;
      expect(charts, 'charts displayed').toBeGreaterThanOrEqual(name === 'getting-started.ipynb' ? 1 : 3);
      if (name.startsWith('snsa-') && name !== 'snsa-services.ipynb') {
        const labels = NEEDS_CLASSIFICATIONS.map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
        expect(html, 'needs-and-strengths table displayed').toMatch(new RegExp(`class="snsa-table needs-and-strengths"[\\s\\S]*?<td>(${labels})</td>`));
        expect(html, 'baseline table displayed').toContain('Baseline for the CJOIP');
      }
      if (name === 'snsa-services.ipynb') expect(html).toContain('Funding ending within 12 months');
      if (name === 'lived-experience-survey.ipynb') {
        expect(html).toMatch(/synthetic demonstration data/i);
        expect(html, 'the wave comparison table').toContain('Change from 2023 to 2024');
        // free text is not printed unless the notebook's SHOW_FREE_TEXT is set
        const printed = outputs.map((o) => joined(o.text) + joined(o.data?.['text/plain'])).join('\n') + html;
        expect(printed).toContain('free-text answers are not shown');
        for (const words of ['example.org', 'Sarah', 'brilliant']) expect(printed).not.toContain(words);
      }
      if (name.startsWith('snsa-')) expect(html).toMatch(/synthetic demonstration data/i);
      if (name.startsWith('snsa-') && name !== 'snsa-services.ipynb') {
        expect(html, 'the who section states the same rule').toContain(ruleSentence(name));
      }
    }, 900_000);
  }

  it('a changed rule in the first cell reaches every step (snsa-bail with minCount 10)', () => {
    const name = 'snsa-bail.ipynb';
    const nb = JSON.parse(readFileSync(join(NOTEBOOKS, name), 'utf8'));
    const first = codeCells(nb)[0];
    const source = joined(first.source);
    expect(source).toMatch(RULE_SET);
    first.source = source.replace(RULE_SET, 'const rule = smallCountRule({ minCount: 10 });');
    const changed = join(mkdtempSync(join(tmpdir(), 'notebooks-rule-')), name);
    writeFileSync(changed, JSON.stringify(nb));
    const { run, html, first: printed } = execute(`rule-10-${name}`, changed);
    expect(run.status, `${run.stderr}\n${run.stdout}`).toBe(0);
    const sentence = describeSmallCountRule(smallCountRule({ minCount: 10 }));
    expect(sentence).toMatch(/^Counts of 1 to 9 are withheld/);
    expect(printed).toContain(sentence);
    expect(html, 'the who section is controlled with the changed rule').toContain(sentence);
    expect(html).not.toContain(describeSmallCountRule(smallCountRule({ minCount: 5 })));
  }, 900_000);
});
