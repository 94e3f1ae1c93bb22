// Every exported symbol of each package's src/index.ts has a TSDoc summary and an `@example`:
// they are what the API reference (docs/api/, `pnpm docs:api`) shows for it.
import { describe, expect, it } from 'vitest';
import { PACKAGES, exportedSymbols, type ExportedSymbol } from './api-exports.js';

const symbols = exportedSymbols();

function offenders(pkg: string): string[] {
  return symbols
    .filter((s) => s.package === pkg && (!s.summary || !s.hasExample))
    .map((s: ExportedSymbol) => {
      const missing = [!s.summary && 'a summary', !s.hasExample && 'an @example'].filter(Boolean).join(' and ');
      return `  ${s.name} (${s.kind}, ${s.declaredAt}): needs ${missing}`;
    });
}

describe('TSDoc of the public API (docs/api.md)', () => {
  it('finds the exports of all four packages', () => {
    for (const pkg of PACKAGES) expect(symbols.filter((s) => s.package === pkg).length, pkg).toBeGreaterThan(10);
    expect(symbols.find((s) => s.package === 'framework' && s.name === 'computeIndicators')).toMatchObject({ kind: 'function', hasExample: true });
  });

  for (const pkg of PACKAGES) {
    it(`@cjsnsa/${pkg}: every export has a summary and an @example`, () => {
      const bad = offenders(pkg);
      const message =
        `@cjsnsa/${pkg}: ${bad.length} exported symbol(s) of packages/${pkg}/src/index.ts lack TSDoc:\n${bad.join('\n')}\n` +
        'Write above each declaration a /** ... */ comment whose first paragraph says what it is, then an ' +
        '@example tag with a short ```ts block showing a call or a value (see docs/api.md); then run `pnpm docs:api`.';
      expect(bad, message).toEqual([]);
    });
  }
});
