import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
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
const joined = (v: string | string[] | undefined) => (Array.isArray(v) ? v.join('') : (v ?? ''));

function execute(name: string) {
  const executed = join(out, name);
  const run = spawnSync('/usr/bin/python3', [RUNNER, join(NOTEBOOKS, name), executed, '600'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, JUPYTER_PATH },
    timeout: 900_000,
  });
  const nb = existsSync(executed) ? JSON.parse(readFileSync(executed, 'utf8')) : { cells: [] };
  const outputs: Output[] = nb.cells.flatMap((c: { outputs?: Output[] }) => c.outputs ?? []);
  const html = outputs.map((o) => joined(o.data?.['text/html'])).join('\n');
  return { run, outputs, html };
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

  it('there is a notebook per SNSA topic, a getting-started and a national one', () => {
    expect(names).toEqual([
      'getting-started.ipynb',
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
    it(`${name} runs with no cell error and displays its charts`, () => {
      const { run, html } = execute(name);
      expect(run.status, `${run.stderr}\n${run.stdout}`).toBe(0);
      const charts = (html.match(/<svg/g) ?? []).length;
      expect(charts, 'charts displayed').toBeGreaterThanOrEqual(name === 'getting-started.ipynb' ? 1 : 3);
      if (name.startsWith('snsa-') && name !== 'snsa-services.ipynb') {
        expect(html, 'needs-and-strengths table displayed').toMatch(/class="snsa-table needs-and-strengths"[\s\S]*?<td>(Need|Strength|Mixed|Stable|Insufficient data)<\/td>/);
        expect(html, 'baseline table displayed').toContain('Baseline for the CJOIP');
      }
      if (name === 'snsa-services.ipynb') expect(html).toContain('Funding ending within 12 months');
      if (name.startsWith('snsa-')) expect(html).toMatch(/synthetic demonstration data/i);
    }, 900_000);
  }
});
