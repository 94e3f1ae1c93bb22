/**
 * readCheckedObservations on a partnership's own workbook with several
 * sheets: every sheet whose header is an observation header is read (one
 * data item per sheet is a common layout), each problem names its sheet,
 * and the other sheets are named in a warning, never passed over silently.
 */
import { describe, expect, it } from 'vitest';
import { DataError } from '@cjsnsa/core';
import { messages, readCheckedObservations } from '@cjsnsa/framework';
import { xlsxBytes, type Cell } from '../import/workbook-fixtures.js';

const HEADER: Cell[] = ['indicator', 'area', 'period', 'numerator', 'denominator', 'status', 'source'];
const row = (item: string, period: string, n: number | string): Cell[] => [item, 'S12000039', period, n, null, 'published', 'Our system'];

describe('readCheckedObservations: a workbook of several sheets', () => {
  it('reads every observation sheet and names the others in a warning', async () => {
    const data = xlsxBytes([
      { name: 'Notes', rows: [['About this workbook'], ['Counts from our case management system']] },
      { name: 'Commenced', rows: [HEADER, row('diversion-commenced', '2022-23', 40), row('diversion-commenced', '2023-24', 44)] },
      { name: 'Completed', rows: [HEADER, row('diversion-completed', '2022-23', 30), row('diversion-completed', '2023-24', 33)] },
      { name: 'Chart', rows: [] },
    ]);
    const { table, warnings } = await readCheckedObservations([{ name: 'own.xlsx', data }]);
    const got = (table.objects() as Record<string, unknown>[]).map((r) => [r.indicator, r.period, r.numerator]);
    expect(got).toEqual([
      ['diversion-commenced', '2022-23', 40],
      ['diversion-commenced', '2023-24', 44],
      ['diversion-completed', '2022-23', 30],
      ['diversion-completed', '2023-24', 33],
    ]);
    expect(warnings.map((w) => [w.file, w.message])).toContainEqual(['own.xlsx', messages.sheetsNotRead(['Notes', 'Chart'], ['indicator', 'area', 'period', 'numerator'])]);
    expect(messages.sheetsNotRead(['Notes'], ['indicator'])).toBe(
      'Sheet "Notes" of this workbook was not read: its first row is not an observation header (indicator, …). Every sheet that has one was read.',
    );
  });

  it('a problem on a later sheet names that sheet', async () => {
    const data = xlsxBytes([
      { name: 'Commenced', rows: [HEADER, row('diversion-commenced', '2023-24', 44)] },
      { name: 'Completed', rows: [HEADER, row('diversion-completed', '2023-24', 'twelve')] },
    ]);
    try {
      await readCheckedObservations([{ name: 'own.xlsx', data }]);
      throw new Error('expected a DataError');
    } catch (e) {
      expect(e).toBeInstanceOf(DataError);
      const issue = (e as DataError).issues[0];
      expect([issue.file, issue.row, issue.column]).toEqual(['own.xlsx, sheet Completed', 2, 'numerator']);
    }
  });
});
