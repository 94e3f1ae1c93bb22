// docs/api/ is committed, so a reader browsing the repository sees the API reference; this test
// regenerates it with TypeDoc (typedoc.json, about 15-30 s) into a temporary folder and fails,
// naming the files that differ, when the committed copy is stale.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const committed = join(repo, 'docs/api');
const fresh = mkdtempSync(join(tmpdir(), 'cjsnsa-api-'));

function files(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.set(relative(dir, p), readFileSync(p, 'utf8'));
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

afterAll(() => rmSync(fresh, { recursive: true, force: true }));

describe('docs/api (the API reference, `pnpm docs:api`)', () => {
  it('is what TypeDoc makes from the current TSDoc (run `pnpm docs:api` and commit docs/api if this fails)', () => {
    execFileSync(join(repo, 'node_modules/.bin/typedoc'), ['--out', fresh, '--logLevel', 'Error'], { cwd: repo, stdio: 'pipe' });
    const want = files(fresh);
    const have = files(committed);
    const missing = [...want.keys()].filter((f) => !have.has(f));
    const extra = [...have.keys()].filter((f) => !want.has(f));
    const changed = [...want.keys()].filter((f) => have.has(f) && have.get(f) !== want.get(f));
    const stale = [
      ...missing.map((f) => `missing: docs/api/${f}`),
      ...extra.map((f) => `no longer generated: docs/api/${f}`),
      ...changed.map((f) => `out of date: docs/api/${f}`),
    ];
    expect(want.size).toBeGreaterThan(100);
    expect(stale, `docs/api is stale (run \`pnpm docs:api\` and commit docs/api):\n${stale.slice(0, 40).join('\n')}`).toEqual([]);
  }, 180_000);
});
