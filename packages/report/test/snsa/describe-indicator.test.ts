import { describe, expect, it } from 'vitest';
import type { ResultRow } from '@cjsnsa/framework';
import { describeIndicator } from '@cjsnsa/report';

const base: ResultRow = {
  indicator: 'SM-cpo-completion', indicator_name: 'CPOs successfully completed (%)', indicator_kind: 'supporting', outcome: 4,
  confirmation: 'confirmed', measure: 'percentage', unit: '%', polarity: 'high-is-good', area: 'S12000039',
  area_name: 'West Dunbartonshire', area_type: 'council', period: '2023-24', numerator: 300, denominator: 400, value: 75,
  lower: 70.5, upper: 79.0, lower_998: 68.0, upper_998: 81.0, method: 'Wilson', trend: null, trend_reason: null,
  trend_direction: null, change_abs: null, change_pct: null, scotland_value: 71.3, comparison_scotland: 'Better',
  group_name: 'LGBF people-based family group 4', group_value: 74, comparison_group: 'Similar', status: 'published',
  source: 'test', framework_version: 'cjpf-2023',
};

describe('describeIndicator', () => {
  it('states the latest value with its interval and the comparisons, from the row', () => {
    const text = describeIndicator([base]).join(' ');
    expect(text).toContain('in 2023-24, West Dunbartonshire had 75.0% (95% confidence interval 70.5% to 79.0%)');
    expect(text).toContain('better than Scotland (71.3%)');
    expect(text).toContain('similar to LGBF people-based family group 4 (74.0%)');
  });

  it('never states a suppressed value', () => {
    const text = describeIndicator([{ ...base, value: null, lower: null, upper: null, numerator: null, status: 'suppressed' }]).join(' ');
    expect(text).toContain('suppressed');
    expect(text).not.toMatch(/75|70\.5|79/);
  });

  it('labels provisional indicators and synthetic data', () => {
    const text = describeIndicator([{ ...base, confirmation: 'provisional', status: 'synthetic' }]).join(' ');
    expect(text).toMatch(/provisional indicator/);
    expect(text).toMatch(/synthetic demonstration data/);
  });

  it('gives a percentage change in percentage points', () => {
    const rows = [{ ...base, period: '2019-20', value: 70 }, { ...base, change_abs: 5, change_pct: 7.1 }];
    expect(describeIndicator(rows).join(' ')).toContain('up by 5.0 percentage points (+7%)');
  });
});
