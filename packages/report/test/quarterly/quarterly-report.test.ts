import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { op } from 'arquero';
import { DataError, DEFAULT_SMALL_COUNT_RULE, countWithInterval, isWithheld } from '@cjsnsa/core';
import type { ResultRow } from '@cjsnsa/framework';
import { loadSnsaData } from '../../src/data/load-snsa-data.js';
import { messages } from '../../src/messages.js';
import { readQuarterlyData } from '../../src/quarterly/read-quarterly-data.js';
import { quarterBefore, quarterlyLines, quarterlyResults } from '../../src/quarterly/quarterly-indicators.js';
import { buildQuarterlyReport, QUARTERLY_SYNTHETIC_NOTE } from '../../src/quarterly/quarterly-report.js';
import { packReadme } from '../../src/output/write-pack.js';
import { packToHtml, SYNTHETIC_BANNER } from '../../src/output/html-report.js';

const EXAMPLE = fileURLToPath(new URL('../../../../examples/quarterly/quarterly-synthetic.csv', import.meta.url));
const FIFE = 'S12000047';
const SIAR = 'S12000013';

const data = await readQuarterlyData(EXAMPLE, { today: new Date('2024-12-01') });
const population = (await loadSnsaData()).observations.filter((d: { indicator: string }) => op.startswith(d.indicator, 'population-'));
const columns = data.observations.columnNames().filter((c) => population.columnNames().includes(c));
const upToQ3 = data.observations.filter((d: { period: string }) => d.period !== '2023-24 Q4');
const rows: ResultRow[] = quarterlyResults(upToQ3.select(columns).concat(population.select(columns)), DEFAULT_SMALL_COUNT_RULE);

describe('quarterBefore(quarter, n)', () => {
  it('steps back across the turn of the financial year', () => {
    expect(quarterBefore('2024-25 Q1', 1)).toBe('2023-24 Q4');
    expect(quarterBefore('2024-25 Q3', 4)).toBe('2023-24 Q3');
    expect(quarterBefore('2024-25 Q3', 0)).toBe('2024-25 Q3');
  });
});

describe('readQuarterlyData(path)', () => {
  it('reads the synthetic example: 12 quarters, every period a quarter', () => {
    expect(data.quarters[0]).toBe('2021-22 Q1');
    expect(data.quarters.at(-1)).toBe('2023-24 Q4');
    expect(data.quarters).toHaveLength(12);
  });

  it('refuses a year among quarters by file, row and column', async () => {
    const csv = 'indicator,area,period,numerator,denominator,status,source\ncustody-referrals,S12000047,2023-24 Q3,5,,,x\ncustody-referrals,S12000047,2023-24,5,,,x\n';
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const file = join(mkdtempSync(join(tmpdir(), 'q-')), 'q.csv');
    writeFileSync(file, csv);
    try {
      await readQuarterlyData(file, { today: new Date('2024-12-01') });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(DataError);
      expect((err as DataError).issues.map((i) => [i.row, i.column, i.columnLetter, i.message])).toEqual([[3, 'period', 'C', messages.quarterlyNotQuarter('2023-24')]]);
    }
  });
});

describe('quarterlyResults and quarterlyLines', () => {
  it('give one row per quarter, with the recent trend on the latest quarter computed over 5 quarters', () => {
    const series = rows.filter((r) => r.indicator === 'SM-cpo-rate' && r.area === FIFE);
    expect(series.map((r) => r.period)).toHaveLength(11);
    const latest = series.find((r) => r.period === '2023-24 Q3')!;
    expect(['Increasing', 'Decreasing', 'No significant change']).toContain(latest.trend);
  });

  it('rolls four quarters as the sum of their counts, with the count interval of the sum', () => {
    const line = quarterlyLines(rows, FIFE, '2023-24 Q3').find((l) => l.indicator === 'NI1b')!;
    const four = ['2022-23 Q4', '2023-24 Q1', '2023-24 Q2', '2023-24 Q3'].map((p) => rows.find((r) => r.indicator === 'NI1b' && r.area === FIFE && r.period === p)!.numerator!);
    const sum = four.reduce((a, b) => a + b, 0);
    expect(line.rolling.value).toBe(sum);
    expect(line.rolling.lower).toBe(countWithInterval(sum).lower);
    expect(line.lastYear?.period).toBe('2022-23 Q3');
  });

  it('withholds the rolling four quarters when any of them is suppressed, so it cannot reveal it', () => {
    for (const l of quarterlyLines(rows, SIAR, '2023-24 Q3')) {
      const four = [3, 2, 1, 0].map((n) => rows.find((r) => r.indicator === l.indicator && r.area === SIAR && r.period === quarterBefore('2023-24 Q3', n)));
      if (four.some((r) => !r || isWithheld(r.status))) expect(l.rolling.value).toBeNull();
    }
  });

  it('flags an exception when the funnel puts the quarter outside the 99.8% limits, and says why', () => {
    const lines = quarterlyLines(rows, FIFE, '2023-24 Q3');
    for (const l of lines) {
      const outside = l.funnel === 'High (0.001)' || l.funnel === 'Low (0.001)';
      const trend = l.trend === 'Increasing' || l.trend === 'Decreasing';
      expect(l.exception).toBe(outside || trend);
      if (outside) expect(l.reasons.join(' ')).toContain('99.8% funnel limits');
    }
    expect(lines.some((l) => l.exception)).toBe(true);
  });
});

describe('buildQuarterlyReport(rows, { area, quarter })', () => {
  it('is a pack with the board summary, the exceptions and every indicator by quarter; no withheld number in it', async () => {
    const report = await buildQuarterlyReport(rows, { area: { code: FIFE, name: 'Fife' }, quarter: '2023-24 Q3', disclosure: DEFAULT_SMALL_COUNT_RULE, asOf: '2024-12-01' });
    expect(report.sections.map((s) => s.id)).toEqual(['summary', 'exceptions', 'quarters']);
    expect(report.baseline.columns.slice(1, 3)).toEqual(['Latest quarter (2023-24 Q3)', 'Same quarter last year (2022-23 Q3)']);
    expect(report.synthetic).toBe(true);
    for (const r of report.results) if (isWithheld(String(r.status))) expect(r.numerator).toBeNull();
    const periods = new Set(report.results.map((r) => String(r.period)));
    expect([...periods].sort().at(-1)).toBe('2023-24 Q3');
    expect(periods.size).toBe(11); // 12 quarters shown, the data starting at 2021-22 Q1
    // it calls itself a quarterly report, not an SNSA data pack, and its banner says how to put quarterly figures in
    const readme = packReadme(report);
    expect(readme.split('\n')[1]).toMatch(/^Quarterly performance report for the executive board, generated 2024-12-01/);
    expect(readme).toContain('This report includes synthetic demonstration data');
    expect(readme).not.toMatch(/data pack|This pack/);
    const html = packToHtml(report);
    expect(html).toContain(QUARTERLY_SYNTHETIC_NOTE.replace(/'/g, '&#39;'));
    expect(html).not.toContain(SYNTHETIC_BANNER.slice(0, 60));
    expect(html).not.toMatch(/data pack/);
  }, 120_000);
});
