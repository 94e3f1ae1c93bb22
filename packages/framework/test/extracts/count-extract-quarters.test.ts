import { describe, expect, it } from 'vitest';
import { readObservations } from '@cjsnsa/core';
import { countExtract, messages, observationChecks } from '@cjsnsa/framework';

const today = new Date('2026-12-06T12:00:00Z');
const HEADER = 'case_id,area,referral_date,assessment_date,commenced_date,end_date,age_band,sex,outcome';

describe('countExtract(file, { periodKind: "quarter" })', () => {
  it('counts each dated event in its financial-year quarter (Q1 April–June … Q4 January–March)', async () => {
    const data = [
      HEADER,
      // commenced 30 June (Q1), 1 July (Q2), 31 December (Q3), 1 January and 31 March (Q4 of the same financial year)
      'C1,S12000047,2023-06-01,,2023-06-30,,18-20,M,ongoing',
      'C2,S12000047,2023-06-01,,2023-07-01,,18-20,M,ongoing',
      'C3,S12000047,2023-06-01,,2023-12-31,,18-20,F,ongoing',
      'C4,S12000047,2023-06-01,,2024-01-01,,18-20,F,ongoing',
      'C5,S12000047,2023-06-01,,2024-03-31,,18-20,F,ongoing',
    ].join('\n');
    const counts = await countExtract({ name: 'cases.csv', data }, { today, periodKind: 'quarter' });
    const commenced = counts.observations.filter((o) => o.indicator === 'diversion-commenced' && o.area === 'S12000047');
    expect(commenced.map((o) => [o.period, o.numerator])).toEqual([
      ['2023-24 Q1', 1],
      ['2023-24 Q2', 1],
      ['2023-24 Q3', 1],
      ['2023-24 Q4', 2],
    ]);
    // by default, the same extract is counted in financial years
    const yearly = await countExtract({ name: 'cases.csv', data }, { today });
    expect(yearly.observations.filter((o) => o.indicator === 'diversion-commenced' && o.area === 'S12000047').map((o) => [o.period, o.numerator])).toEqual([['2023-24', 5]]);
  });
});

describe('observationChecks({ quarters: true })', () => {
  const csv = 'indicator,area,period,numerator,denominator,status,source\ncpo-commenced,S12000039,2023-24 Q3,5,,,S\n';
  it('reads a financial-year quarter for a financial-year data item; without it, the quarter is a problem naming the year', async () => {
    const on = await readObservations({ name: 'q.csv', data: csv }, { check: observationChecks({ today, quarters: true }), onProblems: 'return' });
    expect(on.problems).toEqual([]);
    expect(on.table.array('period')).toEqual(['2023-24 Q3']);
    const off = await readObservations({ name: 'q.csv', data: csv }, { check: observationChecks({ today }), onProblems: 'return' });
    expect(off.problems.map((p) => p.message)).toEqual([messages.periodKindMismatch('2023-24 Q3', 'financial-year quarter', 'cpo-commenced', 'financial year (2023-24)', ['2023-24'])]);
  });
});
