import { describe, expect, it } from 'vitest';
import { NEEDS_AND_STRENGTHS_RULES, classifyNeedsAndStrengths, type ResultRow } from '../../src/index.js';

const row = (over: Partial<ResultRow>): ResultRow => ({
  indicator: 'NI4', indicator_name: 'x', indicator_kind: 'national', outcome: 4, confirmation: 'confirmed', measure: 'percentage', unit: '%',
  polarity: 'high-is-good', area: 'S12000039', area_name: 'West Dunbartonshire', area_type: 'council', period: '2023-24',
  numerator: 50, denominator: 100, value: 50, lower: 40, upper: 60, lower_998: 35, upper_998: 65, method: 'Wilson',
  trend: 'No significant change', trend_reason: null, trend_direction: null, change_abs: null, change_pct: null,
  scotland_value: 50, comparison_scotland: 'Similar', group_name: 'G', group_value: 50, comparison_group: 'Similar',
  status: 'published', source: 's', framework_version: 'cjpf-2023', ...over,
});

describe('classifyNeedsAndStrengths(results)', () => {
  it.each([
    ['Worse', 'Decreasing', 'getting worse', 'Need', 'Worse than Scotland and getting worse.'],
    ['Better', 'Increasing', 'getting better', 'Strength', 'Better than Scotland and getting better.'],
    ['Worse', 'Increasing', 'getting better', 'Mixed', 'Worse than Scotland but getting better.'],
    ['Similar', 'No significant change', null, 'Stable', 'Similar to Scotland, with no significant change.'],
    ['Not compared', 'Cannot be calculated', null, 'Insufficient data', 'Neither a comparison with Scotland nor a trend can be made.'],
  ] as const)('%s and %s (%s) → %s', (comparison, trend, direction, classification, rule) => {
    const [c] = classifyNeedsAndStrengths([row({ comparison_scotland: comparison, trend, trend_direction: direction })]);
    expect(c.classification).toBe(classification);
    expect(c.rule).toBe(rule);
  });

  it('against: group names the group in the rule', () => {
    const [c] = classifyNeedsAndStrengths([row({ comparison_group: 'Worse', group_name: 'LGBF people-based family group 4' })], { against: 'group' });
    expect(c.rule).toBe('Worse than LGBF people-based family group 4, with no significant change.');
  });

  it('does not classify withheld values or no-judgement measures', () => {
    expect(classifyNeedsAndStrengths([row({ status: 'suppressed', value: null })])[0].classification).toBe('Insufficient data');
    expect(classifyNeedsAndStrengths([row({ polarity: 'no-judgement' })])[0].classification).toBe('Insufficient data');
  });

  it('area: keeps one area, by any name', () => {
    expect(classifyNeedsAndStrengths([row({}), row({ area: 'S12000033' })], { area: 'West Dunbartonshire' }).length).toBe(1);
  });

  it('has one rule for every comparison × trend pair', () => {
    expect(NEEDS_AND_STRENGTHS_RULES.length).toBe(16);
  });
});
