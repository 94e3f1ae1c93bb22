// An outside project installs @cjsnsa/core and @cjsnsa/framework from packed tarballs (as
// from a registry) and computes the national set for all 32 council areas, once as an ES
// module and once with require() (CommonJS; Node 20.19+ can require ES modules).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../../', import.meta.url));
let dir = '';

const script = (importLine: string) => `${importLine}
const { computeIndicators, councilAreas, SCOTLAND, PROVISIONAL_LABEL } = framework;
const periods = ['2019-20', '2020-21', '2021-22', '2022-23', '2023-24'];
const items = ['diversion-assessments', 'diversion-commenced', 'diversion-completed', 'custody-referrals', 'bail-assessment-reports',
  'bail-supervision-commenced', 'bail-supervision-completed', 'cpo-completed', 'cpo-terminated', 'prison-releases',
  'release-health-continuity', 'release-accommodation', 'employability-support', 'throughcare-voluntary-commenced'];
const observations = [];
councilAreas().forEach((a, i) => periods.forEach((period, y) => {
  items.forEach((item, k) => observations.push({ indicator: item, area: a.code, period, numerator: 40 + i * 3 + y * 2 + k * 5 + (item.endsWith('terminated') || item === 'prison-releases' ? 200 : 0), denominator: null, status: 'published', source: 'outside test' }));
  observations.push({ indicator: 'reconviction-rate-residence', area: a.code, period, numerator: 100 + i, denominator: 400 + i, status: 'published', source: 'outside test' });
}));
const results = computeIndicators({ observations, areas: 'all', disclosure: false }).objects();
const ni1b = results.filter((r) => r.indicator === 'NI1b' && r.period === '2023-24');
const councils = ni1b.filter((r) => r.area_type === 'council');
const scotland = ni1b.find((r) => r.area === SCOTLAND.code);
const provisional = results.filter((r) => r.confirmation === 'provisional');
console.log(JSON.stringify({
  indicators: [...new Set(results.map((r) => r.indicator))],
  areas: new Set(results.filter((r) => r.area_type !== 'group').map((r) => r.area)).size,
  councils: councils.length,
  scotland: scotland.numerator,
  sum: councils.reduce((s, r) => s + r.numerator, 0),
  provisionalLabelled: provisional.length > 0 && provisional.every((r) => r.indicator_name.includes(PROVISIONAL_LABEL)),
  version: [...new Set(results.map((r) => r.framework_version))],
}));
`;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cjsnsa-outside-'));
  const run = (cmd: string, args: string[], cwd: string) => execFileSync(cmd, args, { cwd, stdio: 'pipe', encoding: 'utf8' });
  run('npx', ['tsc', '-b', 'packages/framework'], repo);
  run('pnpm', ['pack', '--pack-destination', dir], join(repo, 'packages/core'));
  run('pnpm', ['pack', '--pack-destination', dir], join(repo, 'packages/framework'));
  const tarballs = readdirSync(dir);
  const core = tarballs.find((f) => f.startsWith('cjsnsa-core-'))!;
  const framework = tarballs.find((f) => f.startsWith('cjsnsa-framework-'))!;
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({
      name: 'outside-project', version: '1.0.0', private: true,
      dependencies: { '@cjsnsa/core': `file:./${core}`, '@cjsnsa/framework': `file:./${framework}`, arquero: '8.0.3' },
      overrides: { '@cjsnsa/core': `file:./${core}`, '@uwdata/flechette': '2.6.0' },
    }),
  );
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], dir);
  writeFileSync(join(dir, 'esm.mjs'), script("import * as framework from '@cjsnsa/framework';"));
  writeFileSync(join(dir, 'cjs.cjs'), script("const framework = require('@cjsnsa/framework');"));
}, 300_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('an outside project using @cjsnsa/framework', () => {
  for (const [kind, file] of [['ESM import', 'esm.mjs'], ['CJS require', 'cjs.cjs']] as const) {
    it(`${kind}: computes the national set for all 32 areas and Scotland`, () => {
      const out = JSON.parse(execFileSync('node', [file], { cwd: dir, encoding: 'utf8' }));
      expect(out.areas).toBe(33);
      expect(out.councils).toBe(32);
      expect(out.scotland).toBe(out.sum);
      expect(out.provisionalLabelled).toBe(true);
      expect(out.version).toEqual(['cjpf-2023']);
      expect(out.indicators).toEqual(expect.arrayContaining(['NI1a', 'NI1b', 'NI1c', 'NI2', 'NI3a', 'NI3b', 'NI3c', 'NI4', 'NI5', 'NI6', 'NI7', 'NI8', 'NI10']));
    });
  }
});
