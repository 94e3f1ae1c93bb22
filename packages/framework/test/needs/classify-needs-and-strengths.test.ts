import * as aq from 'arquero';
import { describe, expect, it } from 'vitest';
import { classifyNeedsAndStrengths, messages, type ResultRow } from '../../src/index.js';

// Hand-made latest rows of results: a percentage, high is good, similar to Scotland, no significant change.
const row = (over: Partial<ResultRow>): ResultRow => ({
  indicator: 'NI4', indicator_name: 'x', indicator_kind: 'national', outcome: 4, confirmation: 'confirmed', measure: 'percentage', unit: '%',
  polarity: 'high-is-good', area: 'S12000039', area_name: 'West Dunbartonshire', area_type: 'council', period: '2023-24',
  numerator: 50, denominator: 100, value: 50, lower: 40, upper: 60, lower_998: 35, upper_998: 65, method: 'Wilson',
  trend: 'No significant change', trend_reason: null, trend_direction: null, change_abs: null, change_pct: null,
  scotland_value: 50, comparison_scotland: 'Similar', group_name: 'G', group_value: 50, comparison_group: 'Similar',
  status: 'published', source: 's', framework_version: 'cjpf-2023', ...over,
});
const classify = (over: Partial<ResultRow>, options = {}) => classifyNeedsAndStrengths([row(over)], options)[0];

const NO_INTERVAL = 'No 95% confidence interval for 2020-21; the trend test weights each point by its interval.';
const m = messages;
const scot = {
  better: m.needsSignificantlyDifferent('better', 'Scotland', false),
  worse: m.needsSignificantlyDifferent('worse', 'Scotland', false),
  similar: m.needsSimilar('Scotland'),
  none: m.needsNotCompared('Scotland', null),
};
const trend = {
  better: m.needsSignificantTrend('getting better'),
  worse: m.needsSignificantTrend('getting worse'),
  flat: m.needsNoSignificantChange(),
  none: m.needsNoTrendMeasured(NO_INTERVAL),
};

describe('classifyNeedsAndStrengths(results): indicators with a better/worse direction', () => {
  // [comparison_scotland, trend marker (high is good), classification, basis, comparison words, trend words, conclusion]
  it.each([
    ['Worse', 'Decreasing', 'Need', 'comparison and trend', scot.worse, trend.worse, m.needsCalledOn('need', 'comparison and trend')],
    ['Worse', 'No significant change', 'Need', 'comparison', scot.worse, trend.flat, m.needsCalledOn('need', 'comparison')],
    ['Worse', 'Cannot be calculated', 'Need', 'comparison', scot.worse, trend.none, m.needsCalledOn('need', 'comparison')],
    ['Worse', 'Increasing', 'Mixed', 'comparison and trend', scot.worse, trend.better, m.needsMixed()],
    ['Similar', 'Decreasing', 'Need', 'trend', scot.similar, trend.worse, m.needsCalledOn('need', 'trend')],
    ['Similar', 'No significant change', 'No significant difference', null, scot.similar, trend.flat, m.needsNothingSignificant()],
    ['Similar', 'Cannot be calculated', 'No trend', null, scot.similar, trend.none, m.needsNothingToCall()],
    ['Similar', 'Increasing', 'Strength', 'trend', scot.similar, trend.better, m.needsCalledOn('strength', 'trend')],
    ['Better', 'Decreasing', 'Mixed', 'comparison and trend', scot.better, trend.worse, m.needsMixed()],
    ['Better', 'No significant change', 'Strength', 'comparison', scot.better, trend.flat, m.needsCalledOn('strength', 'comparison')],
    ['Better', 'Cannot be calculated', 'Strength', 'comparison', scot.better, trend.none, m.needsCalledOn('strength', 'comparison')],
    ['Better', 'Increasing', 'Strength', 'comparison and trend', scot.better, trend.better, m.needsCalledOn('strength', 'comparison and trend')],
    ['Not compared', 'Decreasing', 'Need', 'trend', scot.none, trend.worse, m.needsCalledOn('need', 'trend')],
    ['Not compared', 'No significant change', 'No significant difference', null, scot.none, trend.flat, m.needsNothingSignificant()],
    ['Not compared', 'Increasing', 'Strength', 'trend', scot.none, trend.better, m.needsCalledOn('strength', 'trend')],
    ['Not compared', 'Cannot be calculated', 'No trend', null, scot.none, trend.none, m.needsNothingToCall()],
  ] as const)('%s than Scotland and %s → %s', (comparison, marker, classification, basis, comparisonWords, trendWords, conclusion) => {
    const direction = marker === 'Increasing' ? 'getting better' : marker === 'Decreasing' ? 'getting worse' : null;
    const reason = marker === 'Cannot be calculated' ? NO_INTERVAL : null;
    const c = classify({ comparison_scotland: comparison, trend: marker, trend_direction: direction, trend_reason: reason });
    expect(c.classification).toBe(classification);
    expect(c.basis).toBe(basis);
    expect(c.rule).toBe(m.needsRule(comparisonWords, trendWords, conclusion));
  });

  it('reads a rule a coordinator can follow, naming what made the call', () => {
    expect(classify({ comparison_scotland: 'Worse' }).rule).toBe(
      'Significantly worse than Scotland; no significant change over the last five years. The significant difference makes it a need.',
    );
    expect(classify({ trend: 'Decreasing', trend_direction: 'getting worse' }).rule).toBe(
      'Similar to Scotland (no significant difference); getting worse (a significant trend over the last five years). The significant trend makes it a need.',
    );
  });

  it('never calls "Stable" when no trend was measured: similar to Scotland, trend not calculated → No trend, with the reason', () => {
    const c = classify({ trend: 'Cannot be calculated', trend_reason: NO_INTERVAL });
    expect(c.classification).toBe('No trend');
    expect(c.rule).toBe(
      'Similar to Scotland (no significant difference); no trend could be measured (no 95% confidence interval for 2020-21; the trend test weights each point by its interval). ' +
        'A need or strength needs a significant difference or trend, and there is neither, so no call is made.',
    );
  });

  it('reads the trend through the polarity: a falling rate of a low-is-good measure is getting better', () => {
    const c = classify({ polarity: 'low-is-good', trend: 'Decreasing', trend_direction: 'getting better' });
    expect(c.classification).toBe('Strength');
    expect(c.rule).toBe(m.needsRule(scot.similar, trend.better, m.needsCalledOn('strength', 'trend')));
  });

  it('says when the difference holds at 99.8% too (Best, Worst)', () => {
    expect(classify({ comparison_scotland: 'Worst' }).rule).toBe(
      m.needsRule(m.needsSignificantlyDifferent('worse', 'Scotland', true), trend.flat, m.needsCalledOn('need', 'comparison')),
    );
    expect(classify({ comparison_scotland: 'Best' }).classification).toBe('Strength');
  });

  it('says why a comparison was not made: no Scotland value, or no interval', () => {
    expect(classify({ comparison_scotland: 'Not compared', scotland_value: null }).rule).toBe(
      m.needsRule(m.needsNotCompared('Scotland', m.needsNoBenchmarkValue('Scotland')), trend.flat, m.needsNothingSignificant()),
    );
    expect(classify({ comparison_scotland: 'Not compared', lower: null, upper: null }).rule).toBe(
      m.needsRule(m.needsNotCompared('Scotland', m.needsNoInterval()), trend.flat, m.needsNothingSignificant()),
    );
  });

  it('against: group compares with the comparator group and names it in the rule', () => {
    const c = classify({ comparison_group: 'Worse', group_name: 'LGBF people-based family group 4' }, { against: 'group' });
    expect(c.benchmark).toBe('LGBF people-based family group 4');
    expect(c.rule).toBe(m.needsRule(m.needsSignificantlyDifferent('worse', 'LGBF people-based family group 4', false), trend.flat, m.needsCalledOn('need', 'comparison')));
  });
});

describe('classifyNeedsAndStrengths(results): volumes are context, never a need or strength', () => {
  const count = { measure: 'count', unit: 'count', denominator: null, comparison_scotland: 'Not compared', comparison_group: 'Not compared' } as const;

  it.each([
    ['Increasing', 'getting better', 'Volume rising', 'trend', m.needsSignificantTrend('rising')],
    ['Decreasing', 'getting worse', 'Volume falling', 'trend', m.needsSignificantTrend('falling')],
    ['No significant change', null, 'Volume steady', null, m.needsNoSignificantChange()],
    ['Cannot be calculated', null, 'No trend', null, m.needsNoTrendMeasured(NO_INTERVAL)],
  ] as const)('a count %s → %s', (marker, direction, classification, basis, trendWords) => {
    const c = classify({ ...count, trend: marker, trend_direction: direction, trend_reason: marker === 'Cannot be calculated' ? NO_INTERVAL : null });
    expect(c.classification).toBe(classification);
    expect(c.basis).toBe(basis);
    expect(c.rule).toBe(m.needsVolumeRule(true, trendWords));
  });

  it('a rising count of cases is not a strength, even where high is good', () => {
    const c = classify({ ...count, trend: 'Increasing', trend_direction: 'getting better' });
    expect(c.classification).toBe('Volume rising');
    expect(c.rule).toBe(
      'A count, rising (a significant trend over the last five years): context, not a need or strength, because it moves with demand as well as with what services do.',
    );
  });

  it('a count with no direction is a volume too, not "Not judged"', () => {
    expect(classify({ ...count, polarity: 'no-judgement', trend: 'Decreasing' }).classification).toBe('Volume falling');
  });

  it('volumeIndicators: reads a rate its definition marks as a volume measure as context', () => {
    const c = classify({ indicator: 'SM-cpo-rate', measure: 'rate', comparison_scotland: 'Better', trend: 'Increasing', trend_direction: 'getting better' }, { volumeIndicators: ['SM-cpo-rate'] });
    expect(c.classification).toBe('Volume rising');
    expect(c.rule).toBe(m.needsVolumeRule(false, m.needsSignificantTrend('rising')));
  });
});

describe('classifyNeedsAndStrengths(results): no call', () => {
  it('a measure with no better/worse direction is "Not judged", and the rule shows its data are there', () => {
    const c = classify({ polarity: 'no-judgement' });
    expect(c.classification).toBe('Not judged');
    expect(c.basis).toBeNull();
    expect(c.rule).toBe(
      'Similar to Scotland (no significant difference); no significant change over the last five years. This measure has no better or worse direction, so it is described here, not judged a need or strength.',
    );
  });

  it('describes a measure with no direction as higher or lower, rising or falling', () => {
    const c = classify({ polarity: 'no-judgement', comparison_scotland: 'Higher', trend: 'Increasing' });
    expect(c.classification).toBe('Not judged');
    expect(c.rule).toBe(m.needsRule(m.needsSignificantlyDifferent('higher', 'Scotland', false), m.needsSignificantTrend('rising'), m.needsNoDirection()));
  });

  it('a withheld or missing latest value is "Not available", saying which', () => {
    const withheld = classify({ status: 'suppressed', numerator: null, value: null, lower: null, upper: null });
    expect([withheld.classification, withheld.rule]).toEqual(['Not available', m.needsWithheld('2023-24')]);
    const missing = classify({ status: 'not-available', value: null });
    expect([missing.classification, missing.rule]).toEqual(['Not available', m.needsNotAvailable('2023-24')]);
    expect(classify({ ...{ measure: 'count' }, status: 'suppressed', value: null }).classification).toBe('Not available');
  });
});

describe('classifyNeedsAndStrengths(results, options): which rows', () => {
  it('classifies only the latest council rows (those holding the trend)', () => {
    const rows = [row({}), row({ period: '2022-23', trend: null }), row({ area: 'S92000003', area_type: 'scotland' })];
    expect(classifyNeedsAndStrengths(rows).map((c) => c.period)).toEqual(['2023-24']);
  });

  it('area: keeps one area, by any name', () => {
    expect(classifyNeedsAndStrengths([row({}), row({ area: 'S12000033' })], { area: 'West Dunbartonshire' }).length).toBe(1);
  });

  it('takes an arquero table as well as rows', () => {
    expect(classifyNeedsAndStrengths(aq.from([row({ comparison_scotland: 'Better' })]))[0].classification).toBe('Strength');
  });
});
