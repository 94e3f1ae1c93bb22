import { describe, expect, it } from 'vitest';
import type { ResultRow } from '@cjsnsa/framework';
import { describeIndicator } from '@cjsnsa/report';
import { populationBaseChange, populationBaseNote } from '../../src/snsa/describe-indicator.js';

const rate = (period: string, base: 'unrebased' | 'census-2022' | null, status = 'published'): ResultRow => ({
  indicator: 'SM-cpo-rate', indicator_name: 'CPOs commenced per 10,000 population aged 16–70', indicator_kind: 'supporting', outcome: 4,
  confirmation: 'confirmed', measure: 'rate', unit: 'per 10,000 population aged 16–70', polarity: 'no-judgement', area: 'S12000039',
  area_name: 'West Dunbartonshire', area_type: 'council', period, numerator: 370, denominator: 61_965,
  population_year: base ? Number(period.slice(0, 4)) : null, population_base: base, value: 59.7,
  lower: 53.8, upper: 66.1, lower_998: 51.0, upper_998: 69.0, method: 'Byar', trend: null, trend_reason: null,
  trend_direction: null, change_abs: null, change_pct: null, scotland_value: 38.4, comparison_scotland: 'Higher',
  group_name: null, group_value: null, comparison_group: null, status, source: 'test', framework_version: 'cjpf-2023',
});

describe('the change of population base in the text', () => {
  it('finds the first period on the new base, whatever the order of the rows', () => {
    expect(populationBaseChange([rate('2023-24', 'census-2022'), rate('2021-22', 'unrebased'), rate('2022-23', 'census-2022')])).toBe('2022-23');
    expect(populationBaseChange([rate('2020-21', 'unrebased'), rate('2021-22', 'unrebased')])).toBeNull();
    expect(populationBaseChange([rate('2021-22', null), rate('2022-23', 'census-2022')])).toBeNull();
  });

  it('describeIndicator says which estimates the rates use and that the trend spans the break', () => {
    const text = describeIndicator([rate('2021-22', 'unrebased'), rate('2022-23', 'census-2022', 'break-in-series'), rate('2023-24', 'census-2022')]).join(' ');
    expect(text).toContain(populationBaseNote('2022-23'));
    expect(text).toContain("Rates from 2022-23 use NRS population estimates based on Scotland's Census 2022");
    expect(describeIndicator([rate('2020-21', 'unrebased'), rate('2021-22', 'unrebased')]).join(' ')).not.toContain('Census 2022');
  });
});
