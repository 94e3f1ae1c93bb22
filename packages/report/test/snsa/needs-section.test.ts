import { describe, expect, it } from 'vitest';
import { messages as m, type ResultRow } from '@cjsnsa/framework';
import { baselineTable, needsSection, snsaArea, topicById } from '@cjsnsa/report';

const AREA = snsaArea('Dumfries and Galloway');
const TOPIC = topicById('diversion');
const NO_INTERVAL = 'No 95% confidence interval for 2020-21; the trend test weights each point by its interval.';

/** A hand-made latest results row for Dumfries and Galloway, 2023-24 (a percentage, high is good, similar, no change). */
const row = (over: Partial<ResultRow>): ResultRow => ({
  indicator: 'x', indicator_name: 'x', indicator_kind: 'national', outcome: 1, confirmation: 'confirmed', measure: 'percentage', unit: '%',
  polarity: 'high-is-good', area: AREA.code, area_name: AREA.name, area_type: 'council', period: '2023-24',
  numerator: 50, denominator: 100, value: 50, lower: 40, upper: 60, lower_998: 35, upper_998: 65, method: 'Wilson',
  trend: 'No significant change', trend_reason: null, trend_direction: null, change_abs: null, change_pct: null,
  scotland_value: 50, comparison_scotland: 'Similar', group_name: AREA.group.name, group_value: 50, comparison_group: 'Similar',
  status: 'published', source: 's', framework_version: 'cjpf-2023', ...over,
});
const count = (indicator: string, value: number, trend: ResultRow['trend']) =>
  row({ indicator, indicator_name: indicator, measure: 'count', unit: 'count', denominator: null, value, numerator: value, lower: value - 30, upper: value + 30, comparison_scotland: 'Not compared', comparison_group: 'Not compared', trend, trend_direction: trend === 'Increasing' ? 'getting better' : null });

// The diversion pack of the issue: three counts that rose, a rate better than Scotland and rising,
// a measure with no direction, and a ratio whose trend cannot be calculated.
const results: ResultRow[] = [
  count('NI1a', 452, 'Increasing'),
  count('NI1b', 282, 'Increasing'),
  count('NI1c', 209, 'No significant change'),
  row({ indicator: 'SM-diversion-rate', indicator_name: 'SM-diversion-rate', measure: 'rate', value: 28, lower: 25, upper: 31.5, scotland_value: 8.8, comparison_scotland: 'Better', trend: 'Increasing', trend_direction: 'getting better' }),
  row({ indicator: 'SM-diversion-progression', indicator_name: 'SM-diversion-progression', polarity: 'no-judgement', value: 62.4 }),
  row({ indicator: 'SM-diversion-completion', indicator_name: 'SM-diversion-completion', value: 74.1, trend: 'Cannot be calculated', trend_reason: NO_INTERVAL }),
  row({ indicator: 'SM-diversion-completion', indicator_name: 'SM-diversion-completion', period: '2022-23', value: 68.1, trend: null }),
];
const ctx = { results, frameworkVersion: 'cjpf-2023' };

const rising = m.needsVolumeRule(true, m.needsSignificantTrend('rising'));
const expected: [string, string, string][] = [
  ['NI1a', 'Volume rising', rising],
  ['NI1b', 'Volume rising', rising],
  ['NI1c', 'Volume steady', m.needsVolumeRule(true, m.needsNoSignificantChange())],
  ['SM-diversion-rate', 'Strength', m.needsRule(m.needsSignificantlyDifferent('better', 'Scotland', false), m.needsSignificantTrend('getting better'), m.needsCalledOn('strength', 'comparison and trend'))],
  ['SM-diversion-progression', 'Not judged', m.needsRule(m.needsSimilar('Scotland'), m.needsNoSignificantChange(), m.needsNoDirection())],
  ['SM-diversion-completion', 'No trend', m.needsRule(m.needsSimilar('Scotland'), m.needsNoTrendMeasured(NO_INTERVAL), m.needsNothingToCall())],
];

describe('needsSection(ctx, area, topic)', () => {
  const section = needsSection(ctx, AREA, TOPIC);
  const table = section.tables[0];
  const col = (name: string) => table.columns.indexOf(name);

  it('shows each call with the rule that made it beside it', () => {
    expect(table.columns.slice(-2)).toEqual(['Classification', 'Rule']);
    expect(table.rows.map((r) => [r[0], r[col('Classification')], r[col('Rule')]])).toEqual(expected);
  });

  it('never reads a rising count as a strength, a measure with data as "Insufficient data", or no trend as "Stable"', () => {
    const labels = table.rows.map((r) => r[col('Classification')]);
    expect(labels).not.toContain('Stable');
    expect(labels).not.toContain('Insufficient data');
    expect(table.rows.filter((r) => r[col('Classification')] === 'Strength').map((r) => r[0])).toEqual(['SM-diversion-rate']);
  });

  it('shows a volume\'s trend without a better/worse reading, a judged indicator\'s with it', () => {
    expect(table.rows.map((r) => r[col('Trend')])).toEqual([
      'Increasing', 'Increasing', 'No significant change', 'Increasing, getting better', 'No significant change', 'Cannot be calculated',
    ]);
  });

  it('counts the calls, the volumes read as context and the indicators with no call', () => {
    expect(section.paragraphs[0]).toBe(
      'Of the 6 indicators for diversion from prosecution in Dumfries and Galloway, 0 are needs, 1 is a strength and 0 are mixed. ' +
        '3 are volumes, read as context rather than as a need or strength (2 Volume rising, 1 Volume steady). ' +
        '2 have no call (1 No trend, 1 Not judged): the Rule column says why.',
    );
  });

  it('explains the rule: significance, volumes as context, no direction not judged', () => {
    const text = section.paragraphs.slice(1).join(' ');
    expect(text).toContain('only on a statistically significant result');
    expect(text).toContain('"No trend"');
    expect(text).toContain('never as a need or strength');
    expect(text).toContain('"Not judged"');
    expect(text).not.toMatch(/stable/i);
  });
});

describe('baselineTable(ctx, area, topic)', () => {
  const table = baselineTable(ctx, AREA, TOPIC);
  const col = (name: string) => table.columns.indexOf(name);

  it('puts the rule beside each classification, as in section 4', () => {
    expect(col('Rule')).toBe(col('Classification') + 1);
    expect(table.rows.map((r) => [r[0], r[col('Classification')], r[col('Rule')]])).toEqual(expected);
  });

  it('reads the trend of a volume without better/worse, as section 4 does', () => {
    expect(table.rows.map((r) => r[col('Trend')])).toEqual(needsSection(ctx, AREA, TOPIC).tables[0].rows.map((r) => r[5]));
  });

  it('says the classification is this toolkit\'s rule and that counts are context', () => {
    expect(table.notes.join(' ')).toContain('counts are volumes, shown as context, never as a need or strength');
  });
});
