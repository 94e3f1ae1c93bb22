import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PROVISIONAL_LABEL, indicatorDefinitions, renderIndicatorCatalogue } from '@cjsnsa/framework';

const committed = () => readFileSync(new URL('../../docs/indicators.md', import.meta.url), 'utf8');

describe('docs/indicators.md', () => {
  it('is the catalogue generated from the definitions (run `pnpm docs:indicators` if this fails)', () => {
    expect(committed()).toBe(renderIndicatorCatalogue());
  });

  it('shows every indicator, and every provisional one with its label in its heading', () => {
    const text = renderIndicatorCatalogue();
    for (const d of indicatorDefinitions()) {
      const heading = text.split('\n').find((l) => l.startsWith(`### ${d.id}: `));
      expect(heading, d.id).toBeDefined();
      if (d.confirmation.status === 'provisional') expect(heading).toContain(PROVISIONAL_LABEL);
    }
  });
});
