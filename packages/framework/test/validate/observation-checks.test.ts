import { describe, expect, it } from 'vitest';
import { readObservations, type DataIssue } from '@cjsnsa/core';
import { FIRST_DATA_YEAR, messages, observationChecks, type ObservationChecksOptions } from '../../src/index.js';

const HEADER = 'indicator,area,period,numerator,denominator,status,source';
const read = (options: ObservationChecksOptions, ...rows: string[]) =>
  readObservations({ name: 'a.csv', data: [HEADER, ...rows].join('\n') + '\n' }, { check: observationChecks(options), onProblems: 'return' });
const issue = (row: number, column: string | null, columnLetter: string | null, message: string): DataIssue => ({ file: 'a.csv', row, column, columnLetter, message });
const TODAY = new Date('2024-12-01');

describe('observationChecks(): data items', () => {
  it('an id no indicator uses is a problem naming the nearest ids', async () => {
    const { problems } = await read({ today: TODAY }, 'custody-referral,S12000039,2023-24,5,,,S', 'custody-referrals,S12000039,2023-24,5,,,S');
    expect(problems).toEqual([issue(2, 'indicator', 'A', messages.unknownDataItem('custody-referral', ['custody-referrals']))]);
  });

  it('items can be given: then those ids, and only those, are accepted', async () => {
    const { problems } = await read({ items: ['hostile-started'], today: TODAY }, 'hostile-started,S12000039,2023-24,5,,,S', 'cpo-commenced,S12000039,2023-24,5,,,S');
    expect(problems).toEqual([issue(3, 'indicator', 'A', messages.unknownDataItem('cpo-commenced', []))]);
  });

  it('areas joined by ";" are a problem for an item counted per council area, and read for one the definitions do not know', async () => {
    const { problems, table } = await read({ items: ['cpo-commenced', 'x'], today: TODAY }, 'cpo-commenced,S12000018;S12000038,2023-24,5,,,S', 'x,S12000018;S12000038,2023-24,5,,,S');
    expect(problems).toEqual([issue(2, 'area', 'B', messages.areaGroupNotUsed('S12000018;S12000038', 'cpo-commenced'))]);
    expect(table.array('area')).toEqual(['S12000018;S12000038']);
  });
});

describe('observationChecks(): periods', () => {
  it('a period of another kind than the item is counted in names the periods meant', async () => {
    const { problems } = await read({ today: TODAY }, 'cpo-commenced,S12000039,2022,5,,,S', 'population-16-70,S12000039,2022-23 Q4,60000,,,S');
    expect(problems).toEqual([
      issue(2, 'period', 'C', messages.periodKindMismatch('2022', 'calendar year', 'cpo-commenced', 'financial year (2023-24)', ['2022-23', '2021-22'])),
      issue(3, 'period', 'C', messages.periodKindMismatch('2022-23 Q4', 'financial-year quarter', 'population-16-70', 'calendar year (2023; population estimates are for 30 June)', ['2022'])),
    ]);
  });

  it(`a period that has not begun, or one starting before ${FIRST_DATA_YEAR}, is a problem; the day a period begins it is read`, async () => {
    const { problems, table, warnings } = await read({ today: new Date('2025-04-01') },
      'cpo-commenced,S12000039,2025-26,5,,,S', // begins today
      'cpo-commenced,S12000039,2026-27,5,,,S',
      'cpo-commenced,S12000039,1981-82,5,,,S',
      'cpo-commenced,S12000039,1980-81,5,,,S',
    );
    expect(table.array('period')).toEqual(['2025-26', '1981-82']);
    // the nearest periods of 1981-82 … 2025-26 by Levenshtein distance (checked with an independent Python implementation), ties in text order
    expect(problems).toEqual([
      issue(3, 'period', 'C', messages.periodNotBegun('2026-27', '1 April 2026', ['2006-07', '2016-17', '2020-21'])),
      issue(5, 'period', 'C', messages.periodTooEarly('1980-81', FIRST_DATA_YEAR, ['1981-82', '1982-83', '1983-84'])),
    ]);
    expect(warnings).toEqual([issue(2, 'period', 'C', messages.periodNotOver('2025-26', '31 March 2026'))]);
  });

  it('a period is over the day after it ends: on its last day it gets a warning', async () => {
    const last = await read({ today: new Date('2025-03-31') }, 'cpo-commenced,S12000039,2024-25,5,,,S');
    expect(last.warnings).toEqual([issue(2, 'period', 'C', messages.periodNotOver('2024-25', '31 March 2025'))]);
    const after = await read({ today: new Date('2025-04-01') }, 'cpo-commenced,S12000039,2024-25,5,,,S');
    expect(after.warnings).toEqual([]);
  });
});

describe('observationChecks(): magnitudes', () => {
  it('a count above 2^53 − 1 is a problem; 2^53 − 1 itself is read', async () => {
    // Number.MAX_SAFE_INTEGER = 9007199254740991 (ECMAScript: 2^53 − 1)
    const { problems, table } = await read({ items: ['x'], today: TODAY }, 'x,S12000039,2023-24,9007199254740991,,,S', 'x,S12000013,2023-24,1,9007199254740993,,S');
    expect(table.array('numerator')).toEqual([9007199254740991]);
    expect(problems).toEqual([issue(3, 'denominator', 'E', messages.countNotSafe('denominator', '9007199254740992'))]);
  });
});
