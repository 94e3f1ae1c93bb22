import { describe, expect, it } from 'vitest';
import { trendChart, messages, toSVG, ALT_TEXT_LIMIT } from '../../src/index.js';
import { trendRows, countRows, rateRows } from '../fixtures/results.js';

describe('trendChart(results, options)', () => {
  const chart = trendChart(trendRows, { area: 'S12000039', indicator: 'NI4', source: 'Test source' });

  it('describes the latest value, the comparison and the trend in short alt text, the interval and caveats in the description', () => {
    expect(chart.altText).toContain('2023-24: 70.9%, not significantly different from Scotland (73.8%).');
    expect(chart.altText).toContain('Trend: no significant change (2019-20 to 2023-24).');
    expect(chart.altText.length).toBeLessThanOrEqual(ALT_TEXT_LIMIT);
    expect(chart.description).toContain('The 2023-24 value has a 95% confidence interval of 66.5% to 75.0%.');
    expect(chart.description).toContain('2020-21 and 2021-22 fall in the COVID-19 pandemic');
  });

  it('states the framework\'s trend result and its five periods in the subtitle', () => {
    expect((chart.spec.title as { subtitle: string[] }).subtitle).toEqual(['%, 2017-18 to 2023-24', 'Trend: No significant change (2019-20 to 2023-24)']);
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

  it('moves a bracketed qualifier out of the title into the notes, and wraps a long title', () => {
    const named = trendRows.map((r) => ({ ...r, indicator_name: 'Community payback orders successfully completed (%) [Provisional: wording to be confirmed against the CJPF Guidance and Technical Notes]' }));
    const c = trendChart(named, { area: 'S12000039' });
    expect(c.title).toBe('Community payback orders successfully completed (%): West Dunbartonshire');
    expect(JSON.stringify(c.spec.title)).not.toContain('[Provisional');
    expect(Array.isArray((c.spec.title as { text: string[] }).text)).toBe(true);
    expect(c.notes).toContain('Provisional: wording to be confirmed against the CJPF Guidance and Technical Notes.');
  });

  it('throws catalogue errors for a missing area or no rows', () => {
    expect(() => trendChart(trendRows, {} as never)).toThrow(messages.missingOption('trendChart', 'area'));
    expect(() => trendChart(trendRows, { area: 'S99' })).toThrow(messages.noRows('trendChart'));
  });
});

describe('trendChart(results, options) for a count', () => {
  const panels = (c: ReturnType<typeof trendChart>) => (c.spec as any).vconcat[0].vconcat as any[];
  const datasets = (c: ReturnType<typeof trendChart>) => (c.spec as any).datasets as Record<string, Record<string, unknown>[]>;

  it('draws the area\'s count on its own y scale from zero, with no Scotland or group count on that axis', () => {
    const c = trendChart(countRows, { area: 'S12000006' });
    const main = panels(c)[0];
    const series = new Set(datasets(c).main_lines.map((l) => l.series));
    expect([...series]).toEqual(['Dumfries and Galloway']);
    const onAxis = datasets(c).main_lines.map((l) => l.value);
    for (const s of countRows.map((r) => r.scotland_value)) expect(onAxis).not.toContain(s);
    const y = main.layer.find((l: any) => l.encoding?.y?.field === 'value').encoding.y;
    expect(y.scale.zero).toBe(true);
    expect(c.notes).toContain(messages.countOwnScale('Dumfries and Galloway'));
  });

  it('puts the rate per 10,000 with Scotland in a second panel when the rate is given', () => {
    const c = trendChart(countRows, { area: 'S12000006', rate: rateRows });
    expect(panels(c)).toHaveLength(2);
    expect(panels(c)[1].title.text).toBe('Diversion cases commenced per 10,000 population aged 16–70');
    expect(datasets(c).rate_lines.filter((l) => l.series === 'Scotland').map((l) => l.value)).toEqual([5.2, 3.4, 5.5, 7.1, 8.9]);
    expect(c.description).toContain('Diversion cases commenced per 10,000 population aged 16–70: 28.6 in 2023-24, statistically significantly better than Scotland (8.9).');
    expect(c.altText.length).toBeLessThanOrEqual(ALT_TEXT_LIMIT);
    expect(c.columns).toContain('rate');
  });

  it('without a rate, indexes the area and Scotland to the first period (= 100)', () => {
    const c = trendChart(countRows, { area: 'S12000006' });
    expect(panels(c)[1].title.text).toBe('Change since 2019-20 (index, 2019-20 = 100)');
    // 282 / 151 × 100 = 186.8; 3400 / 1980 × 100 = 171.7 (hand-worked)
    expect(datasets(c).index.filter((r) => r.period === '2023-24')).toEqual([
      { period: '2023-24', series: 'Dumfries and Galloway', index: 186.8 },
      { period: '2023-24', series: 'Scotland', index: 171.7 },
    ]);
  });

  it('draws no comparison legend when no point was compared with Scotland', async () => {
    const c = trendChart(countRows, { area: 'S12000006' });
    expect(panels(c)[0].layer.some((l: any) => l.encoding?.fill || l.encoding?.shape)).toBe(false);
    expect(await toSVG(c)).not.toContain('Not compared');
  });

  it('states the trend in the subtitle, without judging a volume better or worse', () => {
    const c = trendChart(countRows, { area: 'S12000006' });
    expect((c.spec.title as { subtitle: string[] }).subtitle).toContain('Trend: Increasing (significant, 2019-20 to 2023-24)');
    expect(JSON.stringify(c.spec)).not.toContain('getting better');
  });
});

describe('trendChart(results, options) axis and empty series', () => {
  it('marks a rate axis that does not start at zero, in its title and in the notes', async () => {
    const c = trendChart(rateRows, { area: 'S12000006' });
    expect(c.notes).not.toContain(messages.axisNotFromZero); // 3.4 to 32.1: starts at zero
    const high = trendChart(trendRows, { area: 'S12000039' }); // 56 to 80
    expect(high.notes).toContain(messages.axisNotFromZero);
    expect(await toSVG(high)).toContain(messages.axisNotFromZeroTitle('%'));
  });

  it('draws "No published values" and no numeric axis when every value is null', async () => {
    const empty = countRows.map((r, i) => ({ ...r, value: null, lower: null, upper: null, scotland_value: null, group_value: null, status: i === 2 ? 'suppressed' : 'not-available', trend: null }));
    const c = trendChart(empty, { area: 'S12000006' });
    const svg = await toSVG(c);
    expect(svg).toContain(messages.noPublishedValues);
    expect(svg).not.toMatch(/Y-axis/);
    expect(svg).not.toMatch(/>0\.0+</);
    expect(c.notes).toContain(messages.noPublishedValuesNote('Dumfries and Galloway, 2019-20 to 2023-24'));
  });
});
