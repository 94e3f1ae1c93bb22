import { describe, expect, it } from 'vitest';
import * as aq from 'arquero';
import { readTable } from '@cjsnsa/core';
import { stampCsv, type CsvExportStamp } from '../../src/output/csv-export-stamp.js';

const stamp: CsvExportStamp = {
  pack_source: 'Synthetic demonstration data made by cjsnsa: not official statistics | NRS, Crown copyright',
  pack_licence: 'Open Government Licence v3.0',
  pack_produced: '2024-06-30',
  pack_area: 'Dumfries and Galloway (S12000006)',
  pack_period: '2019-20 to 2023-24',
};
const TAIL = '"Synthetic demonstration data made by cjsnsa: not official statistics | NRS, Crown copyright",Open Government Licence v3.0,2024-06-30,Dumfries and Galloway (S12000006),2019-20 to 2023-24';

describe('stampCsv(csv, stamp)', () => {
  it('names the confidence level in the interval columns and appends the stamp to every row', () => {
    expect(stampCsv('period,value,lower,upper,lower_998,upper_998\n2023-24,4.5,1,9,0.5,12\n', stamp)).toBe(
      'period,value,lower_95_ci,upper_95_ci,lower_99_8_ci,upper_99_8_ci,pack_source,pack_licence,pack_produced,pack_area,pack_period\n' +
        `2023-24,4.5,1,9,0.5,12,${TAIL}\n`,
    );
  });
  it('keeps quoted cells with commas and line breaks, and CRLF line ends, as written', () => {
    const csv = 'service,measure\r\n"Fife, ""North""\r\nhub",Places\r\n';
    expect(stampCsv(csv, stamp)).toBe(`service,measure,pack_source,pack_licence,pack_produced,pack_area,pack_period\r\n"Fife, ""North""\r\nhub",Places,${TAIL}\r\n`);
  });
  it('leaves empty text empty', () => {
    expect(stampCsv('', stamp)).toBe('');
  });
  it('reads back with the defaults of core readTable and arquero fromCSV: header first, one row per row', async () => {
    const text = stampCsv('period,value,lower,upper\n2022-23,3,1,6\n2023-24,4,2,8\n', stamp);
    const read = await readTable({ name: 'x.csv', data: text });
    expect(read.columnNames()).toEqual(['period', 'value', 'lower_95_ci', 'upper_95_ci', 'pack_source', 'pack_licence', 'pack_produced', 'pack_area', 'pack_period']);
    expect(read.numRows()).toBe(2);
    const t = aq.fromCSV(text);
    expect(t.numRows()).toBe(2);
    expect(t.get('pack_area', 1)).toBe('Dumfries and Galloway (S12000006)');
    expect(t.get('value', 1)).toBe(4);
  });
});
