import { describe, expect, it } from 'vitest';
import { PROVISIONAL_LABEL, SUPPORTING_LABEL, indicatorDefinition, indicatorDefinitions, indicatorLabel, indicatorWording } from '../../src/index.js';

describe('indicatorLabel(def)', () => {
  it('shows a confirmed national indicator by its name alone', () => {
    expect(indicatorLabel(indicatorDefinition('NI1b'))).toBe('Diversion from prosecution: cases commenced');
  });

  it('always appends the provisional label to a provisional indicator', () => {
    expect(indicatorLabel(indicatorDefinition('NI8'), { id: true })).toBe(`NI8: Voluntary throughcare cases commenced [${PROVISIONAL_LABEL}]`);
    for (const d of indicatorDefinitions()) {
      if (d.confirmation.status === 'provisional') {
        expect(indicatorLabel(d)).toContain(PROVISIONAL_LABEL);
        expect(indicatorWording(d)).toContain(PROVISIONAL_LABEL);
      }
    }
  });

  it('labels supporting measures as not national indicators', () => {
    expect(indicatorLabel(indicatorDefinition('SM-cpo-rate'))).toContain(SUPPORTING_LABEL);
  });
});
