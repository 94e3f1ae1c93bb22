import { describe, expect, it } from 'vitest';
import { countRecords, countRecordsStream, DataError, messages, readTable } from '@cjsnsa/core';
import { plain } from '../fixtures/plain.js';

const fixture = (name: string) => new URL(`../fixtures/${name}`, import.meta.url).pathname;

const extract = [
  'case_id,area,start,sex,measure',
  '1,S12000039,2023-03-31,F,cpo',
  '2,S12000039,2023-04-01,M,cpo',
  '3,S12000013,2021-06-30,,diversion',
  '4,S12000039,2023-04-02,F,diversion',
  '5,S12000013,2023-12-01,M,cpo',
  '6,S12000039,,F,cpo',
].join('\n');

describe('countRecordsStream', () => {
  it('gives what countRecords gives on the whole file, whatever the batch size', async () => {
    const options = { indicator: 'referrals', area: 'council', date: 'referral_date', periodKind: 'financial-year' as const, by: ['sex'], source: 'extract' };
    const whole = plain(countRecords(await readTable(fixture('records.csv')), options));
    for (const batchSize of [1, 2, 1000]) {
      const { table, read, counted, warnings } = await countRecordsStream(fixture('records.csv'), { ...options, batchSize });
      expect(plain(table)).toEqual(whole);
      expect([read, counted, warnings]).toEqual([4, 4, []]);
    }
  });

  it('fills the full cross of areas × periods × breakdowns, including periods seen only in other batches and gaps', async () => {
    const { table, read, counted } = await countRecordsStream({ name: 'x.csv', data: extract }, {
      indicator: 'cases', area: 'area', date: 'start', periodKind: 'financial-year', by: ['measure'], source: 's',
      where: (r) => r.start !== '', batchSize: 2,
    });
    expect([read, counted]).toEqual([6, 5]);
    const counts = plain(table).map((r) => [r.area, r.period, r.measure, r.numerator]);
    // 2 areas × 2021-22..2023-24 (2022-23 has one case only, 2021-22 one) × 2 measures, counted by hand
    expect(counts).toEqual([
      ['S12000013', '2021-22', 'cpo', 0], ['S12000013', '2021-22', 'diversion', 1],
      ['S12000013', '2022-23', 'cpo', 0], ['S12000013', '2022-23', 'diversion', 0],
      ['S12000013', '2023-24', 'cpo', 1], ['S12000013', '2023-24', 'diversion', 0],
      ['S12000039', '2021-22', 'cpo', 0], ['S12000039', '2021-22', 'diversion', 0],
      ['S12000039', '2022-23', 'cpo', 1], ['S12000039', '2022-23', 'diversion', 0],
      ['S12000039', '2023-24', 'cpo', 1], ['S12000039', '2023-24', 'diversion', 1],
    ]);
  });

  it('lists every problem in the file by its row, across batches', async () => {
    const data = extract.replace('2023-12-01', '2023-13-45');
    let error: DataError | null = null;
    try {
      await countRecordsStream({ name: 'x.csv', data }, { indicator: 'cases', area: 'area', date: 'start', periodKind: 'financial-year', source: 's', batchSize: 2 });
    } catch (e) {
      error = e as DataError;
    }
    expect(error?.issues).toEqual([
      { file: 'x.csv', row: 6, column: 'start', columnLetter: null, message: messages.invalidDate('2023-13-45') },
      { file: 'x.csv', row: 7, column: 'start', columnLetter: null, message: messages.blankKey('start') },
    ]);
  });
});
