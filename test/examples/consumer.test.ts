// Slow (about 20-40 s: pnpm pack, npm install): examples/consumer installed from the packed
// packages in a folder outside the repository, run as an ES module (national.mjs, with
// @cjsnsa/report's loadSnsaData) and as CommonJS (national.cjs, require() of the ESM-only
// packages, core and framework only). Both must print the same national set, and the figures
// must be the ones the workspace sources compute.
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROVISIONAL_LABEL, computeIndicators, type ResultRow } from '@cjsnsa/framework';
import { loadSnsaData } from '@cjsnsa/report';
// @ts-expect-error a plain .mjs script without types
import { installConsumerExample, runConsumerExample } from '../../scripts/consumer-example.mjs';

const datasets = fileURLToPath(new URL('../../datasets', import.meta.url));
let project = '';
const output: Record<string, string> = {};

beforeAll(() => {
  project = installConsumerExample();
  for (const file of ['national.mjs', 'national.cjs']) output[file] = runConsumerExample(project, file, datasets);
}, 240_000);

afterAll(() => {
  if (project) rmSync(dirname(project), { recursive: true, force: true });
});

const NATIONAL = ['NI1a', 'NI1b', 'NI1c', 'NI2', 'NI3a', 'NI3b', 'NI3c', 'NI4', 'NI5', 'NI6', 'NI7', 'NI8', 'NI9', 'NI10'];

describe('examples/consumer, installed from the packed packages outside the repository (slow)', () => {
  it('ES module: computes the national set for the 32 council areas and Scotland', () => {
    const out = output['national.mjs'];
    expect(out).toContain('National indicator set (cjpf-2023)');
    expect(out).toMatch(/14 indicators for 32 council areas and Scotland, 2017-18 to 2023-24/);
    for (const id of NATIONAL) expect(out).toMatch(new RegExp(`^  ${id} +\\d{4}-\\d{2}  `, 'm'));
    expect(out).toMatch(/Scotland's count = the sum of the council areas' counts: ([5-9]|1\d) indicators checked, 0 differences/);
    expect(out).toMatch(/^NI4 \(community payback orders completed\), 2023-24: highest /m);
    // provisional indicators carry the label; the synthetic data are said to be synthetic
    expect(out).toMatch(new RegExp(`^  NI10 .*${PROVISIONAL_LABEL.replace(/[()[\]]/g, '\\$&')}`, 'm'));
    expect(out).toContain('synthetic demonstration data');
  });

  it('CommonJS (require of the ES-module packages): prints the same figures', () => {
    expect(output['national.cjs']).toBe(output['national.mjs']);
  });

  it('prints what the workspace sources compute from the same data', async () => {
    const data = await loadSnsaData({ datasetsDir: datasets });
    const rows = computeIndicators({ observations: data.observations, indicators: 'national', areas: 'all' }).objects() as ResultRow[];
    const scotland = (id: string) => rows.filter((r) => r.indicator === id && r.area_type === 'scotland').sort((a, b) => a.period.localeCompare(b.period)).at(-1)!;
    const count = scotland('NI1b');
    expect(output['national.mjs']).toContain(`  NI1b  ${count.period}  ${count.value!.toLocaleString('en-GB')} (95% CI `);
    const pct = scotland('NI4');
    expect(output['national.mjs']).toContain(`  NI4   ${pct.period}  ${pct.value!.toFixed(1)}% (95% CI ${pct.lower!.toFixed(1)} to ${pct.upper!.toFixed(1)})`);
  });

  it('without a datasets folder, says where to give one (the npm packages do not include the data)', () => {
    for (const file of ['national.mjs', 'national.cjs']) {
      let stderr = '';
      try {
        runConsumerExample(project, file, null);
      } catch (err) {
        stderr = String((err as { stderr?: string }).stderr);
      }
      expect(stderr, file).toContain('CJSNSA_DATASETS');
    }
  });
});
