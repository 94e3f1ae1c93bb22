import { describe, expect, it } from 'vitest';
import { NEEDS_AND_STRENGTHS_RULES, NEEDS_CLASSIFICATION_KIND, NEEDS_CLASSIFICATIONS } from '../../src/index.js';

describe('NEEDS_AND_STRENGTHS_RULES', () => {
  it('has one rule for every comparison × trend pair', () => {
    const pairs = new Set(NEEDS_AND_STRENGTHS_RULES.map((r) => `${r.comparison}|${r.trend}`));
    expect(pairs.size).toBe(16);
    expect(NEEDS_AND_STRENGTHS_RULES.length).toBe(16);
  });

  it('calls a need, strength or mixed only on a significant comparison or trend, and names it as the basis', () => {
    for (const r of NEEDS_AND_STRENGTHS_RULES) {
      const significantComparison = r.comparison === 'better' || r.comparison === 'worse';
      const significantTrend = r.trend === 'improving' || r.trend === 'worsening';
      const expected = significantComparison && significantTrend ? 'comparison and trend' : significantComparison ? 'comparison' : significantTrend ? 'trend' : null;
      expect(r.basis, `${r.comparison} × ${r.trend}`).toBe(expected);
      expect(NEEDS_CLASSIFICATION_KIND[r.classification] === 'call', `${r.comparison} × ${r.trend}`).toBe(expected !== null);
    }
  });

  it('never calls "No trend" where a trend was measured', () => {
    for (const r of NEEDS_AND_STRENGTHS_RULES.filter((x) => x.classification === 'No trend')) expect(r.trend).toBe('none');
  });
});

describe('NEEDS_CLASSIFICATIONS', () => {
  it('lists every label once, each with its kind', () => {
    expect(new Set(NEEDS_CLASSIFICATIONS).size).toBe(NEEDS_CLASSIFICATIONS.length);
    expect(Object.keys(NEEDS_CLASSIFICATION_KIND).sort()).toEqual([...NEEDS_CLASSIFICATIONS].sort());
  });
});
