import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describeSmallCountRule, smallCountRule } from '@cjsnsa/core';
import { NEEDS_CLASSIFICATIONS } from '@cjsnsa/framework';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script, no types
import { executeNotebook, findPython, normaliseNotebook, outputsOf, runNotebook, withParameters } from '../../scripts/notebooks.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const NOTEBOOKS = join(ROOT, 'notebooks');
const KERNEL = join(ROOT, '.jupyter/share/jupyter/kernels/tslab/kernel.json');
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
  // The Python that has nbclient (scripts/notebooks.mjs findPython), not whichever python3 is first on PATH.
  const { run, nb: ran } = executeNotebook(source, executed, { timeout: 600 });
  const nb: { cells: Cell[] } = ran ?? { cells: [] };
  const outputs: Output[] = nb.cells.flatMap((c) => c.outputs ?? []);
  const html = outputs.map((o) => joined(o.data?.['text/html'])).join('\n');
  return { run, nb, outputs, html, first: shown(codeCells(nb)[0]) };
}

/** Keys in order and sources as one string: the same notebook whichever tool wrote the file. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, k === 'source' || k === 'text' ? joined((value as Record<string, string | string[]>)[k]) : canonical((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

/** A notebook's cells without what running them adds (outputs, execution counts), in canonical form. */
function cellsOnly(text: string): string {
  const nb = JSON.parse(text);
  for (const c of nb.cells) {
    if (c.cell_type !== 'code') continue;
    c.outputs = [];
    c.execution_count = null;
  }
  return JSON.stringify(canonical(nb), null, 1);
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
  it('the tslab kernel is registered inside the repository (scripts/setup.sh --notebooks or --test)', () => {
    expect(existsSync(KERNEL)).toBe(true);
    expect(findPython(), 'a Python with nbclient and nbconvert').not.toBeNull();
  });

  it("the committed notebooks' cells are what scripts/build-notebooks.mjs writes", () => {
    const dir = mkdtempSync(join(tmpdir(), 'notebooks-built-'));
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts/build-notebooks.mjs'), '--out', dir], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    for (const n of names) expect(cellsOnly(readFileSync(join(NOTEBOOKS, n), 'utf8')), `${n}: run pnpm notebooks:build`).toBe(cellsOnly(readFileSync(join(dir, n), 'utf8')));
  });

  for (const name of names) {
    it(`${name} is committed run, with its outputs, opening with what it answers and ending with what to do next`, () => {
      const text = readFileSync(join(NOTEBOOKS, name), 'utf8');
      const nb = JSON.parse(text);
      const code = codeCells(nb) as (Cell & { execution_count: number | null })[];
      expect(code.map((c) => c.execution_count), `${name}: every code cell run (pnpm notebooks:build)`).toEqual(code.map((_, i) => i + 1));
      expect(code.filter((c) => (c.outputs ?? []).length > 0).length, 'cells with outputs').toBeGreaterThan(code.length / 2);
      expect(JSON.stringify(normaliseNotebook(nb, nb.metadata), null, 1) + '\n', 'no run-to-run metadata (execution times)').toBe(text);
      expect(text).not.toMatch(/"execution":|"iopub\.|"shell\.execute/);
      expect(nb.cells[0].cell_type).toBe('markdown');
      expect(joined(nb.cells[0].source)).toContain('**What this notebook answers**');
      const last = nb.cells[nb.cells.length - 1];
      expect(last.cell_type).toBe('markdown');
      expect(joined(last.source)).toMatch(/^## What to do next\n/);
      // small enough to browse: SVG charts and tables, no images or scripts
      expect(text.length, 'size').toBeLessThan(2_000_000);
      expect(text).not.toMatch(/image\/png|<script/);
    });
  }

  it('withParameters sets a value in the tagged parameters cell and refuses a name it does not set', () => {
    const nb = JSON.parse(readFileSync(join(NOTEBOOKS, 'snsa-bail.ipynb'), 'utf8'));
    const changed = withParameters(nb, { AREA: "Na h-Eileanan Siar" });
    const cell = changed.cells.find((c: { metadata?: { tags?: string[] } }) => c.metadata?.tags?.includes('parameters'));
    expect(joined(cell.source)).toContain('const AREA = "Na h-Eileanan Siar"; // set by pnpm notebooks --run');
    expect(joined(cell.source)).not.toContain("'West Dunbartonshire'");
    expect(joined(nb.cells.find((c: { metadata?: { tags?: string[] } }) => c.metadata?.tags?.includes('parameters')).source)).toContain("'West Dunbartonshire'");
    const national = JSON.parse(readFileSync(join(NOTEBOOKS, 'national-overview.ipynb'), 'utf8'));
    expect(() => withParameters(national, { AREA: 'Fife' })).toThrow('The parameters cell has no AREA. It sets: EXPORT_DIR.');
    const started = JSON.parse(readFileSync(join(NOTEBOOKS, 'getting-started.ipynb'), 'utf8'));
    expect(() => withParameters(started, { AREA: 'Fife' })).toThrow('This notebook has no cell tagged "parameters"');
  });

  it('pnpm notebooks --run names the notebooks when one does not exist', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts/notebooks.mjs'), '--run', 'snsa-divershun', '--area', 'Fife'], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('There is no notebook snsa-divershun.ipynb in notebooks/. The notebooks are: annual-report, getting-started,');
    expect(r.stderr).toContain('snsa-diversion');
  });

  it('pnpm notebooks --run snsa-diversion --area Fife runs it for Fife and writes the notebook and its HTML', () => {
    const dir = mkdtempSync(join(tmpdir(), 'notebooks-run-'));
    const r = runNotebook('snsa-diversion', { area: 'Fife', outDir: dir });
    expect(r.status, r.stderr + r.stdout).toBe(0);
    expect(r.executed).toBe(join(dir, 'snsa-diversion-fife.ipynb'));
    const nb = JSON.parse(readFileSync(r.executed, 'utf8'));
    const setup = shown(codeCells(nb)[1]);
    expect(setup).toContain('Diversion from Prosecution: Fife (S12000047), compared with Scotland and');
    const html = readFileSync(r.html, 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>/i);
    expect(html).toContain('Results: Fife');
    expect(html).toMatch(/<svg[^>]*aria-label="[^"]*in Fife/);
    expect(html).not.toContain('Results: West Dunbartonshire');
    expect(html, 'opens offline: no script from a CDN or the machine').not.toMatch(/<script/i);
  }, 900_000);

  it('there is a notebook per SNSA topic, a getting-started, a national, a local evidence, an annual report and a lived-experience survey one', () => {
    expect(names).toEqual([
      'annual-report.ipynb',
      'getting-started.ipynb',
      'lived-experience-survey.ipynb',
      'local-evidence.ipynb',
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
      const local = all.split('\n').filter((l) => /localEvidence\(/.test(l));
      expect(prepare.length + compute.length + survey.length, 'computes counts').toBeGreaterThan(0);
      for (const call of prepare) expect(['prepareSnsa(data, { disclosure: rule })', 'prepareSnsa(data, { disclosure: rule, evidence: workbook })']).toContain(call);
      for (const line of local) expect(line).toContain('localEvidence(workbook, { disclosure: rule })');
      for (const line of survey) expect(line).toContain('surveyResults(survey, { rule: rule })');
      for (const line of compute) expect(line).toContain('disclosure: { min: rule.min, max: rule.max }');
    });
  }

  for (const name of names) {
    it(`${name} runs with no cell error, its committed outputs are today's, it states its small-count rule and displays its charts`, () => {
      const { run, html, first, outputs, nb } = execute(name);
      expect(run.status, `${run.stderr}\n${run.stdout}`).toBe(0);
      // Stale outputs: the committed notebook shows what running it gives today, output by output
      // (cells changed in scripts/build-notebooks.mjs fail the cells test above first).
      const committed = JSON.parse(readFileSync(join(NOTEBOOKS, name), 'utf8'));
      const fresh = outputsOf(nb);
      const old = outputsOf(committed);
      for (let i = 0; i < Math.max(fresh.length, old.length); i++) {
        expect(old[i], `${name}: code cell ${i + 1}'s committed outputs are stale: run pnpm notebooks:build`).toEqual(fresh[i]);
      }
      expect(first, `${name}: first code cell prints the rule in words`).toContain(ruleSentence(name));
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
      if (name === 'national-overview.ipynb') {
        expect(html).toMatch(/aria-label="Heat map of \d+ indicators for 32 areas/);
        expect((html.match(/funnel plot, \d{4}/g) ?? []).length, 'funnel plots').toBeGreaterThanOrEqual(5);
        expect(html).toContain('Council areas with a significant recent trend');
        const tables = join(ROOT, 'out/national-tables');
        const long = readFileSync(join(tables, 'national-indicators.csv'), 'utf8');
        expect(long.split(/\r?\n/)[0]).toBe('indicator,indicator_name,area,area_name,period,numerator,denominator,value,lower,upper,unit,comparison_scotland,trend,status');
        expect(readFileSync(join(tables, 'NI1b.csv'), 'utf8').split(/\r?\n/)[0]).toMatch(/^area,area_name,\d{4}-\d{2}/);
      }
      if (name === 'annual-report.ipynb') {
        // the check of the words finds the small count and the telephone number typed in, by file, row and column
        expect(html).toContain('<td>annual-report.csv</td><td class="num">10</td><td>Text</td><td>Possible small count of people in the text: &quot;3 young people&quot;.');
        expect(html).toContain('Contact details in the text: &quot;07700 900123&quot;.');
        expect(outputs.map((o) => joined(o.text)).join('')).toContain('After the edit: 0 warnings');
        expect(html).toContain('Last year&#39;s recommendations and progress');
        // the count of 3 typed in is withheld in the performance table
        const row = (html.match(/<tr>.*?<\/tr>/gs) ?? []).filter((r) => r.includes('Young people offered diversion') && r.includes('<td>2023-24</td>'));
        expect(row.length, 'the local measure row of 2023-24').toBeGreaterThan(0);
        for (const r of row) expect(r).not.toMatch(/<td[^>]*>3<\/td>/);
        expect(existsSync(join(ROOT, 'out/annual-report/west-dunbartonshire/annual-report-2023-24.docx'))).toBe(true);
      }
      if (name === 'local-evidence.ipynb') {
        const printed = outputs.map((o) => joined(o.text)).join('');
        expect(printed).toContain('- row 43, column Period (C): Period "2020/22" is not a period');
        expect(printed).toContain('- row 44, column Numerator (D): Numerator 64 is greater than denominator 42');
        expect(html).toContain('Local evidence and self-evaluation');
        // the count of 3 typed in is withheld by the rule: never shown as a value
        const row = (html.match(/<tr>.*?<\/tr>/gs) ?? []).filter((r) => r.includes('Young people offered diversion') && r.includes('<td>2023-24</td>'));
        expect(row.length, 'the local measure row of 2023-24').toBeGreaterThan(0);
        for (const r of row) {
          expect(r).not.toMatch(/<td[^>]*>3<\/td>/);
          expect(r).toMatch(/Withheld|suppressed/i);
        }
      }
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
