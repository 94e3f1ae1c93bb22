import { describe, expect, it } from 'vitest';
import { trendChart, messages } from '../../src/index.js';
import { trendRows } from '../fixtures/results.js';

describe('trendChart(results, options)', () => {
  const chart = trendChart(trendRows, { area: 'S12000039', indicator: 'NI4', source: 'Test source' });

  it('describes the latest value with its interval, the comparison and the trend in plain English', () => {
    expect(chart.altText).toContain('In 2023-24 the value was 70.9% (95% confidence interval 66.5% to 75.0%)');
    expect(chart.altText).toContain('not significantly different from Scotland (73.8%)');
    expect(chart.altText).toContain('Recent trend: no significant change.');
    expect(chart.altText).toContain('2020-21 and 2021-22 fall in the COVID-19 pandemic');
  });

  it('labels provisional indicators, pandemic years and suppressed periods in the chart', () => {
    expect(chart.notes).toContain(messages.provisionalLabel);
    expect(chart.notes).toContain(messages.pandemicNote(['2020-21', '2021-22']));
    expect(chart.notes).toContain(`${messages.suppressedLabel}: 2019-20.`);
    expect(chart.notes).toContain(messages.sourceNote('Test source'));
  });

  it('uses the title and size options', () => {
    const c = trendChart(trendRows, { area: 'S12000039', title: 'T', subtitle: 'S', width: 300, height: 150 });
    expect(c.spec.title).toEqual({ text: 'T', subtitle: 'S' });
    expect((c.spec as any).vconcat[0]).toMatchObject({ width: 300, height: 150 });
  });

  it('throws catalogue errors for a missing area or no rows', () => {
    expect(() => trendChart(trendRows, {} as never)).toThrow(messages.missingOption('trendChart', 'area'));
    expect(() => trendChart(trendRows, { area: 'S99' })).toThrow(messages.noRows('trendChart'));
  });
});
