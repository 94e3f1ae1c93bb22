import { describe, expect, it } from 'vitest';
import { compareAreasChart, trendChart, messages } from '../../src/index.js';
import { trendRows } from '../fixtures/results.js';

describe('trendChart(results, { level }) and compareAreasChart(results, { level })', () => {
  it("name the interval the rows carry: '95%' by default, '99.8%' when asked", () => {
    const at95 = trendChart(trendRows, { area: 'S12000039', indicator: 'NI4' });
    const at998 = trendChart(trendRows, { area: 'S12000039', indicator: 'NI4', level: '99.8%' });
    expect(at95.notes).toContain(messages.intervalNote('Shaded band', '95%'));
    expect(at998.notes).toContain(messages.intervalNote('Shaded band', '99.8%'));
    expect(at998.notes).not.toContain(messages.intervalNote('Shaded band', '95%'));
    expect(at998.description).toContain('value has a 99.8% confidence interval of');
    expect(at998.description).not.toContain('95%');
  });

  it('compareAreasChart names its whiskers at the level given', () => {
    const rows = trendRows.filter((r) => r.period === '2023-24');
    expect(compareAreasChart(rows, { indicator: 'NI4', level: '99.8%' }).notes).toContain(messages.intervalNote('Whiskers', '99.8%'));
    expect(compareAreasChart(rows, { indicator: 'NI4' }).notes).toContain(messages.intervalNote('Whiskers', '95%'));
  });
});

describe('trendChart(quarterly results)', () => {
  const quarters = ['2022-23 Q3', '2022-23 Q4', '2023-24 Q1', '2023-24 Q2', '2023-24 Q3'];
  const rows = trendRows
    .filter((r) => r.area === 'S12000039' || r.area === 'S92000003')
    .filter((r) => ['2019-20', '2020-21', '2021-22', '2022-23', '2023-24'].includes(r.period))
    .map((r) => ({ ...r, period: quarters[['2019-20', '2020-21', '2021-22', '2022-23', '2023-24'].indexOf(r.period)]!, status: 'published' }));

  it('labels each quarter on two lines, year over quarter, in quarter order', () => {
    const chart = trendChart(rows, { area: 'S12000039', indicator: 'NI4' });
    const json = JSON.stringify(chart.spec);
    expect(json).toContain(`"labelExpr":"split(datum.label, ' ')"`);
    expect(json).toContain(JSON.stringify(quarters));
  });
});
