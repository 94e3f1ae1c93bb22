import { describe, expect, it } from 'vitest';
import * as aq from 'arquero';
import { toRows, toCSV, formatValue, withholdSuppressed, messages } from '../../src/index.js';

describe('toRows(input)', () => {
  it('accepts arrays and arquero tables, and copies rows', () => {
    const rows = [{ area: 'S12000039', value: 3 }];
    const out = toRows(rows);
    expect(out).toEqual(rows);
    expect(out[0]).not.toBe(rows[0]);
    expect(toRows(aq.table({ area: ['S12000039'], value: [3] }))).toEqual([{ area: 'S12000039', value: 3 }]);
  });
  it('throws the catalogue message for anything else', () => {
    expect(() => toRows(42 as never)).toThrow(messages.notAnArray);
  });
});

describe('toCSV(rows, columns)', () => {
  it('makes every text cell safe to open in a spreadsheet, leaving numbers alone', () => {
    const csv = toCSV([{ '=label': '=HYPERLINK("http://x")', b: '@SUM(1)', c: -3, d: '-1.5', e: '+cmd|x' }], ['=label', 'b', 'c', 'd', 'e']);
    expect(csv).toBe(`'=label,b,c,d,e\r\n"'=HYPERLINK(""http://x"")",'@SUM(1),-3,-1.5,'+cmd|x\r\n`);
  });
  it('quotes commas, quotes and newlines (RFC 4180) and leaves nulls empty', () => {
    expect(toCSV([{ a: 'x,y', b: 'say "hi"', c: null }], ['a', 'b', 'c'])).toBe('a,b,c\r\n"x,y","say ""hi""",\r\n');
  });
});

describe('formatValue(value, measure, withheld)', () => {
  it('formats percentages, counts and withheld values', () => {
    expect(formatValue(71.234, 'percentage')).toBe('71.2%');
    expect(formatValue(12345, 'count')).toBe('12,345');
    expect(formatValue(9.45, 'rate')).toBe('9.5');
    expect(formatValue(null, 'count', true)).toBe('suppressed');
    expect(formatValue(null, 'count')).toBe('not available');
  });
});

describe('withholdSuppressed(rows)', () => {
  it('blanks numerator, value and intervals of withheld rows only', () => {
    const out = withholdSuppressed([
      { value: 3, numerator: 3, lower: 1, upper: 5, status: 'secondary-suppressed' },
      { value: 30, numerator: 30, status: 'published' },
    ]);
    expect(out[0]).toMatchObject({ value: null, numerator: null, lower: null, upper: null });
    expect(out[1]).toEqual({ value: 30, numerator: 30, status: 'published' });
  });
});
